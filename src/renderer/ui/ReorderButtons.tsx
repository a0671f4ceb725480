import { useLayoutEffect, useRef } from 'react';
import { IconButton } from './Button';

export interface ReorderButtonsProps {
  /** What is being moved, for the buttons' names: "Move <name> up". */
  name: string;
  index: number;
  count: number;
  onMove: (direction: 'up' | 'down') => void;
  disabled?: boolean;
}

/** Up and down buttons for ordered lists; the ends of the list disable the matching button. */
export function ReorderButtons({ name, index, count, onMove, disabled }: ReorderButtonsProps) {
  return (
    <span className="reorder">
      <IconButton
        icon="arrowUp"
        label={`Move ${name} up`}
        data-move="up"
        disabled={disabled || index === 0}
        onClick={() => onMove('up')}
      />
      <IconButton
        icon="arrowDown"
        label={`Move ${name} down`}
        data-move="down"
        disabled={disabled || index === count - 1}
        onClick={() => onMove('down')}
      />
    </span>
  );
}

/** Where an item goes when moved one step: between its new neighbours. */
export function placementFor<T extends { id: string }>(items: T[], index: number, direction: 'up' | 'down') {
  if (direction === 'up') {
    return { afterId: items[index - 2]?.id ?? null, beforeId: items[index - 1]?.id ?? null };
  }
  return { afterId: items[index + 1]?.id ?? null, beforeId: items[index + 2]?.id ?? null };
}

/**
 * Keeps keyboard focus on a moved item's button once the list has re-rendered in its new order.
 * Items carry `data-item-id`; call the returned function just before asking the core to move.
 */
export function useFocusAfterMove(orderKey: string) {
  const pending = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    const item = document.querySelector(`[data-item-id="${CSS.escape(target.id)}"]`);
    if (!item) return;
    pending.current = null;
    const button =
      item.querySelector<HTMLButtonElement>(`[data-move="${target.direction}"]:not(:disabled)`) ??
      item.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
    button?.focus();
  }, [orderKey]);
  return (id: string, direction: 'up' | 'down') => {
    pending.current = { id, direction };
  };
}
