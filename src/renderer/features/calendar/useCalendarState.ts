// The calendar's view, shown day and filters, kept per strategy in localStorage so the planner
// comes back to what they left; and the week or month a shown day stands for.
import { useCallback, useState } from 'react';
import { localToInstant } from '../../../shared/calendarTime';
import { addDays, addMonths, dayLabel, monthTitle, monthWeeks, startOfWeek, type WeekStart } from './days';
import type { Filters } from './filters';

export type View = 'month' | 'week' | 'list';
export const VIEWS: { id: View; label: string }[] = [
  { id: 'month', label: 'Month' },
  { id: 'week', label: 'Week' },
  { id: 'list', label: 'List' },
];

export interface Kept {
  view: View;
  /** A day of the shown week or month; null means today. */
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

export function useCalendarState(strategyId: string): [Kept, (patch: Partial<Kept>) => void] {
  const [state, setState] = useState<Kept>(() => kept(strategyId));
  const update = useCallback(
    (patch: Partial<Kept>) =>
      setState((current) => {
        const next = { ...current, ...patch };
        try {
          localStorage.setItem(`chancery.calendar.${strategyId}`, JSON.stringify(next));
        } catch {
          /* private mode: the choice is simply not kept */
        }
        return next;
      }),
    [strategyId],
  );
  return [state, update];
}

/** The anchor of the week or month `n` steps away. */
export function stepAnchor(view: View, anchor: string, n: number): string {
  return view === 'week' ? addDays(anchor, 7 * n) : `${addMonths(anchor.slice(0, 7), n)}-01`;
}

/** "Week of Monday 10 May 2027" or "May 2027". */
export function periodTitle(view: View, anchor: string, start: WeekStart = 0): string {
  return view === 'week' ? `Week of ${dayLabel(startOfWeek(anchor, start))}` : monthTitle(anchor.slice(0, 7));
}

/** The first and last day a view shows around `anchor`: a week, a month, or the month's weeks. */
export function periodDays(view: View, anchor: string, start: WeekStart = 0): { first: string; last: string } {
  const month = anchor.slice(0, 7);
  if (view === 'week') {
    const weekStart = startOfWeek(anchor, start);
    return { first: weekStart, last: addDays(weekStart, 6) };
  }
  if (view === 'list') return { first: `${month}-01`, last: addDays(`${addMonths(month, 1)}-01`, -1) };
  const weeks = monthWeeks(month, start);
  return { first: weeks[0]![0]!, last: weeks[weeks.length - 1]![6]! };
}

/** The instants a view asks the core for: from its first day's midnight to the midnight after its last, in the planner's zone. */
export function periodBounds(strategyId: string, view: View, anchor: string, zone: string, start: WeekStart = 0): { strategyId: string; from: string; to: string } {
  const { first, last } = periodDays(view, anchor, start);
  return { strategyId, from: localToInstant(first, '00:00', zone), to: localToInstant(addDays(last, 1), '00:00', zone) };
}
