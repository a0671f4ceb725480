// Dragging on the calendar: which chip is lifted and how (mouse or keyboard), saving the drop, and
// turning the page mid-drag, by resting on an edge with the mouse or by moving past the first or last
// day shown with the keyboard, announced for screen readers ("Now showing week of …").
import { KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChipView } from './Chip';
import { BACKLOG_ID, KEYBOARD_CODES, onKeyboardPastEdge, oneDayPerKey, parseHour, parseTarget, realignKeyboardMove, startKeyboardMove } from './dnd';
import type { WeekStart } from './days';
import { periodTitle, stepAnchor, type Kept, type View } from './useCalendarState';

export function useCalendarDrag({
  views,
  move,
  view,
  anchor,
  first,
  update,
  weekStartsOn,
}: {
  views: Map<string, ChipView>;
  move: (view: ChipView, target: string, hour: number | null) => Promise<void>;
  view: View;
  anchor: string;
  /** The first day shown: it changes when the page turns. */
  first: string;
  update: (patch: Partial<Kept>) => void;
  weekStartsOn: WeekStart;
}) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: oneDayPerKey, keyboardCodes: KEYBOARD_CODES }));
  /** The chip being dragged, kept from the start: after the page turns, the loaded data may no longer hold it. */
  const [active, setActive] = useState<ChipView | null>(null);
  const [dragBy, setDragBy] = useState<'pointer' | 'keyboard' | null>(null);
  const activeRef = useRef<ChipView | null>(null);
  const onDragStart = useCallback(
    (e: DragStartEvent) => {
      startKeyboardMove();
      activeRef.current = views.get(String(e.active.id)) ?? null;
      setActive(activeRef.current);
      setDragBy(e.activatorEvent instanceof KeyboardEvent ? 'keyboard' : 'pointer');
    },
    [views],
  );
  const endDrag = useCallback(() => {
    activeRef.current = null;
    setActive(null);
    setDragBy(null);
  }, []);
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      const chip = activeRef.current;
      endDrag();
      const target = parseTarget(e.over?.id);
      const hour = parseHour(e.over?.id);
      if (!chip || !target) return;
      if (target === (chip.date ?? BACKLOG_ID) && (hour === null || hour === Number(chip.time?.slice(0, 2)))) return;
      void move(chip, target, hour);
    },
    [move, endDrag],
  );

  // Turning the page during a drag (an edge under the mouse, or the keyboard past the last day shown).
  const [turnNote, setTurnNote] = useState('');
  const turn = useCallback(
    (nextAnchor: string) => {
      update({ anchor: nextAnchor });
      setTurnNote(`Now showing ${periodTitle(view, nextAnchor, weekStartsOn).replace(/^Week/, 'week')}.`);
    },
    [update, view, weekStartsOn],
  );
  const turnByEdge = useCallback((n: -1 | 1) => turn(stepAnchor(view, anchor, n)), [turn, view, anchor]);
  useEffect(() => {
    onKeyboardPastEdge(dragBy === 'keyboard' ? turn : null);
    return () => onKeyboardPastEdge(null);
  }, [dragBy, turn]);
  useEffect(() => {
    if (dragBy !== 'keyboard') return;
    // Tab would take focus away from the lifted post mid-move; the move holds until Space, Enter or Escape.
    const holdTab = (event: KeyboardEvent) => {
      if (event.key === 'Tab') event.preventDefault();
    };
    window.addEventListener('keydown', holdTab, true);
    return () => window.removeEventListener('keydown', holdTab, true);
  }, [dragBy]);
  useEffect(() => {
    if (dragBy !== 'keyboard') return;
    // Once the new days are drawn and measured, bring the lifted chip onto the day the keyboard reached.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => realignKeyboardMove(document))));
    return () => cancelAnimationFrame(frame);
  }, [first, dragBy]);
  return { sensors, active, dragBy, onDragStart, onDragEnd, endDrag, turnByEdge, turnNote };
}
