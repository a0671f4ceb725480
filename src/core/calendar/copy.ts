// A new item made from an existing one: what it says and serves, and its platform texts. Shared by
// contentItem.moveOccurrence (a detached occurrence) and contentItem.duplicate (a copy to reuse).
import type { PlatformVariant } from '../../shared/calendar';
import { contentItems } from '../db/schema';
import type { Writer } from '../db/writePath';
import type { ContentItemRow } from './rows';
import { putVariants } from './variants';

/** Where the copy sits and where it is in the workflow: each caller decides these. */
export interface CopyPlacement {
  status: ContentItemRow['status'];
  approvedBy: string | null;
  approvedAt: string | null;
  approvedDigest: string | null;
  scheduledAt: string | null;
  timeZone: string;
}

/**
 * Inserts a one-off copy of `row` (never a series: recurrence is the original's alone) with the
 * given texts, and answers its id. The caller touches the strategy and labels the write.
 */
export function insertCopy(w: Writer, row: ContentItemRow, variants: readonly PlatformVariant[], placement: CopyPlacement): string {
  const id = w.insert(contentItems, {
    strategyId: row.strategyId,
    title: row.title,
    language: row.language,
    audienceIds: row.audienceIds,
    keyMessageId: row.keyMessageId,
    objectiveId: row.objectiveId,
    campaignId: row.campaignId,
    assignee: row.assignee,
    tags: row.tags,
    links: row.links,
    hashtags: row.hashtags,
    notes: row.notes,
    mediaIds: row.mediaIds,
    status: placement.status,
    approvedBy: placement.approvedBy,
    approvedAt: placement.approvedAt,
    approvedDigest: placement.approvedDigest,
    scheduledAt: placement.scheduledAt,
    timeZone: placement.timeZone,
    recurrenceRule: null,
    recurrenceExceptions: '[]',
  });
  putVariants(w, { id, strategyId: row.strategyId }, variants);
  return id;
}
