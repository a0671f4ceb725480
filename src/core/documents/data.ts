// Gathers everything the brief prints, through the features' own queries.
import { listAudiences } from '../audiences/queries';
import type { Context } from '../context';
import { buildChannelPlan } from '../messages/channelPlan';
import { getMessageHouse, listAudienceMessages } from '../messages/queries';
import { getStrategyDetail } from '../strategy/queries';
import { loadBriefCalendar } from './calendarData';
import type { BriefData } from './render';

export function loadBriefData(ctx: Context, strategyId: string): BriefData {
  const strategy = getStrategyDetail(ctx, strategyId);
  const audiences = listAudiences(ctx, strategyId);
  const messages = listAudienceMessages(ctx, strategyId, audiences.map((a) => a.id));
  const platforms = strategy.platforms.map(({ id, name, kind }) => ({ id, name, kind }));
  return {
    strategy,
    audiences,
    house: getMessageHouse(ctx, strategyId),
    plan: buildChannelPlan(audiences, platforms, messages),
    calendar: loadBriefCalendar(ctx, strategy),
  };
}
