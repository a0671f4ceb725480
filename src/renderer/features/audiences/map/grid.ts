// The influence-interest grid: cell ids, the keyboard's one-cell moves, and what a screen reader hears.
import type { Announcements, CollisionDetection, KeyboardCoordinateGetter, ScreenReaderInstructions } from '@dnd-kit/core';
import { closestCenter, pointerWithin } from '@dnd-kit/core';
import { QUADRANT_LABELS, SCORE_MAX, SCORE_MIN, quadrantOf } from '../../../../shared/audiences';

export interface Cell {
  influence: number;
  interest: number;
}

/** What each card carries while it is dragged. */
export interface ChipData extends Cell {
  name: string;
}

/** Scores from high to low (rows, top to bottom) and low to high (columns, left to right). */
export const INFLUENCE_ROWS = [5, 4, 3, 2, 1] as const;
export const INTEREST_COLUMNS = [1, 2, 3, 4, 5] as const;

export const cellId = (c: Cell) => `cell:${c.influence}:${c.interest}`;

export function parseCellId(id: unknown): Cell | null {
  if (typeof id !== 'string') return null;
  const m = /^cell:(\d):(\d)$/.exec(id);
  return m ? { influence: Number(m[1]), interest: Number(m[2]) } : null;
}

const clamp = (n: number) => Math.min(SCORE_MAX, Math.max(SCORE_MIN, n));

export function describeCell(c: Cell): string {
  return `influence ${c.influence}, interest ${c.interest}: ${QUADRANT_LABELS[quadrantOf(c.influence, c.interest)]}`;
}

const STEPS: Record<string, { influence: number; interest: number }> = {
  ArrowUp: { influence: 1, interest: 0 },
  ArrowDown: { influence: -1, interest: 0 },
  ArrowRight: { influence: 0, interest: 1 },
  ArrowLeft: { influence: 0, interest: -1 },
};

/**
 * The cell the keyboard last moved the lifted card to. Kept here rather than read back from the
 * drag state, so that keys pressed faster than the screen redraws still move one cell each.
 */
let keyboardCell: Cell | null = null;
export function startKeyboardMove() {
  keyboardCell = null;
}

/** Arrow keys move a lifted card one cell: up and down change influence, left and right interest. */
export const oneCellPerKey: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = STEPS[event.code];
  if (!step) return undefined;
  event.preventDefault();
  const { over, active, droppableRects, collisionRect } = context;
  const origin = active?.data.current as ChipData | undefined;
  const from = keyboardCell ?? parseCellId(over?.id) ?? (origin ? { influence: origin.influence, interest: origin.interest } : null);
  if (!from || !collisionRect) return currentCoordinates;
  const to = { influence: clamp(from.influence + step.influence), interest: clamp(from.interest + step.interest) };
  keyboardCell = to;
  const rect = droppableRects.get(cellId(to));
  if (!rect) return currentCoordinates;
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + rect.height / 2 - collisionRect.height / 2,
  };
};

/** The cell under the pointer when there is one (mouse, touch), else the nearest (keyboard). */
export const cellCollision: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const hits = pointerWithin(args);
    if (hits.length > 0) return hits;
    return [];
  }
  return closestCenter(args);
};

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this audience on the map, press Space or Enter to pick it up. ' +
    'Up and down arrows change its influence, left and right arrows its interest. ' +
    'Press Space or Enter to put it down, or Escape to leave it where it was.',
};

function nameOf(data: unknown): string {
  return (data as ChipData | undefined)?.name ?? 'The audience';
}
function originOf(data: unknown): Cell | null {
  const d = data as ChipData | undefined;
  return d ? { influence: d.influence, interest: d.interest } : null;
}
const sentence = (c: Cell) => `Influence ${c.influence}, interest ${c.interest}.`;

/** The card just picked up: its first "over" (its own cell) is not announced, so "Picked up" is heard. */
let justPickedUp: string | number | null = null;

export const announcements: Announcements = {
  onDragStart({ active }) {
    justPickedUp = active.id;
    const origin = originOf(active.data.current);
    return `Picked up ${nameOf(active.data.current)}.${origin ? ` ${sentence(origin)}` : ''}`;
  },
  onDragOver({ active, over }) {
    const cell = parseCellId(over?.id);
    const origin = originOf(active.data.current);
    if (justPickedUp === active.id) {
      justPickedUp = null;
      if (cell && origin && cell.influence === origin.influence && cell.interest === origin.interest) return undefined;
    }
    if (!cell) return `${nameOf(active.data.current)} is not over a cell of the map.`;
    return `${nameOf(active.data.current)} is over ${describeCell(cell)}.`;
  },
  onDragEnd({ active, over }) {
    const name = nameOf(active.data.current);
    const origin = originOf(active.data.current);
    const cell = parseCellId(over?.id);
    if (!cell) return `${name} was put down outside the map and stays where it was.`;
    if (origin && origin.influence === cell.influence && origin.interest === cell.interest) {
      return `${name} was put down where it was: ${describeCell(cell)}.`;
    }
    return `${name} was moved to ${describeCell(cell)}.`;
  },
  onDragCancel({ active }) {
    const origin = originOf(active.data.current);
    return `Moving ${nameOf(active.data.current)} was cancelled.${origin ? ` It stays at ${describeCell(origin)}.` : ''}`;
  },
};

/**
 * Fits a name into about `budget` characters, keeping its last word when that tells similar names
 * apart ("Chamber of commerce of the… 12") rather than cutting only at the end.
 */
export function shorten(name: string, budget: number): string {
  if (budget <= 0 || name.length <= budget) return name;
  const space = name.lastIndexOf(' ');
  const tail = space > 0 ? name.slice(space + 1) : '';
  if (tail && tail.length <= 12 && budget - tail.length >= 8) {
    return `${name.slice(0, budget - tail.length - 2).trimEnd()}… ${tail}`;
  }
  return `${name.slice(0, budget - 1).trimEnd()}…`;
}
