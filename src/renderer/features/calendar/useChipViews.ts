// What the calendar shows: each post (or occurrence of a series) as a chip on its planner's day, or
// in the backlog, with moves that are still saving already in their new place.
import { useMemo, useRef } from 'react';
import type { CalendarItem, CalendarRange } from '../../../shared/calendar';
import { instantToLocal } from '../../../shared/calendarTime';
import { PLATFORM_KIND_LABELS, type Platform } from '../../../shared/domain';
import type { ChipView } from './Chip';
import { audienceClock } from './days';
import { matches, type Filters } from './filters';

const SHORT: Partial<Record<Platform['kind'], string>> = { x: 'X', facebook: 'FB', instagram: 'IG', linkedin: 'IN', youtube: 'YT', tiktok: 'TT' };

/**
 * Moves shown at once, until the core's answer arrives: chip key → the chip as it was and its planner's
 * day and time, or null for the backlog. The chip is kept because a drop into another week or month
 * lands where the loaded data does not hold it yet. `savedOn` is null while the core is saving the
 * move (data arriving meanwhile may predate it), then the data shown when the save was answered:
 * once newer data is in, it holds the move, and showing both would draw the post twice.
 */
export type Pending = Record<string, { view: ChipView; to: { date: string; time: string } | null; savedOn: { range: unknown; backlog: unknown } | null }>;

/**
 * Whether a move is still to be drawn ahead of the data. The range and the backlog reload one after
 * the other, so a move stays drawn until both have: letting it go when only the backlog has come back
 * would show the post in its old place for a frame, from the range that predates the move. Data that
 * already shows the move ends it sooner (see the caught-up check in useChipViews).
 */
export function stillPending(move: Pending[string], range: unknown, backlog: unknown): boolean {
  return move.savedOn === null || move.savedOn.range === range || move.savedOn.backlog === backlog;
}

export interface ChipViews {
  byDay: Map<string, ChipView[]>;
  backlogViews: ChipView[];
  /** Every shown chip by its key. */
  views: Map<string, ChipView>;
}

export function useChipViews({
  range,
  backlog,
  pending,
  zone,
  platforms,
  campaignColours,
  filters,
}: {
  range: CalendarRange | undefined;
  backlog: CalendarItem[] | undefined;
  pending: Pending;
  zone: string;
  platforms: Platform[];
  campaignColours: { id: string; colour: string }[];
  filters: Filters;
}): ChipViews {
  const platformTag = useMemo(() => {
    const byId = new Map(platforms.map((p) => [p.id, SHORT[p.kind] ?? PLATFORM_KIND_LABELS[p.kind]]));
    return (item: CalendarItem) => item.platformIds.map((id) => byId.get(id) ?? '?').join(' · ');
  }, [platforms]);
  const colourOf = useMemo(() => {
    const byId = new Map(campaignColours.map((c) => [c.id, c.colour]));
    return (item: CalendarItem) => (item.campaignId ? (byId.get(item.campaignId) ?? null) : null);
  }, [campaignColours]);

  // The last answer's views and day lists: an unchanged chip keeps its object, and an unchanged day
  // its array, so after a drop or a refetch the memoised cells and chips redraw only where something moved.
  const previous = useRef<ChipViews>({ byDay: new Map(), backlogViews: [], views: new Map() });

  return useMemo(() => {
    const before = previous.current;
    // Only moves made on the data shown now; decided in this render, not in an effect a frame later.
    const moving: Pending = {};
    for (const [key, move] of Object.entries(pending)) if (stillPending(move, range, backlog)) moving[key] = move;
    const views = new Map<string, ChipView>();
    const byDay = new Map<string, ChipView[]>();
    const backlogViews: ChipView[] = [];
    const items = new Map((range?.items ?? []).map((i) => [i.id, i]));
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
    // The backlog and the range reload separately after a move, so for a moment one item can be in
    // both; show only its newer copy. Two chips with one id would also confuse dnd-kit, which then
    // forgets the survivor and it can no longer be picked up.
    const older = new Set<string>();
    const shown = new Map<string, ChipView>();
    for (const item of backlog ?? []) {
      const scheduled = items.get(item.id);
      if (scheduled && scheduled.updatedAt > item.updatedAt) continue;
      if (scheduled) older.add(item.id);
      const view = makeView(item, null, null, null);
      shown.set(view.key, view);
    }
    for (const entry of range?.entries ?? []) {
      const item = items.get(entry.itemId);
      if (!item || older.has(item.id)) continue;
      const view = makeView(item, entry.at, entry, entry.recurring ? entry.localDate : null);
      shown.set(view.key, view);
    }
    // A move the data already shows needs no stand-in (the data can catch up before the save is answered).
    // An occurrence taken to the backlog leaves the range and arrives in the backlog as a new post, and
    // the two reload separately: until the range drops it the occurrence stays hidden, and once its copy
    // is in the backlog the stand-in goes, so the post is never drawn twice nor missing for a frame.
    const landed = new Set<string>();
    for (const [key, { view, to }] of Object.entries(moving)) {
      const now = shown.get(key);
      if (view.occurrence) {
        // A copy on a day comes in the same range that drops the occurrence.
        const copyShown = to !== null || (backlog ?? []).some((item) => isBacklogCopyOf(item, view.item));
        // The series skips that date now, and its one-off copy is in the data.
        if (now === undefined && copyShown) delete moving[key];
        else if (to === null && copyShown) landed.add(key);
      } else if (now !== undefined && (to === null ? now.date === null : now.date === to.date && now.time === to.time)) delete moving[key];
    }
    for (const view of shown.values()) if (moving[view.key] === undefined) place(view);
    for (const [key, { view, to }] of Object.entries(moving)) {
      if (landed.has(key)) continue;
      // A moved occurrence becomes a one-off post, so it no longer shows the series mark.
      const moved = { ...view, localTime: null, recurring: view.occurrence ? false : view.recurring, occurrence: null };
      place(to === null ? { ...moved, date: null, time: null } : { ...moved, date: to.date, time: to.time });
    }
    for (const [date, list] of byDay) {
      list.sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
      const old = before.byDay.get(date);
      if (old && sameList(old, list)) byDay.set(date, old);
    }
    const result = { byDay, backlogViews: sameList(before.backlogViews, backlogViews) ? before.backlogViews : backlogViews, views };
    previous.current = result;
    return result;

    /** `occurrenceDate`: the entry's local date when it is an occurrence of a series, else null. */
    function makeView(item: CalendarItem, at: string | null, local: { localDate: string; localTime: string } | null, occurrenceDate: string | null): ChipView {
      const planner = at ? plannerTime(at, zone) : null;
      const recurring = occurrenceDate !== null;
      const view: ChipView = {
        key: recurring ? `${item.id}@${at}` : item.id,
        item,
        date: planner?.date ?? null,
        time: planner?.time ?? null,
        localTime: planner && local && item.timeZone !== zone ? audienceClock(planner, { date: local.localDate, time: local.localTime }) : null,
        recurring,
        occurrence: recurring && occurrenceDate !== item.localDate ? occurrenceDate : null,
        platforms: platformTag(item),
        campaignColour: colourOf(item),
      };
      const old = before.views.get(view.key);
      return old && sameView(old, view) ? old : view;
    }
  }, [range, backlog, pending, zone, platformTag, colourOf, filters]);
}

/**
 * Whether a backlog post is the one-off copy that moving an occurrence of `series` to the backlog makes:
 * its id is not known until the save is answered, and the data can arrive first. The copy has the
 * series' title, does not repeat, and was saved after the series was picked up.
 */
function isBacklogCopyOf(item: CalendarItem, series: CalendarItem): boolean {
  return item.id !== series.id && item.recurrence === null && item.title === series.title && item.updatedAt > series.updatedAt;
}

/** Equal for drawing and for moving: the same post, unchanged in anything the calendar reads, on the same day. */
function sameView(a: ChipView, b: ChipView): boolean {
  return (
    sameItem(a.item, b.item) &&
    a.date === b.date &&
    a.time === b.time &&
    a.localTime === b.localTime &&
    a.recurring === b.recurring &&
    a.occurrence === b.occurrence &&
    a.platforms === b.platforms &&
    a.campaignColour === b.campaignColour
  );
}

/** Field by field rather than by updatedAt: a title synced from another laptop can arrive while this laptop's newer updated_at wins. */
function sameItem(a: CalendarItem, b: CalendarItem): boolean {
  if (a === b) return true;
  for (const key of Object.keys(b) as (keyof CalendarItem)[]) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i])) continue;
    if (key === 'recurrence' && JSON.stringify(x) === JSON.stringify(y)) continue;
    return false;
  }
  return true;
}

function sameList(a: readonly ChipView[], b: readonly ChipView[]): boolean {
  return a.length === b.length && a.every((view, i) => view === b[i]);
}

const plannerTimes = new Map<string, { date: string; time: string }>();

/** instantToLocal for the planner's zone, remembered: a month redraw asks for the same few hundred instants again. */
function plannerTime(at: string, zone: string): { date: string; time: string } {
  const key = `${zone} ${at}`;
  let local = plannerTimes.get(key);
  if (!local) {
    if (plannerTimes.size > 50_000) plannerTimes.clear();
    plannerTimes.set(key, (local = instantToLocal(at, zone)));
  }
  return local;
}
