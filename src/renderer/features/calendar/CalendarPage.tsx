// The editorial calendar: a month of posts (weeks as rows), campaigns as bands, international and
// national days in each day, the unscheduled backlog beside it. Posts move by mouse or keyboard
// and save at once through the core, so Undo in the top bar reverses a move.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { ITEM_STATUSES, ITEM_STATUS_LABELS, observanceDates, type Campaign, type CalendarWarning, type ContentItem, type Observance } from '../../../shared/calendar';
import { instantToLocal, localToInstant } from '../../../shared/calendarTime';
import { PLATFORM_KIND_LABELS, type Platform, type StrategyDetail } from '../../../shared/domain';
import { mutate, useCall } from '../../api';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/errorText';
import { PageHeader } from '../../ui/PageHeader';
import { useToast } from '../../ui/Toast';
import { Chip, ChipFace, type ChipView } from './Chip';
import { WEEKDAY_SHORT, addDays, addMonths, dayLabel, daysBetween, monthTitle, monthWeeks, plannerZone, shortDay, todayIn, weekdayIndex } from './days';
import { FiltersBar, matches, type Filters } from './filters';
import { AgendaList, WeekGrid } from './WeekGrid';
import { BACKLOG_ID, announcements, dayCollision, dayId, oneDayPerKey, parseHour, parseTarget, screenReaderInstructions, startKeyboardMove } from './dnd';
import { CampaignDialog } from './CampaignDialog';
import { ItemEditor, type EditorTarget } from './ItemEditor';
import { TransferButtons } from './TransferButtons';
import './calendar.css';

const SHORT: Partial<Record<Platform['kind'], string>> = { x: 'X', facebook: 'FB', instagram: 'IG', linkedin: 'IN', youtube: 'YT', tiktok: 'TT' };
const CHIPS_PER_DAY = 4;

type View = 'month' | 'week' | 'list';
const VIEWS: { id: View; label: string }[] = [
  { id: 'month', label: 'Month' },
  { id: 'week', label: 'Week' },
  { id: 'list', label: 'List' },
];

interface Kept {
  view: View;
  anchor: string | null;
  filters: Filters;
}

function kept(strategyId: string): Kept {
  try {
    const v = JSON.parse(localStorage.getItem(`chancery.calendar.${strategyId}`) ?? '{}') as Partial<Kept>;
    return {
      view: v.view === 'week' || v.view === 'list' ? v.view : 'month',
      anchor: typeof v.anchor === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.anchor) ? v.anchor : null,
      filters: v.filters && typeof v.filters === 'object' ? v.filters : {},
    };
  } catch {
    return { view: 'month', anchor: null, filters: {} };
  }
}

export function CalendarPage({ strategy }: { strategy: StrategyDetail }) {
  const zone = useMemo(plannerZone, []);
  const today = todayIn(zone);
  const [state, setState] = useState<Kept>(() => kept(strategy.id));
  const update = useCallback(
    (patch: Partial<Kept>) =>
      setState((current) => {
        const next = { ...current, ...patch };
        try {
          localStorage.setItem(`chancery.calendar.${strategy.id}`, JSON.stringify(next));
        } catch {
          /* private mode: the choice is simply not kept */
        }
        return next;
      }),
    [strategy.id],
  );
  const { view, filters } = state;
  const anchor = state.anchor ?? today;
  const month = anchor.slice(0, 7);
  const weekStart = addDays(anchor, -weekdayIndex(anchor));
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const first = view === 'week' ? weekStart : view === 'list' ? `${month}-01` : weeks[0]![0]!;
  const last = view === 'week' ? addDays(weekStart, 6) : view === 'list' ? addDays(`${addMonths(month, 1)}-01`, -1) : weeks[weeks.length - 1]![6]!;
  const bounds = useMemo(() => ({ strategyId: strategy.id, from: localToInstant(first, '00:00', zone), to: localToInstant(addDays(last, 1), '00:00', zone) }), [strategy.id, first, last, zone]);
  const step = (n: number) => update({ anchor: view === 'week' ? addDays(anchor, 7 * n) : `${addMonths(month, n)}-01` });
  const title = view === 'week' ? `Week of ${dayLabel(weekStart)}` : monthTitle(month);
  const audiences = useCall('audience.list', { strategyId: strategy.id });

  const range = useCall('calendar.range', bounds);
  const warnings = useCall('calendar.warnings', bounds);
  const backlog = useCall('contentItem.backlog', { strategyId: strategy.id });
  const campaigns = useCall('campaign.list', { strategyId: strategy.id });
  const { notify } = useToast();
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [newCampaign, setNewCampaign] = useState(false);
  const [saved, setSaved] = useState('');
  /** Moves shown at once, until the core's answer arrives: item id → planner's day, or null for the backlog. */
  const [pending, setPending] = useState<Record<string, { date: string; time: string } | null>>({});
  useEffect(() => setPending({}), [range.data, backlog.data]);

  const platformTag = useMemo(() => {
    const byId = new Map(strategy.platforms.map((p) => [p.id, SHORT[p.kind] ?? PLATFORM_KIND_LABELS[p.kind]]));
    return (item: ContentItem) => item.variants.map((v) => byId.get(v.platformId) ?? '?').join(' · ');
  }, [strategy.platforms]);
  const colourOf = useMemo(() => {
    const byId = new Map((range.data?.campaigns ?? campaigns.data ?? []).map((c) => [c.id, c.colour]));
    return (item: ContentItem) => (item.campaignId ? (byId.get(item.campaignId) ?? null) : null);
  }, [range.data, campaigns.data]);

  const { byDay, backlogViews, views } = useMemo(() => {
    const views = new Map<string, ChipView>();
    const byDay = new Map<string, ChipView[]>();
    const backlogViews: ChipView[] = [];
    const items = new Map((range.data?.items ?? []).map((i) => [i.id, i]));
    const place = (view: ChipView) => {
      if (!matches(view.item, filters)) return;
      views.set(view.key, view);
      if (view.date === null) backlogViews.push(view);
      else {
        let list = byDay.get(view.date);
        if (!list) byDay.set(view.date, (list = []));
        list.push(view);
      }
    };
    const moved = new Map<string, ContentItem>();
    for (const item of backlog.data ?? []) {
      const to = pending[item.id];
      if (to === undefined || to === null) place(makeView(item, null, null, false));
      else moved.set(item.id, item);
    }
    for (const entry of range.data?.entries ?? []) {
      const item = items.get(entry.itemId);
      if (!item) continue;
      const to = pending[item.id];
      if (!entry.recurring && to !== undefined) {
        moved.set(item.id, item);
        continue;
      }
      place(makeView(item, entry.at, entry.localTime, entry.recurring));
    }
    for (const [id, item] of moved) {
      const to = pending[id]!;
      if (to === null) place(makeView(item, null, null, false));
      else place({ ...makeView(item, null, null, false), date: to.date, time: to.time });
    }
    for (const list of byDay.values()) list.sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
    return { byDay, backlogViews, views };

    function makeView(item: ContentItem, at: string | null, itemLocalTime: string | null, recurring: boolean): ChipView {
      const planner = at ? instantToLocal(at, zone) : null;
      return {
        key: recurring ? `${item.id}@${at}` : item.id,
        item,
        date: planner?.date ?? null,
        time: planner?.time ?? null,
        localTime: at && item.timeZone !== zone && itemLocalTime !== planner?.time ? itemLocalTime : null,
        recurring,
        platforms: platformTag(item),
        campaignColour: colourOf(item),
      };
    }
  }, [range.data, backlog.data, pending, zone, platformTag, colourOf, filters]);

  const observances = useMemo(() => {
    const out = new Map<string, Observance[]>();
    for (const { observance, date } of observanceDates(range.data?.observances ?? [], first, last)) {
      const list = out.get(date) ?? [];
      list.push(observance);
      out.set(date, list);
    }
    return out;
  }, [range.data, first, last]);

  const warningDays = useMemo(() => {
    const set = new Set<string>();
    for (const w of warnings.data ?? []) if (w.date && w.date.length === 10) set.add(w.date);
    return set;
  }, [warnings.data]);

  const move = useCallback(
    async (view: ChipView, target: string, hour: number | null) => {
      const item = view.item;
      const toBacklog = target === BACKLOG_ID;
      const plannerTime = hour === null ? (view.time ?? '09:00') : `${String(hour).padStart(2, '0')}:${(view.time ?? '09:00').slice(3, 5)}`;
      setPending((p) => ({ ...p, [item.id]: toBacklog ? null : { date: target, time: plannerTime } }));
      setSaved('');
      try {
        let result;
        if (toBacklog) result = await mutate('contentItem.move', { id: item.id, to: null });
        else if (hour !== null) {
          // An hour of the planner's week: the same instant, written in the post's own zone.
          const own = instantToLocal(localToInstant(target, plannerTime, zone), item.timeZone);
          result = await mutate('contentItem.move', { id: item.id, to: { date: own.date, time: own.time } });
        } else {
          // A day of the planner's month; the post keeps its local time in its own zone.
          const ownDate = view.date && item.localDate ? addDays(item.localDate, daysBetween(view.date, target)) : target;
          result = await mutate('contentItem.move', { id: item.id, to: { date: ownDate } });
        }
        const where = toBacklog ? 'the backlog' : `${dayLabel(target)}${hour === null ? '' : ` at ${plannerTime}`}`;
        setSaved(`${item.title} moved to ${where}. Saved.`);
        if (result.warnings.length > 0) {
          notify({ kind: 'info', message: `${item.title} moved to ${where}. ${result.warnings.map((w) => w.message).join(' ')}` });
        }
      } catch (e) {
        setPending((p) => {
          const next = { ...p };
          delete next[item.id];
          return next;
        });
        notify({ kind: 'error', message: `${item.title} could not be moved: ${errorText(e)}` });
      }
    },
    [notify, zone],
  );

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: oneDayPerKey }));
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const onDragStart = useCallback((e: DragStartEvent) => {
    startKeyboardMove();
    setActiveKey(String(e.active.id));
  }, []);
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      setActiveKey(null);
      const view = views.get(String(e.active.id));
      const target = parseTarget(e.over?.id);
      const hour = parseHour(e.over?.id);
      if (!view || !target || view.recurring) return;
      if (target === (view.date ?? BACKLOG_ID) && (hour === null || hour === Number(view.time?.slice(0, 2)))) return;
      void move(view, target, hour);
    },
    [views, move],
  );
  const active = activeKey ? views.get(activeKey) : undefined;
  const open = useCallback((id: string) => setEditor({ mode: 'edit', id }), []);

  const header = (
    <PageHeader
      title="Calendar"
      lede={`Times are shown in your zone, ${zone}; a post planned in another zone also shows its own local time.`}
      actions={
        <>
          <Button size="small" variant="primary" icon="plus" onClick={() => setEditor({ mode: 'new', date: null })}>
            New post
          </Button>
          <Button size="small" icon="plus" onClick={() => setNewCampaign(true)}>
            New campaign
          </Button>
        </>
      }
    />
  );

  const loadError = range.error ?? backlog.error;
  return (
    <div className="page page-wide page-calendar">
      {header}
      <div className="cal-toolbar">
        <div className="cal-views" role="group" aria-label="View">
          {VIEWS.map((v) => (
            <Button key={v.id} size="small" variant={view === v.id ? 'primary' : 'secondary'} aria-pressed={view === v.id} onClick={() => update({ view: v.id })}>
              {v.label}
            </Button>
          ))}
        </div>
        <Button size="small" icon="arrowLeft" onClick={() => step(-1)} aria-label={view === 'week' ? 'Previous week' : 'Previous month'}>
          Previous
        </Button>
        <Button size="small" onClick={() => update({ anchor: today })}>
          Today
        </Button>
        <Button size="small" onClick={() => step(1)} aria-label={view === 'week' ? 'Next week' : 'Next month'}>
          Next
        </Button>
        <h2 className="cal-month-title" aria-live="polite">
          {title}
        </h2>
        <p className="cal-saved" role="status">
          {saved}
        </p>
        <div className="cluster cal-transfer">
          <TransferButtons strategyId={strategy.id} />
        </div>
      </div>
      <div className="cal-filter-row">
      <FiltersBar
        filters={filters}
        onFilters={(next) => update({ filters: next })}
        platforms={strategy.platforms}
        campaigns={campaigns.data ?? []}
        audiences={audiences.data ?? []}
        items={[...(range.data?.items ?? []), ...(backlog.data ?? [])]}
      />
        <StatusLegend />
      </div>
      {loadError ? (
        <p className="dialog-error" role="alert">
          {loadError.message}
        </p>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={dayCollision}
        accessibility={{ announcements, screenReaderInstructions }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveKey(null)}
        autoScroll={{ layoutShiftCompensation: false }}
      >
        <div className="cal-layout">
          {view === 'week' ? (
            <WeekGrid start={weekStart} today={today} byDay={byDay} campaigns={range.data?.campaigns ?? NO_CAMPAIGNS} observances={observances} onOpen={open} />
          ) : view === 'list' ? (
            <AgendaList byDay={byDay} from={first} to={last} onOpen={open} />
          ) : (
          <section className="cal-month panel" aria-label={`Month of ${monthTitle(month)}`}>
              <div className="cal-weekdays" aria-hidden="true">
                {WEEKDAY_SHORT.map((d) => (
                  <span key={d}>{d}</span>
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
                      campaigns={campaignsOn(range.data?.campaigns ?? NO_CAMPAIGNS, date)}
                      observances={observances.get(date) ?? NO_OBSERVANCES}
                      warned={warningDays.has(date)}
                      onOpen={open}
                      onNew={(d) => setEditor({ mode: 'new', date: d })}
                    />
                  ))}
                </div>
              ))}
            </section>
          )}
          <aside className="cal-side">
            <Backlog chips={backlogViews} onOpen={open} onNew={() => setEditor({ mode: 'new', date: null })} loading={!backlog.data} />
            <WarningsPanel period={view === 'week' ? 'week' : 'month'} warnings={warnings.data ?? []} titleOf={(id) => views.get(id)?.item.title ?? null} />
          </aside>
        </div>
        <DragOverlay dropAnimation={null}>{active ? <div className={`cal-chip cal-chip-overlay status-${active.item.status}`}><ChipFace view={active} /></div> : null}</DragOverlay>
      </DndContext>
      <p className="cal-help muted">
        Keyboard: move to a post with Tab, press Space to pick it up, use the left and right arrows to move it by a day and up and down by a
        week, then press Space to put it down or Escape to cancel. Moves save at once and can be undone with Undo in the top bar.
      </p>
      {newCampaign ? <CampaignDialog strategyId={strategy.id} month={month} onClose={() => setNewCampaign(false)} /> : null}
      {editor ? (
        <ItemEditor
          strategy={strategy}
          target={editor}
          campaigns={campaigns.data ?? []}
          plannerZone={zone}
          onClose={() => setEditor(null)}
        />
      ) : null}
    </div>
  );
}

const NONE: ChipView[] = [];

function StatusLegend() {
  return (
    <ul className="cal-legend" aria-label="Status colours">
      {ITEM_STATUSES.filter((s) => s !== 'cancelled').map((s) => (
        <li key={s}>
          <span className={`cal-legend-swatch status-${s}`} aria-hidden="true" />
          {ITEM_STATUS_LABELS[s]}
        </li>
      ))}
      <li>◆ International day</li>
      <li>★ National day</li>
    </ul>
  );
}
const NO_CAMPAIGNS: Campaign[] = [];
const NO_OBSERVANCES: Observance[] = [];

function campaignsOn(all: readonly Campaign[], date: string): Campaign[] {
  const out = all.filter((c) => c.startDate <= date && c.endDate >= date);
  return out.length ? out : NO_CAMPAIGNS;
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
}

const DayCell = memo(function DayCell({ date, inMonth, isToday, chips, campaigns, observances, warned, onOpen, onNew }: DayCellProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dayId(date) });
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? chips : chips.slice(0, CHIPS_PER_DAY);
  const hidden = chips.length - shown.length;
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
        <div key={c.id} className="cal-band" style={{ background: c.colour }} title={`${c.name}: ${c.startDate} to ${c.endDate}`}>
          {c.startDate === date || date.endsWith('-01') || new Date(`${date}T00:00:00Z`).getUTCDay() === 1 ? c.name : '\u00a0'}
        </div>
      ))}
      {observances.map((o) => (
        <div key={o.id} className={`cal-observance cal-observance-${o.source}`} title={o.note || o.name}>
          {o.source === 'national' ? '★ ' : '◆ '}
          {o.name}
        </div>
      ))}
      {shown.length > 0 ? (
        <ul className="cal-chips">
          {shown.map((v) => (
            <Chip key={v.key} view={v} onOpen={onOpen} />
          ))}
        </ul>
      ) : null}
      {hidden > 0 || expanded ? (
        <button type="button" className="cal-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} aria-label={expanded ? `Show fewer posts on ${dayLabel(date)}` : `Show ${hidden} more posts on ${dayLabel(date)}`}>
          {expanded ? 'Show fewer' : `+${hidden} more`}
        </button>
      ) : null}
    </div>
  );
});

function Backlog({ chips, onOpen, onNew, loading }: { chips: ChipView[]; onOpen: (id: string) => void; onNew: () => void; loading: boolean }) {
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

function WarningsPanel({ period, warnings, titleOf }: { period: string; warnings: CalendarWarning[]; titleOf: (id: string) => string | null }) {
  return (
    <section className="cal-warnings panel" aria-labelledby="cal-warnings-heading">
      <h2 id="cal-warnings-heading">Warnings {warnings.length ? `(${warnings.length})` : ''}</h2>
      {warnings.length === 0 ? (
        <p className="muted">Nothing to check in this {period}.</p>
      ) : (
        <ul className="cal-warning-list">
          {warnings.map((w, i) => (
            <li key={`${w.kind}-${w.date}-${i}`} className={`cal-warning cal-warning-${w.kind}`}>
              {w.date && w.date.length === 10 ? <strong>{shortDay(w.date)}: </strong> : null}
              {w.message}
              {w.itemIds.length > 0 && w.kind !== 'platform_load' ? <span className="muted"> ({w.itemIds.map(titleOf).filter(Boolean).join(', ')})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
