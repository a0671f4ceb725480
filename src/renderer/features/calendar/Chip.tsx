import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { ITEM_STATUS_LABELS, type CalendarItem } from '../../../shared/calendar';
import type { ChipData } from './dnd';
import { zoneCity } from './days';

export interface ChipView {
  /** Unique per occurrence. */
  key: string;
  item: CalendarItem;
  /** Day and time in the planner's zone (null in the backlog). */
  date: string | null;
  time: string | null;
  /** The item's own local time when its zone differs from the planner's. */
  localTime: string | null;
  recurring: boolean;
  /**
   * The local date (in the item's zone) of an occurrence of a series after its first, which moves on
   * its own; null for a single post and for a series' first occurrence (moving that moves the series).
   */
  occurrence: string | null;
  platforms: string;
  campaignColour: string | null;
}

/**
 * A post as a compact card: drag it with the mouse, or pick it up with Space or Enter.
 * dnd-kit re-renders every draggable when a drag starts, moves or ends; this outer part only runs
 * the hook, and the card itself (ChipCard) redraws only when its post or its dragging state changes.
 */
export const Chip = memo(function Chip({ view, onOpen }: { view: ChipView; onOpen: (id: string) => void }) {
  const data: ChipData = { title: view.item.title, date: view.date, hour: view.time ? Number(view.time.slice(0, 2)) : null, recurring: view.occurrence !== null };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: view.key,
    data,
    attributes: { roleDescription: 'movable post' },
  });
  return <ChipCard view={view} onOpen={onOpen} setNodeRef={setNodeRef} attributes={attributes} listeners={listeners} isDragging={isDragging} />;
});

type Draggable = ReturnType<typeof useDraggable>;

const ChipCard = memo(function ChipCard({
  view,
  onOpen,
  setNodeRef,
  attributes,
  listeners,
  isDragging,
}: { view: ChipView; onOpen: (id: string) => void } & Pick<Draggable, 'setNodeRef' | 'attributes' | 'listeners' | 'isDragging'>) {
  const { item } = view;
  const label = [
    item.title,
    view.platforms || 'no platform',
    view.time ? `${view.time}${view.localTime ? `, ${view.localTime} in ${zoneCity(item.timeZone)}` : ''}` : null,
    ITEM_STATUS_LABELS[item.status],
    item.overLimit.length > 0 ? 'text too long for a platform' : null,
    view.recurring ? 'repeats' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="cal-chip-item">
      <div
        ref={setNodeRef}
        className={`cal-chip status-${item.status}${isDragging ? ' cal-chip-dragging' : ''}`}
        {...attributes}
        {...listeners}
        aria-label={label}
        title={label}
        onClick={() => onOpen(item.id)}
        onKeyDown={(e) => {
          listeners?.onKeyDown?.(e);
          // Enter opens a post at rest; during a move it puts the post down (the sensor's own key).
          if (!e.defaultPrevented && !isDragging && (e.key === 'Enter' || e.key === 'o')) {
            e.preventDefault();
            onOpen(item.id);
          }
        }}
        data-item-id={item.id}
        style={view.campaignColour ? { borderLeftColor: view.campaignColour } : undefined}
      >
        <ChipFace view={view} />
      </div>
    </li>
  );
});

export function ChipFace({ view }: { view: ChipView }) {
  return (
    <>
      <span className="cal-chip-meta" aria-hidden="true">
        {view.time ? <span className="cal-chip-time">{view.time}</span> : null}
        {view.localTime ? <span className="cal-chip-local">{view.localTime} {zoneCity(view.item.timeZone)}</span> : null}
        <span className="cal-chip-platforms">{view.platforms}</span>
        {view.recurring ? <span className="cal-chip-repeat">↻</span> : null}
        {view.item.overLimit.length > 0 ? <span className="cal-chip-over">Too long</span> : null}
      </span>
      <span className="cal-chip-title">{view.item.title}</span>
    </>
  );
}
