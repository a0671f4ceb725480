// contentItem.get/backlog/create/update/remove: the posts on the calendar and in the backlog.
import type { calendarCalls } from '../../shared/contract/calendar';
import { formatRule, instantToLocal, localToInstant } from '../../shared/calendarTime';
import { calendarItemOf, type Recurrence } from '../../shared/calendar';
import type { FeatureHandlers } from '../context';
import { contentItems, strategies } from '../db/schema';
import { findStrategy } from '../strategy/rows';
import { recheckApproval } from './approval';
import { backlog, findItem, itemRow, toContentItems } from './queries';
import { checkItemRefs, tidyLists } from './rules';
import { platformKinds, writeVariants } from './variants';
import { itemSaved } from './warnings';

type ItemCalls = Pick<typeof calendarCalls, 'contentItem.get' | 'contentItem.backlog' | 'contentItem.create' | 'contentItem.update' | 'contentItem.remove'>;

export function recurrenceColumns(recurrence: Recurrence | null | undefined) {
  if (recurrence === undefined) return {};
  if (recurrence === null) return { recurrenceRule: null, recurrenceExceptions: '[]' };
  return { recurrenceRule: formatRule(recurrence), recurrenceExceptions: JSON.stringify([...new Set(recurrence.exceptions)].sort()) };
}

const json = <T>(value: T | undefined) => (value === undefined ? undefined : JSON.stringify(value));

export const itemHandlers: FeatureHandlers<ItemCalls> = {
  'contentItem.get': (ctx, { id }) => findItem(ctx, id),
  'contentItem.backlog': (ctx, { strategyId }) => {
    findStrategy(ctx, strategyId);
    const kinds = platformKinds(ctx);
    return backlog(ctx, strategyId).map((item) => calendarItemOf(item, kinds));
  },
  'contentItem.create': (ctx, input) => {
    findStrategy(ctx, input.strategyId);
    const { strategyId, schedule, recurrence, status, ...fields } = tidyLists(input);
    const refs = checkItemRefs(ctx, strategyId, fields);
    const scheduledAt = schedule ? localToInstant(schedule.date, schedule.time, schedule.timeZone) : null;
    const id = ctx.write(`add post "${input.title}"`, (w) => {
      w.touch(strategies, strategyId);
      const itemId = w.insert(contentItems, {
        strategyId,
        title: fields.title,
        language: fields.language,
        audienceIds: json(refs.audienceIds),
        keyMessageId: fields.keyMessageId,
        objectiveId: fields.objectiveId,
        campaignId: fields.campaignId,
        assignee: fields.assignee,
        tags: json(fields.tags),
        links: json(fields.links),
        hashtags: json(fields.hashtags),
        notes: fields.notes,
        mediaIds: json(fields.mediaIds && [...new Set(fields.mediaIds)]),
        status: status ?? 'idea',
        scheduledAt,
        timeZone: schedule?.timeZone ?? fields.timeZone ?? 'UTC',
        ...recurrenceColumns(recurrence),
      });
      if (refs.variants) writeVariants(ctx, w, { id: itemId, strategyId }, refs.variants);
      return itemId;
    });
    return itemSaved(ctx, id);
  },
  'contentItem.update': (ctx, { id, patch }) => {
    const row = itemRow(ctx, id);
    const before = toContentItems(ctx, [row])[0]!;
    const fields = tidyLists(patch);
    const refs = checkItemRefs(ctx, row.strategyId, fields);
    // A new zone keeps the post's wall-clock time: 09:00 in Nairobi becomes 09:00 in Paris.
    let scheduledAt: string | undefined;
    if (fields.timeZone && row.scheduledAt && fields.timeZone !== row.timeZone) {
      const local = instantToLocal(row.scheduledAt, row.timeZone);
      scheduledAt = localToInstant(local.date, local.time, fields.timeZone);
    }
    ctx.write(`edit post "${fields.title ?? row.title}"`, (w) => {
      w.update(contentItems, id, {
        title: fields.title,
        language: fields.language,
        audienceIds: json(refs.audienceIds),
        keyMessageId: fields.keyMessageId,
        objectiveId: fields.objectiveId,
        campaignId: fields.campaignId,
        assignee: fields.assignee,
        tags: json(fields.tags),
        links: json(fields.links),
        hashtags: json(fields.hashtags),
        notes: fields.notes,
        mediaIds: json(fields.mediaIds && [...new Set(fields.mediaIds)]),
        timeZone: fields.timeZone,
        scheduledAt,
        ...recurrenceColumns(fields.recurrence),
      });
      if (refs.variants) {
        writeVariants(ctx, w, row, refs.variants);
        w.touch(contentItems, id);
      }
      recheckApproval(ctx, w, id, before);
      w.touch(strategies, row.strategyId);
    });
    return itemSaved(ctx, id);
  },
  'contentItem.remove': (ctx, { id }) => {
    const row = itemRow(ctx, id);
    ctx.write(`remove post "${row.title}"`, (w) => {
      w.tombstone(contentItems, id);
      w.touch(strategies, row.strategyId);
    });
    return { id };
  },
};
