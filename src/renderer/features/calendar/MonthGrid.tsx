// The month: weeks as rows of day cells, each with its campaign bands, observances and posts.
// Cells are memoised so a drag or a save redraws only the days whose posts changed.
import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import type { Campaign, Observance } from '../../../shared/calendar';
import type { ChipView } from './Chip';
import { CampaignBand } from './CampaignBand';
import { ChipList } from './ChipList';
import { WEEKDAY_SHORT, dayLabel, monthTitle, shortDay, weekdayIndex } from './days';
import { dayId } from './dnd';

const CHIPS_PER_DAY = 4;
const NONE: ChipView[] = [];
export const NO_CAMPAIGNS: Campaign[] = [];
const NO_OBSERVANCES: Observance[] = [];

function campaignsOn(all: readonly Campaign[], date: string): Campaign[] {
  const out = all.filter((c) => c.startDate <= date && c.endDate >= date);
  return out.length ? out : NO_CAMPAIGNS;
}

export function MonthGrid({
  month,
  weeks,
  today,
  byDay,
  campaigns,
  observances,
  warningDays,
  onOpen,
  onNew,
  onCampaign,
  onObservance,
}: {
  month: string;
  weeks: string[][];
  today: string;
  byDay: Map<string, ChipView[]>;
  campaigns: Campaign[];
  observances: Map<string, Observance[]>;
  warningDays: Set<string>;
  onOpen: (id: string) => void;
  onNew: (date: string) => void;
  /** Opens a campaign (its band was activated) or an international or national day. */
  onCampaign: (id: string) => void;
  onObservance: (id: string) => void;
}) {
  // Each day's bands, kept while the campaigns and weeks are, so memoised cells stay untouched.
  const campaignsByDay = useMemo(() => new Map(weeks.flat().map((date) => [date, campaignsOn(campaigns, date)])), [weeks, campaigns]);
  return (
    <section className="cal-month panel" aria-label={`Month of ${monthTitle(month)}`}>
      <div className="cal-weekdays" aria-hidden="true">
        {(weeks[0] ?? []).map((date) => (
          <span key={date}>{WEEKDAY_SHORT[weekdayIndex(date)]}</span>
        ))}
      </div>
      {weeks.map((week) => (
        <div className="cal-week" key={week[0]}>
          {week.map((date) => (
            <DayCell
              key={date}
              date={date}
              inMonth={date.slice(0, 7) === month}
              isToday={date === today}
              chips={byDay.get(date) ?? NONE}
              campaigns={campaignsByDay.get(date) ?? NO_CAMPAIGNS}
              observances={observances.get(date) ?? NO_OBSERVANCES}
              warned={warningDays.has(date)}
              onOpen={onOpen}
              onNew={onNew}
              onCampaign={onCampaign}
              onObservance={onObservance}
            />
          ))}
        </div>
      ))}
    </section>
  );
}

interface DayCellProps {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  chips: ChipView[];
  campaigns: Campaign[];
  observances: Observance[];
  warned: boolean;
  onOpen: (id: string) => void;
  onNew: (date: string) => void;
  onCampaign: (id: string) => void;
  onObservance: (id: string) => void;
}

const DayCell = memo(function DayCell({ date, inMonth, isToday, chips, campaigns, observances, warned, onOpen, onNew, onCampaign, onObservance }: DayCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dayId(date) });
  const count = chips.length;
  return (
    <div
      ref={setNodeRef}
      role="group"
      aria-label={`${dayLabel(date)}; ${count === 1 ? '1 post' : `${count} posts`}${warned ? '; has a warning' : ''}${campaigns.map((c) => `; campaign ${c.name}`).join('')}${observances.map((o) => `; ${o.name}`).join('')}`}
      className={`cal-day${inMonth ? '' : ' cal-day-out'}${isToday ? ' cal-day-today' : ''}${isOver ? ' cal-day-over' : ''}${warned ? ' cal-day-warned' : ''}`}
      data-date={date}
    >
      <div className="cal-day-head">
        <span className="cal-day-number" aria-hidden="true">
          {Number(date.slice(8, 10)) === 1 ? shortDay(date) : Number(date.slice(8, 10))}
        </span>
        {warned ? (
          <span className="cal-day-warn" aria-hidden="true" title="This day has a warning">
            !
          </span>
        ) : null}
        <button type="button" className="cal-day-add" aria-label={`New post on ${dayLabel(date)}`} title="New post on this day" onClick={() => onNew(date)}>
          +
        </button>
      </div>
      {campaigns.map((c) => (
        <CampaignBand key={c.id} campaign={c} labelled={c.startDate === date || date.endsWith('-01') || new Date(`${date}T00:00:00Z`).getUTCDay() === 1} onOpen={onCampaign} />
      ))}
      {observances.map((o) => (
        <button
          type="button"
          key={o.id}
          className={`cal-observance cal-observance-${o.source} ed-observance-button`}
          title={o.note || o.name}
          aria-label={`${o.name}, ${o.source === 'national' ? 'national day' : 'international day'}`}
          onClick={() => onObservance(o.id)}
        >
          {o.source === 'national' ? '★ ' : '◆ '}
          {o.name}
        </button>
      ))}
      <ChipList chips={chips} limit={CHIPS_PER_DAY} where={dayLabel(date)} onOpen={onOpen} />
    </div>
  );
});
