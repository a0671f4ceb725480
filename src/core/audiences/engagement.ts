// engagement.* calls: the dated log of contacts with an audience.
import { ENGAGEMENT_KIND_LABELS } from '../../shared/audiences';
import type { audienceCalls } from '../../shared/contract/audiences';
import type { FeatureHandlers } from '../context';
import { engagements, strategies } from '../db/schema';
import { audienceRow, findEngagement } from './queries';

type EngagementCalls = Pick<typeof audienceCalls, 'engagement.create' | 'engagement.update' | 'engagement.remove'>;

export const engagementHandlers: FeatureHandlers<EngagementCalls> = {
  'engagement.create': (ctx, { audienceId, date, kind, summary, outcome }) => {
    const audience = audienceRow(ctx, audienceId);
    const id = ctx.write(`log ${ENGAGEMENT_KIND_LABELS[kind].toLowerCase()} with ${audience.name}`, (w) => {
      w.touch(strategies, audience.strategyId);
      // strategy_id is copied so the row can be scoped (search, latest contact) even if it reaches
      // another laptop before its audience does.
      return w.insert(engagements, { strategyId: audience.strategyId, audienceId, date, kind, summary: summary.trim(), outcome: outcome ?? '' });
    });
    return findEngagement(ctx, id);
  },
  'engagement.update': (ctx, { id, patch }) => {
    const engagement = findEngagement(ctx, id);
    const audience = audienceRow(ctx, engagement.audienceId);
    ctx.write(`edit engagement with ${audience.name}`, (w) => {
      w.update(engagements, id, { ...patch, summary: patch.summary?.trim() });
      w.touch(strategies, audience.strategyId);
    });
    return findEngagement(ctx, id);
  },
  'engagement.remove': (ctx, { id }) => {
    const engagement = findEngagement(ctx, id);
    const audience = audienceRow(ctx, engagement.audienceId);
    ctx.write(`remove engagement with ${audience.name}`, (w) => {
      w.tombstone(engagements, id);
      w.touch(strategies, audience.strategyId);
    });
    return { id };
  },
};
