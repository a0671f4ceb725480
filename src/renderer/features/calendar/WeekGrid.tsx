// The week with hour slots (drop a post on an hour; a busy hour shows a few posts and "+N more"), and
// the list (agenda) of the month.
import { useDroppable } from '@dnd-kit/core';
import { memo, useEffect, useMemo, useRef } from 'react';
import { ITEM_STATUS_LABELS, type Campaign, type Observance } from '../../../shared/calendar';
import { CampaignBand } from './CampaignBand';
import type { ChipView } from './Chip';
import { ChipList } from './ChipList';
import { WEEKDAY_SHORT, addDays, dayLabel, weekdayIndex, zoneCity } from './days';
import { slotId } from './dnd';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
/** Chips an hour shows before "+N more": a busy hour stays a few rows tall and quick to draw. */
const CHIPS_PER_SLOT = 3;
const NONE: ChipView[] = [];

export function WeekGrid({
  start,
  today,
  byDay,
  campaigns,
  observances,
  onOpen,
  onCampaign,
  onObservance,
}: {
  start: string;
  today: string;
  byDay: Map<string, ChipView[]>;
  campaigns: Campaign[];
  observances: Map<string, Observance[]>;
  onOpen: (id: string) => void;
  /** Opens a campaign (its band was activated) or an international or national day. */
  onCampaign?: (id: string) => void;
  onObservance?: (id: string) => void;
}) {
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const scroller = useRef<HTMLDivElement>(null);
  // Each hour's chips, built once per change of data, so a drag or a page redraw leaves the 168
  // memoised slots alone.
  const bySlot = useMemo(() => {
    const out = new Map<string, ChipView[]>();
    for (let i = 0; i < 7; i++) {
      const d = addDays(start, i);
      for (const v of byDay.get(d) ?? []) {
        const key = `${d}:${Number(v.time?.slice(0, 2))}`;
        const list = out.get(key);
        if (list) list.push(v);
        else out.set(key, [v]);
      }
    }
    return out;
  }, [start, byDay]);
  // Open on the working day (07:00 at the top), or earlier when a post of the week comes earlier.
  let earliest = 7;
  for (const d of days) for (const v of byDay.get(d) ?? []) if (v.time) earliest = Math.min(earliest, Number(v.time.slice(0, 2)));
  useEffect(() => {
    // The row's own offset: a busy hour above it is taller than the others.
    const row = scroller.current?.children[earliest] as HTMLElement | undefined;
    if (scroller.current && row) scroller.current.scrollTop += row.getBoundingClientRect().top - scroller.current.getBoundingClientRect().top;
    // When another week is shown or its first post moves earlier, not on every save.
  }, [start, earliest]);
  return (
    <section className="cal-weekview panel" aria-label={`Week of ${dayLabel(start)}`}>
      <div className="cal-wk-head">
        <span />
        {days.map((d) => (
          <div key={d} className={`cal-wk-day${d === today ? ' cal-day-today' : ''}`}>
            <span className="cal-wk-dayname">
              {WEEKDAY_SHORT[weekdayIndex(d)]} <span className="cal-day-number">{Number(d.slice(8, 10))}</span>
            </span>
            {campaigns
              .filter((c) => c.startDate <= d && c.endDate >= d)
              .map((c) => (
                <CampaignBand key={c.id} campaign={c} onOpen={onCampaign} />
              ))}
            {(observances.get(d) ?? []).map((o) => (
              <button
                type="button"
                key={o.id}
                className={`cal-observance cal-observance-${o.source} ed-observance-button`}
                title={o.note || o.name}
                aria-label={`${o.name}, ${o.source === 'national' ? 'national day' : 'international day'}`}
                onClick={() => onObservance?.(o.id)}
              >
                {o.source === 'national' ? '★ ' : '◆ '}
                {o.name}
              </button>
            ))}
          </div>
        ))}
      </div>
      <div className="cal-wk-body" ref={scroller} tabIndex={0} role="group" aria-label="Hours of the week">
        {HOURS.map((h) => (
          <div className="cal-wk-row" key={h}>
            <span className="cal-wk-hour" aria-hidden="true">
              {String(h).padStart(2, '0')}:00
            </span>
            {days.map((d) => (
              <Slot key={d} date={d} hour={h} chips={bySlot.get(`${d}:${h}`) ?? NONE} onOpen={onOpen} />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}

const Slot = memo(function Slot({ date, hour, chips, onOpen }: { date: string; hour: number; chips: ChipView[]; onOpen: (id: string) => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: slotId(date, hour) });
  const where = `${dayLabel(date)} at ${String(hour).padStart(2, '0')}:00`;
  return (
    <div ref={setNodeRef} role="group" aria-label={`${where}; ${chips.length === 1 ? '1 post' : `${chips.length} posts`}`} className={`cal-wk-slot${isOver ? ' cal-day-over' : ''}`}>
      <ChipList chips={chips} limit={CHIPS_PER_SLOT} where={where} onOpen={onOpen} />
    </div>
  );
});

/** Every post of the month, day by day, as a table a screen reader can read row by row. */
export function AgendaList({ byDay, from, to, onOpen }: { byDay: Map<string, ChipView[]>; from: string; to: string; onOpen: (id: string) => void }) {
  const days = [...byDay.keys()].filter((d) => d >= from && d <= to).sort();
  if (days.length === 0) return <section className="cal-agenda panel"><p className="muted">No posts in this month (with these filters).</p></section>;
  return (
    <section className="cal-agenda panel" aria-label="Posts of the month">
      <table className="cal-agenda-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Time</th>
            <th scope="col">Post</th>
            <th scope="col">Platforms</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {days.flatMap((d) =>
            byDay.get(d)!.map((v, i) => (
              <tr key={v.key}>
                <td>{i === 0 ? dayLabel(d) : ''}</td>
                <td className="cal-agenda-time">
                  {v.time}
                  {v.localTime ? <span className="cal-chip-local"> ({v.localTime} {zoneCity(v.item.timeZone)})</span> : null}
                </td>
                <td>
                  <button type="button" className="cal-agenda-open" onClick={() => onOpen(v.item.id)}>
                    {v.campaignColour ? <span className="cal-agenda-mark" style={{ background: v.campaignColour }} aria-hidden="true" /> : null}
                    {v.item.title}
                  </button>
                </td>
                <td>{v.platforms}</td>
                <td>
                  <span className={`cal-status status-${v.item.status}`}>{ITEM_STATUS_LABELS[v.item.status]}</span>
                </td>
                <td>{v.item.assignee}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </section>
  );
}
