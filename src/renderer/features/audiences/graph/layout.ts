// Where an audience sits in the relationship graph before the planner has moved it: in the same
// arrangement as the influence map (influence up, interest to the right), so the two read alike.
import type { Audience } from '../../../../shared/audiences';
import { byPriorityThenName } from '../model';

export const NODE_W = 190;
export const NODE_H = 52;
const GAP_X = 16;
const GAP_Y = 12;
const ROWS_PER_COLUMN = 4;
const CELL_PAD = 70;

export function defaultPositions(audiences: Audience[]): Map<string, { x: number; y: number }> {
  const cells = new Map<string, Audience[]>();
  for (const a of audiences) {
    const key = `${a.influence}:${a.interest}`;
    const list = cells.get(key) ?? [];
    list.push(a);
    cells.set(key, list);
  }
  let maxColumns = 1;
  let maxRows = 1;
  for (const list of cells.values()) {
    maxColumns = Math.max(maxColumns, Math.ceil(list.length / ROWS_PER_COLUMN));
    maxRows = Math.max(maxRows, Math.min(list.length, ROWS_PER_COLUMN));
  }
  const cellW = maxColumns * (NODE_W + GAP_X) + CELL_PAD;
  const cellH = maxRows * (NODE_H + GAP_Y) + CELL_PAD;
  const out = new Map<string, { x: number; y: number }>();
  for (const list of cells.values()) {
    list.sort(byPriorityThenName);
    list.forEach((a, i) => {
      const column = Math.floor(i / ROWS_PER_COLUMN);
      const row = i % ROWS_PER_COLUMN;
      out.set(a.id, {
        x: (a.interest - 1) * cellW + column * (NODE_W + GAP_X),
        y: (5 - a.influence) * cellH + row * (NODE_H + GAP_Y),
      });
    });
  }
  return out;
}

type Point = { x: number; y: number };
type Link = { fromId: string; toId: string };

const LAYER_GAP = 120; // room for the relationship's label between two columns
const ROW_GAP = 30;
const COMPONENT_GAP = 70;
/** Groups of linked audiences are packed side by side up to about this width. */
const PACK_WIDTH = 1500;

/**
 * The starting picture for linked audiences: each group of linked audiences reads left to right
 * along its arrows ("works for", "influences"), one column per step; the groups are packed in rows,
 * and audiences with no link wait in rows underneath. Positions the planner has set are kept, and
 * the others are laid out as if those were not there. Deterministic: the same input, the same picture.
 */
export function layeredLayout(all: Audience[], links: Link[], fixed: Map<string, Point>): Map<string, Point> {
  const out = new Map<string, Point>();
  const ids = new Set(all.map((a) => a.id));
  const usable = links.filter((l) => ids.has(l.fromId) && ids.has(l.toId) && l.fromId !== l.toId);
  const byId = new Map(all.map((a) => [a.id, a]));
  const neighbours = new Map<string, Set<string>>();
  for (const l of usable) {
    (neighbours.get(l.fromId) ?? neighbours.set(l.fromId, new Set()).get(l.fromId)!).add(l.toId);
    (neighbours.get(l.toId) ?? neighbours.set(l.toId, new Set()).get(l.toId)!).add(l.fromId);
  }
  // Groups of audiences linked to each other, largest first.
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const a of [...all].sort(byPriorityThenName)) {
    if (seen.has(a.id) || !neighbours.has(a.id)) continue;
    const group: string[] = [];
    const queue = [a.id];
    seen.add(a.id);
    while (queue.length) {
      const id = queue.shift()!;
      group.push(id);
      for (const next of neighbours.get(id) ?? []) if (!seen.has(next)) (seen.add(next), queue.push(next));
    }
    groups.push(group);
  }
  groups.sort((x, y) => y.length - x.length);

  const laid = groups.map((group) => {
    const members = new Set(group);
    const local = layerGroup(group, usable.filter((l) => members.has(l.fromId)), byId);
    const w = Math.max(...[...local.values()].map((p) => p.x)) + NODE_W;
    const h = Math.max(...[...local.values()].map((p) => p.y)) + NODE_H;
    return { local, w, h };
  });
  // Rows about as wide as a screen is wider than tall, so many small groups make a block, not a column.
  const area = laid.reduce((sum, g) => sum + (g.w + COMPONENT_GAP + 40) * (g.h + COMPONENT_GAP), 0);
  const packWidth = Math.max(PACK_WIDTH, Math.sqrt(area * 1.9));
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  for (const { local, w, h } of laid) {
    if (cursorX > 0 && cursorX + w > packWidth) {
      cursorX = 0;
      cursorY += rowHeight + COMPONENT_GAP;
      rowHeight = 0;
    }
    for (const [id, p] of local) out.set(id, { x: cursorX + p.x, y: cursorY + p.y });
    cursorX += w + COMPONENT_GAP + 40;
    rowHeight = Math.max(rowHeight, h);
  }

  const loose = all.filter((a) => !out.has(a.id)).sort(byPriorityThenName);
  const top = out.size > 0 ? cursorY + rowHeight + COMPONENT_GAP + 20 : 0;
  const perRow = Math.max(4, Math.floor((packWidth + 40) / (NODE_W + 40)));
  loose.forEach((a, i) => out.set(a.id, { x: (i % perRow) * (NODE_W + 40), y: top + Math.floor(i / perRow) * (NODE_H + ROW_GAP) }));
  for (const [id, p] of fixed) if (out.has(id)) out.set(id, p);
  return out;
}

/** One group in columns: each audience one column right of the ones that point to it. */
function layerGroup(group: string[], links: Link[], byId: Map<string, Audience>): Map<string, Point> {
  const layer = new Map(group.map((id) => [id, 0]));
  // Longest path from the sources; a cycle stops growing after as many rounds as there are nodes.
  for (let round = 0; round < group.length; round++) {
    let changed = false;
    for (const l of links) {
      const next = layer.get(l.fromId)! + 1;
      if (next > layer.get(l.toId)! && next < group.length) {
        layer.set(l.toId, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Audiences that only point at others move up next to what they point at, so no arrow jumps a column.
  for (const id of group) {
    if (links.some((l) => l.toId === id)) continue;
    const targets = links.filter((l) => l.fromId === id).map((l) => layer.get(l.toId)!);
    if (targets.length) layer.set(id, Math.max(0, Math.min(...targets) - 1));
  }
  const columns: string[][] = [];
  for (const id of group) (columns[layer.get(id)!] ??= []).push(id);
  const row = new Map<string, number>();
  columns.forEach((column, c) => {
    if (c === 0) column.sort((a, b) => byPriorityThenName(byId.get(a)!, byId.get(b)!));
    else {
      // Sit each audience near the ones that point to it, to keep arrows short and uncrossed.
      const centre = (id: string) => {
        const from = links.filter((l) => l.toId === id && row.has(l.fromId)).map((l) => row.get(l.fromId)!);
        return from.length ? from.reduce((s, r) => s + r, 0) / from.length : Number.MAX_SAFE_INTEGER;
      };
      column.sort((a, b) => centre(a) - centre(b) || byPriorityThenName(byId.get(a)!, byId.get(b)!));
    }
    column.forEach((id, r) => row.set(id, r));
  });
  const tallest = Math.max(...columns.map((c) => c?.length ?? 0));
  const out = new Map<string, Point>();
  columns.forEach((column, c) => {
    const offset = ((tallest - column.length) * (NODE_H + ROW_GAP)) / 2;
    column.forEach((id, r) => out.set(id, { x: c * (NODE_W + LAYER_GAP), y: offset + r * (NODE_H + ROW_GAP) }));
  });
  return out;
}
