// audienceMessage.* calls: the key messages each audience should hear, and where they go.
import type { messageCalls } from '../../shared/contract/messages';
import { audienceRow } from '../audiences/queries';
import { checkPlatformIds, invalid } from '../audiences/rules';
import type { Context, FeatureHandlers } from '../context';
import { audienceMessages, messageVersions, strategies } from '../db/schema';
import { keyAfter } from '../ordering';
import { findStrategy } from '../strategy/rows';
import { audienceMessageRow, findAudienceMessage, houseMessageRow, lastMessageSortKey, listAudienceMessages, liveVersionRows } from './queries';
import { houseKind } from './rows';

type AudienceMessageCalls = Pick<
  typeof messageCalls,
  'audienceMessage.list' | 'audienceMessage.create' | 'audienceMessage.update' | 'audienceMessage.remove'
>;

export const audienceMessageHandlers: FeatureHandlers<AudienceMessageCalls> = {
  'audienceMessage.list': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    return listAudienceMessages(ctx, strategyId);
  },
  'audienceMessage.create': (ctx, { audienceId, text, pillarId, platformIds }) => {
    const audience = audienceRow(ctx, audienceId);
    const { strategyId } = audience;
    if (pillarId) checkPillar(ctx, strategyId, pillarId);
    const platforms = checkPlatformIds(ctx, strategyId, platformIds ?? []);
    const sortKey = keyAfter(lastMessageSortKey(ctx, audienceId));
    const id = ctx.write(`add key message for ${audience.name}`, (w) => {
      w.touch(strategies, strategyId);
      return w.insert(audienceMessages, { strategyId, audienceId, pillarId: pillarId ?? null, text, platformIds: JSON.stringify(platforms), sortKey });
    });
    return findAudienceMessage(ctx, id);
  },
  'audienceMessage.update': (ctx, { id, patch }) => {
    const row = audienceMessageRow(ctx, id);
    const audience = audienceRow(ctx, row.audienceId);
    if (patch.pillarId) checkPillar(ctx, row.strategyId, patch.pillarId);
    const platforms = patch.platformIds && checkPlatformIds(ctx, row.strategyId, patch.platformIds);
    ctx.write(`edit key message for ${audience.name}`, (w) => {
      w.update(audienceMessages, id, {
        text: patch.text,
        pillarId: patch.pillarId,
        platformIds: platforms && JSON.stringify(platforms),
      });
      w.touch(strategies, row.strategyId);
    });
    return findAudienceMessage(ctx, id);
  },
  'audienceMessage.remove': (ctx, { id }) => {
    const row = audienceMessageRow(ctx, id);
    const audience = audienceRow(ctx, row.audienceId);
    const versions = liveVersionRows(ctx, [id]);
    // The message's language versions go with it, in the same undo step.
    ctx.write(`remove key message for ${audience.name}`, (w) => {
      for (const version of versions) w.tombstone(messageVersions, version.id);
      w.tombstone(audienceMessages, id);
      w.touch(strategies, row.strategyId);
    });
    return { id };
  },
};

/** A key message may serve one live pillar of its own strategy's message house. */
function checkPillar(ctx: Context, strategyId: string, pillarId: string): void {
  let ok = false;
  try {
    const pillar = houseMessageRow(ctx, pillarId);
    ok = houseKind(pillar) === 'pillar' && pillar.strategyId === strategyId;
  } catch {
    ok = false;
  }
  if (!ok) throw invalid('pillarId', 'That pillar is not in this strategy’s message house (it may have been removed)');
}
