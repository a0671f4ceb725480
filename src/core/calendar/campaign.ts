// campaign.* calls: named date ranges shown as bands on the calendar.
import { and, eq, isNull } from 'drizzle-orm';
import type { calendarCalls } from '../../shared/contract/calendar';
import { invalid } from '../audiences/rules';
import type { Context, FeatureHandlers } from '../context';
import { campaigns, contentItems, objectives, strategies } from '../db/schema';
import { findStrategy } from '../strategy/rows';
import { toCampaign } from './rows';
import { campaignRow, listCampaigns } from './queries';

type CampaignCalls = Pick<typeof calendarCalls, 'campaign.list' | 'campaign.create' | 'campaign.update' | 'campaign.remove'>;

export const DEFAULT_CAMPAIGN_COLOUR = '#3b6ea5';

function checkCampaign(ctx: Context, strategyId: string, startDate: string, endDate: string, objectiveId: string | null | undefined): void {
  if (endDate < startDate) throw invalid('endDate', 'The campaign ends before it starts; choose an end date on or after the start');
  if (objectiveId) {
    const objective = ctx.db
      .select({ id: objectives.id })
      .from(objectives)
      .where(and(eq(objectives.id, objectiveId), eq(objectives.strategyId, strategyId), isNull(objectives.deletedAt)))
      .get();
    if (!objective) throw invalid('objectiveId', 'That objective is not in this strategy (it may have been removed)');
  }
}

export const campaignHandlers: FeatureHandlers<CampaignCalls> = {
  'campaign.list': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    return listCampaigns(ctx, strategyId);
  },
  'campaign.create': (ctx, { strategyId, name, colour, startDate, endDate, objectiveId }) => {
    findStrategy(ctx, strategyId);
    checkCampaign(ctx, strategyId, startDate, endDate, objectiveId);
    const id = ctx.write(`add campaign "${name}"`, (w) => {
      w.touch(strategies, strategyId);
      return w.insert(campaigns, { strategyId, name, colour: (colour ?? DEFAULT_CAMPAIGN_COLOUR).toLowerCase(), startDate, endDate, objectiveId: objectiveId ?? null });
    });
    return toCampaign(campaignRow(ctx, id));
  },
  'campaign.update': (ctx, { id, patch }) => {
    const row = campaignRow(ctx, id);
    checkCampaign(ctx, row.strategyId, patch.startDate ?? row.startDate, patch.endDate ?? row.endDate, patch.objectiveId);
    ctx.write(`edit campaign "${patch.name ?? row.name}"`, (w) => {
      w.update(campaigns, id, { ...patch, colour: patch.colour?.toLowerCase() });
      w.touch(strategies, row.strategyId);
    });
    return toCampaign(campaignRow(ctx, id));
  },
  'campaign.remove': (ctx, { id }) => {
    const row = campaignRow(ctx, id);
    // Its posts stay on the calendar, no longer in a campaign (in the same undo step).
    const posts = ctx.db
      .select({ id: contentItems.id })
      .from(contentItems)
      .where(and(eq(contentItems.campaignId, id), isNull(contentItems.deletedAt)))
      .all();
    ctx.write(`remove campaign "${row.name}"`, (w) => {
      for (const post of posts) w.update(contentItems, post.id, { campaignId: null });
      w.tombstone(campaigns, id);
      w.touch(strategies, row.strategyId);
    });
    return { id };
  },
};
