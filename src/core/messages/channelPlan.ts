// The channel plan: audiences by platforms, which key messages go where, and the gaps a planner
// must close (high-priority audiences nobody has a message or a channel for yet).
import type { Audience, AudienceMessage, ChannelPlan, ChannelPlanCell, ChannelPlanGap } from '../../shared/audiences';
import type { messageCalls } from '../../shared/contract/messages';
import { listAudiences } from '../audiences/queries';
import type { FeatureHandlers } from '../context';
import { listPlatforms } from '../platforms/queries';
import { findStrategy } from '../strategy/rows';
import { listAudienceMessages } from './queries';

type PlanPlatform = ChannelPlan['platforms'][number];

export const channelPlanHandlers: FeatureHandlers<Pick<typeof messageCalls, 'channelPlan.get'>> = {
  'channelPlan.get': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    const platforms = listPlatforms(ctx, strategyId).map(({ id, name, kind }) => ({ id, name, kind }));
    const audiences = listAudiences(ctx, strategyId);
    const messages = listAudienceMessages(ctx, strategyId, audiences.map((a) => a.id));
    return buildChannelPlan(audiences, platforms, messages);
  },
};

/**
 * Pure: the plan from live audiences, platforms and messages (all already in display order).
 * A cell exists where the audience uses the platform or one of its messages is planned there; its
 * messages are those planned on that platform, even where the audience is not (see ChannelPlanCell).
 */
export function buildChannelPlan(audiences: Audience[], platforms: PlanPlatform[], messages: AudienceMessage[]): ChannelPlan {
  const byAudience = new Map<string, AudienceMessage[]>();
  for (const message of messages) {
    const list = byAudience.get(message.audienceId) ?? [];
    list.push(message);
    byAudience.set(message.audienceId, list);
  }
  const cells: ChannelPlanCell[] = [];
  const gaps: ChannelPlanGap[] = [];
  const coverage = { audiences: audiences.length, highPriority: 0, withoutMessage: 0, withoutPlatform: 0 };
  for (const audience of audiences) {
    const own = byAudience.get(audience.id) ?? [];
    const uses = new Set(audience.platformIds);
    let reachable = false;
    for (const platform of platforms) {
      const messageIds = own.filter((m) => m.platformIds.includes(platform.id)).map((m) => m.id);
      if (uses.has(platform.id) || messageIds.length > 0) {
        cells.push({ audienceId: audience.id, platformId: platform.id, messageIds });
        reachable = true;
      }
    }
    if (own.length === 0) coverage.withoutMessage++;
    if (!reachable) coverage.withoutPlatform++;
    if (audience.priority !== 'high') continue;
    coverage.highPriority++;
    if (own.length === 0) {
      gaps.push({ audienceId: audience.id, reason: 'no_message', message: `${audience.name} is a high-priority audience with no key message yet` });
    }
    if (!reachable) {
      gaps.push({
        audienceId: audience.id,
        reason: 'no_platform',
        message: `${audience.name} is a high-priority audience with no platform to reach them on yet`,
      });
    }
  }
  return { audiences, platforms, messages, cells, gaps, coverage };
}
