// The message house: messageHouse.*, pillar.*, proof.* and houseMessage.* calls.
import type { messageCalls } from '../../shared/contract/messages';
import { invalid } from '../audiences/rules';
import type { Context, FeatureHandlers } from '../context';
import { houseMessages, strategies } from '../db/schema';
import { keyAfter, keyBetween } from '../ordering';
import { findStrategy } from '../strategy/rows';
import { findHouseMessage, getMessageHouse, houseMessageRow, houseRowsOfKind, liveProofRows } from './queries';
import { HOUSE_KIND_NAMES, houseKind, toHouseMessage, type HouseMessageRow } from './rows';

type HouseCalls = Pick<
  typeof messageCalls,
  'messageHouse.get' | 'messageHouse.setCore' | 'pillar.create' | 'proof.create' | 'houseMessage.update' | 'houseMessage.move' | 'houseMessage.remove'
>;

export const houseHandlers: FeatureHandlers<HouseCalls> = {
  'messageHouse.get': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    return getMessageHouse(ctx, strategyId);
  },
  'messageHouse.setCore': (ctx, { strategyId, text }) => {
    findStrategy(ctx, strategyId);
    const core = houseRowsOfKind(ctx, strategyId, 'core')[0];
    if (core) {
      ctx.write('edit core message', (w) => {
        w.update(houseMessages, core.id, { text });
        w.touch(strategies, strategyId);
      });
      return findHouseMessage(ctx, core.id);
    }
    const id = ctx.write('write core message', (w) => {
      w.touch(strategies, strategyId);
      return w.insert(houseMessages, { strategyId, kind: 'core', parentId: null, text, sortKey: keyAfter(null) });
    });
    return findHouseMessage(ctx, id);
  },
  'pillar.create': (ctx, { strategyId, text }) => {
    findStrategy(ctx, strategyId);
    const sortKey = keyAfter(houseRowsOfKind(ctx, strategyId, 'pillar').at(-1)?.sortKey ?? null);
    const id = ctx.write('add pillar', (w) => {
      w.touch(strategies, strategyId);
      return w.insert(houseMessages, { strategyId, kind: 'pillar', parentId: null, text, sortKey });
    });
    return findHouseMessage(ctx, id);
  },
  'proof.create': (ctx, { pillarId, text }) => {
    const pillar = pillarRow(ctx, pillarId, 'pillarId');
    const sortKey = keyAfter(liveProofRows(ctx, pillarId).at(-1)?.sortKey ?? null);
    const id = ctx.write('add proof point', (w) => {
      w.touch(strategies, pillar.strategyId);
      return w.insert(houseMessages, { strategyId: pillar.strategyId, kind: 'proof', parentId: pillarId, text, sortKey });
    });
    return findHouseMessage(ctx, id);
  },
  'houseMessage.update': (ctx, { id, text }) => {
    const row = houseMessageRow(ctx, id);
    ctx.write(`edit ${HOUSE_KIND_NAMES[houseKind(row)]}`, (w) => {
      w.update(houseMessages, id, { text });
      w.touch(strategies, row.strategyId);
    });
    return findHouseMessage(ctx, id);
  },
  'houseMessage.move': (ctx, { id, to }) => {
    const row = houseMessageRow(ctx, id);
    const kind = houseKind(row);
    if (kind === 'core') return toHouseMessage(row); // the one core message has nowhere to go
    if (kind === 'pillar') {
      const siblings = houseRowsOfKind(ctx, row.strategyId, 'pillar').filter((p) => p.id !== id);
      const sortKey = keyBetween(siblings, to.afterId, to.beforeId);
      ctx.write('move pillar', (w) => w.update(houseMessages, id, { sortKey }));
      return findHouseMessage(ctx, id);
    }
    const { parentId, sortKey } = proofPlacement(ctx, row, to.afterId ?? null, to.beforeId ?? null);
    ctx.write('move proof point', (w) => w.update(houseMessages, id, { parentId, sortKey }));
    return findHouseMessage(ctx, id);
  },
  'houseMessage.remove': (ctx, { id }) => {
    const row = houseMessageRow(ctx, id);
    const kind = houseKind(row);
    // A pillar takes its proof points with it, in the same undo step.
    const proofs = kind === 'pillar' ? liveProofRows(ctx, id) : [];
    ctx.write(`remove ${HOUSE_KIND_NAMES[kind]}`, (w) => {
      for (const proof of proofs) w.tombstone(houseMessages, proof.id);
      w.tombstone(houseMessages, id);
      w.touch(strategies, row.strategyId);
    });
    return { id };
  },
};

function pillarRow(ctx: Context, id: string, path: string): HouseMessageRow {
  const row = houseMessageRow(ctx, id);
  if (houseKind(row) !== 'pillar') throw invalid(path, 'Proof points go under a pillar of the message house');
  return row;
}

/**
 * Where a moved proof point goes. Its neighbours decide its pillar, so one drag can carry it under
 * another pillar: next to that pillar's proof points, or right after the pillar itself (first under it).
 */
function proofPlacement(ctx: Context, proof: HouseMessageRow, afterId: string | null, beforeId: string | null) {
  const after = afterId ? houseMessageRow(ctx, afterId) : null;
  const before = beforeId ? houseMessageRow(ctx, beforeId) : null;
  for (const neighbour of [after, before]) {
    if (neighbour && neighbour.strategyId !== proof.strategyId) throw invalid('to', 'A proof point stays in its own strategy’s message house');
  }
  if (after && houseKind(after) === 'pillar') {
    const siblings = liveProofRows(ctx, after.id).filter((p) => p.id !== proof.id);
    return { parentId: after.id, sortKey: keyBetween(siblings) };
  }
  const neighbour = after ?? before;
  if (neighbour && houseKind(neighbour) !== 'proof') throw invalid('to', 'A proof point goes next to another proof point, or right after a pillar');
  const parentId = neighbour?.parentId ?? proof.parentId;
  if (!parentId) throw invalid('to', 'A proof point goes under a pillar');
  pillarRow(ctx, parentId, 'to');
  // keyBetween refuses a second neighbour that is not under the same pillar.
  const siblings = liveProofRows(ctx, parentId).filter((p) => p.id !== proof.id);
  return { parentId, sortKey: keyBetween(siblings, afterId, beforeId) };
}
