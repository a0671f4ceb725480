// Drag and drop on the calendar: drop-target ids (a day, or the backlog), the keyboard's one-day
// moves, and what a screen reader hears, in plain words.
import type { Announcements, CollisionDetection, KeyboardCoordinateGetter, ScreenReaderInstructions } from '@dnd-kit/core';
import { closestCenter, pointerWithin } from '@dnd-kit/core';
import { addDays, dayLabel } from './days';

export const BACKLOG_ID = 'backlog';
export const dayId = (date: string) => `day:${date}`;
/** An hour of a day in the week view. */
export const slotId = (date: string, hour: number) => `slot:${date}:${String(hour).padStart(2, '0')}`;

/** A day's date from its drop id, 'backlog' for the backlog, null for anything else (an hour slot gives its day). */
export function parseTarget(id: unknown): string | null {
  if (id === BACKLOG_ID) return BACKLOG_ID;
  if (typeof id !== 'string') return null;
  const m = /^(?:day|slot):(\d{4}-\d{2}-\d{2})/.exec(id);
  return m ? m[1]! : null;
}

/** The hour of an hour slot's drop id, or null for a day or the backlog. */
export function parseHour(id: unknown): number | null {
  if (typeof id !== 'string') return null;
  const m = /^slot:\d{4}-\d{2}-\d{2}:(\d{2})$/.exec(id);
  return m ? Number(m[1]) : null;
}

/** What each chip carries while it is dragged. */
export interface ChipData {
  title: string;
  /** The day it shows on (planner's zone), or null in the backlog. */
  date: string | null;
  /** The hour it shows at (planner's zone), or null. */
  hour: number | null;
}

const DAY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
const SLOT_STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Where the keyboard last moved the lifted chip (keys pressed faster than redraws still count one step each). */
let keyboardTarget: string | null = null;
export function startKeyboardMove() {
  keyboardTarget = null;
}

/**
 * Arrow keys move a lifted chip: in the month, one day (left, right) or one week (up, down); in the
 * week, one day (left, right) or one hour (up, down).
 */
export const oneDayPerKey: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (!(event.code in DAY_STEPS)) return undefined;
  event.preventDefault();
  const { over, active, droppableRects, collisionRect } = context;
  if (!collisionRect) return currentCoordinates;
  const origin = active?.data.current as ChipData | undefined;
  const ids = [...droppableRects.keys()].map(String);
  const hours = ids.some((id) => id.startsWith('slot:'));
  const originId = origin?.date ? (hours ? slotId(origin.date, origin.hour ?? 9) : dayId(origin.date)) : null;
  const overId = over && over.id !== BACKLOG_ID ? String(over.id) : null;
  const from = keyboardTarget ?? overId ?? originId;
  let to: string | undefined;
  if (!from) {
    // From the backlog: the first day (or 09:00 on the first day) on screen.
    const firstDay = ids.map(parseTarget).filter((d): d is string => !!d && d !== BACKLOG_ID).sort()[0];
    if (!firstDay) return currentCoordinates;
    to = hours ? slotId(firstDay, 9) : dayId(firstDay);
  } else if (hours) {
    const date = parseTarget(from);
    const hour = parseHour(from) ?? 9;
    const [d, h] = SLOT_STEPS[event.code]!;
    if (date && date !== BACKLOG_ID) to = slotId(addDays(date, d), Math.min(23, Math.max(0, hour + h)));
  } else {
    const date = parseTarget(from);
    if (date && date !== BACKLOG_ID) to = dayId(addDays(date, DAY_STEPS[event.code]!));
  }
  const rect = to ? droppableRects.get(to) : undefined;
  if (!to || !rect) return currentCoordinates;
  keyboardTarget = to;
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + rect.height / 2 - collisionRect.height / 2,
  };
};

/** The target under the pointer (mouse), else the nearest (keyboard). */
export const dayCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) return pointerWithin(args);
  return closestCenter(args);
};

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this post, press Space or Enter to pick it up. Left and right arrows move it by one day; up and down arrows by one week in the month, by one hour in the week. ' +
    'Press Space or Enter to put it down, or Escape to leave it where it was.',
};

const nameOf = (data: unknown) => (data as ChipData | undefined)?.title ?? 'The post';
const originOf = (data: unknown) => (data as ChipData | undefined)?.date ?? null;
function whereIs(id: unknown): string {
  const target = parseTarget(id);
  if (!target) return 'nowhere';
  if (target === BACKLOG_ID) return 'the backlog';
  const hour = parseHour(id);
  return hour === null ? dayLabel(target) : `${dayLabel(target)} at ${String(hour).padStart(2, '0')}:00`;
}
function sameAsOrigin(id: unknown, data: unknown): boolean {
  const target = parseTarget(id);
  const origin = data as ChipData | undefined;
  if (!target || !origin) return false;
  if (target === BACKLOG_ID) return origin.date === null;
  const hour = parseHour(id);
  return target === origin.date && (hour === null || hour === origin.hour);
}

let justPickedUp: string | number | null = null;

export const announcements: Announcements = {
  onDragStart({ active }) {
    justPickedUp = active.id;
    const origin = originOf(active.data.current);
    return `Picked up ${nameOf(active.data.current)}, ${origin ? `planned for ${dayLabel(origin)}` : 'from the backlog'}.`;
  },
  onDragOver({ active, over }) {
    const target = parseTarget(over?.id);
    if (justPickedUp === active.id) {
      justPickedUp = null;
      if (sameAsOrigin(over?.id, active.data.current)) return undefined;
    }
    if (!target) return `${nameOf(active.data.current)} is not over a day.`;
    return `${nameOf(active.data.current)} is over ${whereIs(over?.id)}.`;
  },
  onDragEnd({ active, over }) {
    const name = nameOf(active.data.current);
    const target = parseTarget(over?.id);
    if (!target) return `${name} was put down outside the calendar and stays where it was.`;
    if (sameAsOrigin(over?.id, active.data.current)) return `${name} was put down where it was.`;
    return `${name} was moved to ${whereIs(over?.id)}.`;
  },
  onDragCancel({ active }) {
    const origin = originOf(active.data.current);
    return `Moving ${nameOf(active.data.current)} was cancelled. It stays ${origin ? `on ${dayLabel(origin)}` : 'in the backlog'}.`;
  },
};
