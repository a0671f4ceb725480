// The unscheduled posts beside the calendar; also a drop target that takes a post off its day.
import { useDroppable } from '@dnd-kit/core';
import { Button } from '../../ui/Button';
import { Chip, type ChipView } from './Chip';
import { BACKLOG_ID } from './dnd';

export function Backlog({ chips, onOpen, onNew, loading }: { chips: ChipView[]; onOpen: (id: string) => void; onNew: () => void; loading: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: BACKLOG_ID });
  return (
    <section ref={setNodeRef} className={`cal-backlog panel${isOver ? ' cal-day-over' : ''}`} aria-labelledby="cal-backlog-heading" role="region">
      <div className="cal-side-head">
        <h2 id="cal-backlog-heading">Backlog</h2>
        <Button size="small" icon="plus" onClick={onNew}>
          New idea
        </Button>
      </div>
      <p className="muted cal-side-note">Ideas and posts without a date. Drag one onto a day, or a post here to unschedule it.</p>
      {loading ? (
        <p className="muted">Loading…</p>
      ) : chips.length === 0 ? (
        <p className="muted">Nothing waiting.</p>
      ) : (
        <ul className="cal-chips" aria-label="Unscheduled posts">
          {chips.map((v) => (
            <Chip key={v.key} view={v} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
