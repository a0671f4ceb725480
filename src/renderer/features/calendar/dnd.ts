// Drag and drop on the calendar: drop-target ids (a day, an hour, the backlog, or an edge that turns
// to the previous or next week or month), the keyboard's one-day moves (which turn the page when they
// pass the last day shown), and what a screen reader hears, in plain words.
import type { Announcements, CollisionDetection, KeyboardCoordinateGetter, ScreenReaderInstructions } from '@dnd-kit/core';
import { closestCenter, pointerWithin } from '@dnd-kit/core';
import { addDays, dayLabel } from './days';

export const BACKLOG_ID = 'backlog';
export const dayId = (date: string) => `day:${date}`;
/** An hour of a day in the week view. */
export const slotId = (date: string, hour: number) => `slot:${date}:${String(hour).padStart(2, '0')}`;

/** The edges shown during a mouse drag: resting on one turns to the previous or next week or month. */
export const edgeId = (step: -1 | 1) => (step < 0 ? 'edge:prev' : 'edge:next');
/** -1 or 1 for an edge's drop id, null for anything else. */
export function parseEdge(id: unknown): -1 | 1 | null {
  return id === 'edge:prev' ? -1 : id === 'edge:next' ? 1 : null;
}
/** What an edge carries: its label, such as "Next week". */
export interface EdgeData {
  label: string;
}

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
  /** An occurrence of a series after its first: a move takes this occurrence only. */
  recurring: boolean;
}

const DAY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
const SLOT_STEPS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Where the keyboard last moved the lifted chip (keys pressed faster than redraws still count one step each). */
let keyboardTarget: string | null = null;
export function startKeyboardMove() {
  keyboardTarget = null;
}

/** Asks the page to show a day that is not on screen (a keyboard move past the first or last day shown). */
let showDay: ((date: string) => void) | null = null;
export function onKeyboardPastEdge(fn: ((date: string) => void) | null) {
  showDay = fn;
}

/**
 * Not a key: sent by the page once the newly shown days are measured, so the lifted chip moves onto
 * the day the keyboard reached (the sensor only moves on keydown).
 */
const REALIGN = 'ChanceryRealign';
/** During a keyboard move, this key takes the post to the backlog. */
export const TO_BACKLOG_KEY = 'KeyB';

/**
 * Space picks a post up and Space or Enter puts it down; Enter on a post at rest opens it (Chip).
 * Tab is not a drop: a planner tabbing to check something must not move the post by accident.
 */
export const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
export function realignKeyboardMove(doc: Document) {
  if (keyboardTarget) doc.dispatchEvent(new KeyboardEvent('keydown', { code: REALIGN, bubbles: true }));
}

/**
 * Arrow keys move a lifted chip: in the month, one day (left, right) or one week (up, down); in the
 * week, one day (left, right) or one hour (up, down).
 */
export const oneDayPerKey: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { over, active, droppableRects, collisionRect } = context;
  if (event.code === REALIGN) {
    const rect = keyboardTarget ? droppableRects.get(keyboardTarget) : undefined;
    if (!rect || !collisionRect) return undefined;
    return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + rect.height / 2 - collisionRect.height / 2 };
  }
  if (event.code === TO_BACKLOG_KEY) {
    // B takes the lifted post to the backlog, to put down there with Space or Enter.
    event.preventDefault();
    const rect = droppableRects.get(BACKLOG_ID);
    if (!rect || !collisionRect) return currentCoordinates;
    keyboardTarget = BACKLOG_ID;
    return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + Math.min(rect.height / 2, 60) - collisionRect.height / 2 };
  }
  if (!(event.code in DAY_STEPS)) return undefined;
  event.preventDefault();
  if (!collisionRect) return currentCoordinates;
  const origin = active?.data.current as ChipData | undefined;
  const ids = [...droppableRects.keys()].map(String);
  const hours = ids.some((id) => id.startsWith('slot:'));
  const originId = origin?.date ? (hours ? slotId(origin.date, origin.hour ?? 9) : dayId(origin.date)) : null;
  const overId = over && over.id !== BACKLOG_ID ? String(over.id) : null;
  const from = (keyboardTarget === BACKLOG_ID ? null : keyboardTarget) ?? overId ?? originId;
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
  if (!to) return currentCoordinates;
  const rect = droppableRects.get(to);
  if (!rect) {
    // Past the first or last day shown: turn to the week or month holding the day; the page then
    // sends REALIGN to bring the chip onto it.
    const date = parseTarget(to);
    if (!date || date === BACKLOG_ID || !showDay) return currentCoordinates;
    keyboardTarget = to;
    showDay(date);
    return currentCoordinates;
  }
  keyboardTarget = to;
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + rect.height / 2 - collisionRect.height / 2,
  };
};

/**
 * The target under the pointer (mouse; an edge wins over the day beneath it), else where the keyboard
 * moved the chip, else the nearest (keyboard).
 */
export const dayCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const under = pointerWithin(args);
    const edge = under.find((c) => parseEdge(c.id) !== null);
    return edge ? [edge] : under;
  }
  // After the page turned, the chip is still drawn where it was until REALIGN; the target is known.
  // Before the first arrow it is over the hour or day it came from: in a tall (unfolded) one, the
  // nearest centre can be the next hour's, and putting the chip down at once would move it there.
  const id = keyboardTarget ?? originTarget(args.active.data.current, args.droppableRects);
  const target = id ? args.droppableContainers.find((c) => c.id === id) : undefined;
  if (target && args.droppableRects.has(target.id)) return [{ id: target.id, data: { droppableContainer: target, value: 0 } }];
  return closestCenter(args);
};

/** The drop id of the hour (week) or day (month) a chip is drawn in, if it is on screen. */
function originTarget(data: unknown, shown: ReadonlyMap<unknown, unknown>): string | null {
  const chip = data as Partial<ChipData> | null | undefined;
  if (!chip?.date) return null;
  const hour = slotId(chip.date, chip.hour ?? 9);
  if (shown.has(hour)) return hour;
  return shown.has(dayId(chip.date)) ? dayId(chip.date) : null;
}

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'Press Enter to open this post. To move it, press Space to pick it up. Left and right arrows move it by one day; up and down arrows by one week in the month, by one hour in the week; B takes it to the backlog. ' +
    'Moving past the first or last day shown turns to the previous or next week or month. ' +
    'Press Space or Enter to put it down, or Escape to leave it where it was. Moving a post of a series moves that occurrence only.',
};

/** The lifted chip's data, kept: once the page turns, its chip may be gone and dnd-kit forgets its data. */
let lifted: ChipData | null = null;
function chipOf(data: unknown): ChipData | undefined {
  const chip = data as Partial<ChipData> | null | undefined;
  // dnd-kit hands an empty object for a chip no longer drawn.
  return chip && typeof chip.title === 'string' ? (chip as ChipData) : (lifted ?? undefined);
}
const nameOf = (data: unknown) => chipOf(data)?.title ?? 'The post';
const edgeLabel = (data: unknown) => (data as EdgeData | undefined)?.label ?? 'the edge';
const originOf = (data: unknown) => chipOf(data)?.date ?? null;
function whereIs(id: unknown): string {
  const target = parseTarget(id);
  if (!target) return 'nowhere';
  if (target === BACKLOG_ID) return 'the backlog';
  const hour = parseHour(id);
  return hour === null ? dayLabel(target) : `${dayLabel(target)} at ${String(hour).padStart(2, '0')}:00`;
}
function sameAsOrigin(id: unknown, data: unknown): boolean {
  const target = parseTarget(id);
  const origin = chipOf(data);
  if (!target || !origin) return false;
  if (target === BACKLOG_ID) return origin.date === null;
  const hour = parseHour(id);
  return target === origin.date && (hour === null || hour === origin.hour);
}

let justPickedUp: string | number | null = null;

export const announcements: Announcements = {
  onDragStart({ active }) {
    justPickedUp = active.id;
    lifted = null;
    lifted = chipOf(active.data.current) ?? null;
    const origin = originOf(active.data.current);
    const occurrence = chipOf(active.data.current)?.recurring ? ', one occurrence of a series' : '';
    return `Picked up ${nameOf(active.data.current)}${occurrence}, ${origin ? `planned for ${dayLabel(origin)}` : 'from the backlog'}.`;
  },
  onDragOver({ active, over }) {
    if (parseEdge(over?.id) !== null) return `${nameOf(active.data.current)} is over ${edgeLabel(over?.data.current)}; hold it there to turn the page.`;
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
    const occurrence = chipOf(active.data.current)?.recurring;
    return `${name} was moved to ${whereIs(over?.id)}.${occurrence ? ' Moved this occurrence only; the rest of the series stays.' : ''}`;
  },
  onDragCancel({ active }) {
    const origin = originOf(active.data.current);
    return `Moving ${nameOf(active.data.current)} was cancelled. It stays ${origin ? `on ${dayLabel(origin)}` : 'in the backlog'}.`;
  },
};
