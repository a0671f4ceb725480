// The editorial calendar: a month of posts (weeks as rows), a week with hour slots, or a list;
// campaigns as bands, international and national days in each day, the unscheduled backlog beside
// it. Posts move by mouse or keyboard and save at once through the core, so Undo in the top bar
// reverses a move.
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { observanceDates, type Observance } from '../../../shared/calendar';
import type { StrategyDetail } from '../../../shared/domain';
import { prefetch, useCall } from '../../api';
import { clearDraft, readDraft, writeDraft } from '../../app/drafts';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { Backlog } from './Backlog';
import { CampaignDialog, type CampaignTarget } from './CampaignDialog';
import { ChipFace } from './Chip';
import { monthWeeks, plannerZone, startOfWeek, todayIn, WEEK_STARTS, type WeekStart } from './days';
import { announcements, dayCollision, screenReaderInstructions } from './dnd';
import { EdgeZones } from './EdgeZones';
import { FiltersBar } from './filters';
import { ItemEditor, type EditorTarget } from './ItemEditor';
import { KeyboardHelp } from './KeyboardHelp';
import { MonthGrid, NO_CAMPAIGNS } from './MonthGrid';
import { ObservanceDialog, type ObservanceTarget } from './ObservanceDialog';
import { RemeasureOnLoad } from './RemeasureOnLoad';
import { TransferButtons } from './TransferButtons';
import { useCalendarDrag } from './useCalendarDrag';
import { periodBounds, periodDays, periodTitle, stepAnchor, useCalendarState, VIEWS } from './useCalendarState';
import { useChipViews } from './useChipViews';
import { useMoves } from './useMoves';
import { useOpeningAnchor } from './useOpeningAnchor';
import { useWeekStart } from './useWeekStart';
import { StatusLegend, WarningsPanel } from './WarningsPanel';
import { AgendaList, WeekGrid } from './WeekGrid';
import './calendar.css';

/**
 * Scroll only when the dragged post nears the very top or bottom: dnd-kit's default fifth of the
 * height scrolled the month away while a planner aimed at its last rows. Sideways, the edges turn the page.
 */
const AUTO_SCROLL = { layoutShiftCompensation: false, threshold: { x: 0, y: 0.08 } };

export function CalendarPage({ strategy }: { strategy: StrategyDetail }) {
  const zone = useMemo(plannerZone, []);
  const today = todayIn(zone);
  const [state, update] = useCalendarState(strategy.id);
  const { view, filters } = state;
  const anchor = state.anchor ?? today;
  const month = anchor.slice(0, 7);
  const [weekStartsOn, setWeekStartsOn] = useWeekStart();
  const weekStart = startOfWeek(anchor, weekStartsOn);
  const weeks = useMemo(() => monthWeeks(month, weekStartsOn), [month, weekStartsOn]);
  const { first, last } = periodDays(view, anchor, weekStartsOn);
  const bounds = useMemo(() => periodBounds(strategy.id, view, anchor, zone, weekStartsOn), [strategy.id, view, anchor, zone, weekStartsOn]);
  const step = (n: number) => update({ anchor: stepAnchor(view, anchor, n) });
  const title = periodTitle(view, anchor, weekStartsOn);
  const audiences = useCall('audience.list', { strategyId: strategy.id });

  const range = useCall('calendar.range', bounds);
  const warnings = useCall('calendar.warnings', bounds);
  useOpeningAnchor({ strategyId: strategy.id, remembered: state.anchor, shown: range.data?.entries, from: bounds.from, zone, open: (a) => update({ anchor: a }) });
  // The next and previous week or month, asked for once this one is in, so turning the page draws at once.
  useEffect(() => {
    if (!range.data) return;
    for (const n of [1, -1]) {
      const near = periodBounds(strategy.id, view, stepAnchor(view, anchor, n), zone, weekStartsOn);
      prefetch('calendar.range', near);
      prefetch('calendar.warnings', near);
    }
  }, [range.data, strategy.id, view, anchor, zone, weekStartsOn]);
  const backlog = useCall('contentItem.backlog', { strategyId: strategy.id });
  const campaigns = useCall('campaign.list', { strategyId: strategy.id });
  // The open editor is remembered, so a reload or crash reopens it with the draft it kept.
  const editorKey = `calendar:${strategy.id}:editor`;
  const [editor, setEditorState] = useState<EditorTarget | null>(() => readDraft<EditorTarget>(editorKey)?.value ?? null);
  const setEditor = useCallback(
    (target: EditorTarget | null) => {
      setEditorState(target);
      if (target) writeDraft(editorKey, target);
      else clearDraft(editorKey);
    },
    [editorKey],
  );
  const [campaignDialog, setCampaignDialog] = useState<CampaignTarget | null>(null);
  const [observanceDialog, setObservanceDialog] = useState<ObservanceTarget | null>(null);
  const openCampaign = useCallback((id: string) => setCampaignDialog({ mode: 'edit', id }), []);
  const openObservance = useCallback((id: string) => setObservanceDialog({ mode: 'day', id }), []);
  const { pending, move, saved } = useMoves(zone, range.data, backlog.data, `${view} ${first}`);

  const { byDay, backlogViews, views } = useChipViews({
    range: range.data,
    backlog: backlog.data,
    pending,
    zone,
    platforms: strategy.platforms,
    campaignColours: range.data?.campaigns ?? campaigns.data ?? NO_CAMPAIGNS,
    filters,
  });

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

  const { sensors, active, dragBy, onDragStart, onDragEnd, endDrag, turnByEdge, turnNote } = useCalendarDrag({ views, move, view, anchor, first, update, weekStartsOn });
  const [keysShown, setKeysShown] = useState(false);
  const showKeys = useCallback(() => setKeysShown(true), []);
  const open = useCallback((id: string) => setEditor({ mode: 'edit', id }), [setEditor]);
  const newOn = useCallback((date: string) => setEditor({ mode: 'new', date }), [setEditor]);

  const header = (
    <PageHeader
      title="Calendar"
      lede={`Times are shown in your zone, ${zone}; a post planned in another zone also shows its own local time.`}
      actions={
        <>
          <Button size="small" variant="primary" icon="plus" onClick={() => setEditor({ mode: 'new', date: null })}>
            New post
          </Button>
          <Button size="small" icon="plus" onClick={() => setCampaignDialog({ mode: 'new' })}>
            New campaign
          </Button>
          <Button size="small" onClick={() => setCampaignDialog({ mode: 'list' })}>
            Campaigns
          </Button>
          <Button size="small" onClick={() => setObservanceDialog({ mode: 'list' })}>
            National days
          </Button>
          <Button size="small" onClick={() => setKeysShown(true)} aria-keyshortcuts="?">
            Keyboard
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
        <p className="cal-saved" role="status" title={saved || undefined}>
          {saved}
        </p>
        <p className="sr-only" role="status">
          {turnNote}
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
        <div className="form-field cal-week-start">
          <label htmlFor="cal-week-start">Week starts on</label>
          <select id="cal-week-start" className="inline-input inline-select" value={weekStartsOn} onChange={(e) => setWeekStartsOn(Number(e.target.value) as WeekStart)}>
            {WEEK_STARTS.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
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
        onDragCancel={endDrag}
        autoScroll={AUTO_SCROLL}
      >
        <RemeasureOnLoad data={range.data} />
        <div className="cal-layout">
          <div className="cal-main">
            {dragBy === 'pointer' && view !== 'list' ? <EdgeZones period={view === 'week' ? 'week' : 'month'} onTurn={turnByEdge} /> : null}
            {view === 'week' ? (
              <WeekGrid start={weekStart} today={today} byDay={byDay} campaigns={range.data?.campaigns ?? NO_CAMPAIGNS} observances={observances} onOpen={open} onCampaign={openCampaign} onObservance={openObservance} />
            ) : view === 'list' ? (
              <AgendaList byDay={byDay} from={first} to={last} onOpen={open} />
            ) : (
              <MonthGrid
                month={month}
                weeks={weeks}
                today={today}
                byDay={byDay}
                campaigns={range.data?.campaigns ?? NO_CAMPAIGNS}
                observances={observances}
                warningDays={warningDays}
                onOpen={open}
                onNew={newOn}
                onCampaign={openCampaign}
                onObservance={openObservance}
              />
            )}
          </div>
          <aside className="cal-side">
            <Backlog chips={backlogViews} onOpen={open} onNew={() => setEditor({ mode: 'new', date: null })} loading={!backlog.data} />
            <WarningsPanel period={view === 'week' ? 'week' : 'month'} warnings={warnings.data ?? []} />
          </aside>
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className={`cal-chip cal-chip-overlay status-${active.item.status}`}>
              <ChipFace view={active} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <p className="cal-help muted">
        Keyboard: move to a post with Tab, press Space to pick it up, use the left and right arrows to move it by a day and up and down by a
        week, then press Space to put it down or Escape to cancel. Moving past the first or last day shown turns the page; with the mouse, rest a
        post on the left or right edge. A post of a series moves that occurrence only. Moves save at once and can be undone with Undo in the top bar.
      </p>
      {campaignDialog ? <CampaignDialog strategyId={strategy.id} month={month} target={campaignDialog} onClose={() => setCampaignDialog(null)} /> : null}
      {observanceDialog ? <ObservanceDialog strategyId={strategy.id} target={observanceDialog} onClose={() => setObservanceDialog(null)} /> : null}
      <KeyboardHelp open={keysShown} onOpen={showKeys} onClose={() => setKeysShown(false)} />
      {editor ? <ItemEditor strategy={strategy} target={editor} campaigns={campaigns.data ?? []} plannerZone={zone} onClose={() => setEditor(null)} /> : null}
    </div>
  );
}
