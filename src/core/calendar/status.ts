// contentItem.setStatus: the workflow idea -> draft -> in review -> approved -> scheduled -> published.
import { checkTransition, ITEM_STATUS_LABELS } from '../../shared/calendar';
import type { calendarCalls } from '../../shared/contract/calendar';
import { invalid } from '../audiences/rules';
import type { FeatureHandlers } from '../context';
import { contentItems, strategies } from '../db/schema';
import { approvalDigest } from './approval';
import { findItem } from './queries';
import { overLimitNames } from './rules';
import { itemSaved } from './warnings';

export const statusHandlers: FeatureHandlers<Pick<typeof calendarCalls, 'contentItem.setStatus'>> = {
  'contentItem.setStatus': (ctx, { id, status, approver, override }) => {
    const item = findItem(ctx, id);
    const check = checkTransition(item.status, status, {
      hasSchedule: item.scheduledAt !== null,
      override,
      approver,
      overLimit: status === 'approved' || status === 'scheduled' ? overLimitNames(ctx, item) : [],
    });
    if (!check.ok) throw invalid('status', check.message);
    if (status === item.status) return itemSaved(ctx, id);
    const verb =
      status === 'approved' && item.status !== 'scheduled'
        ? 'approve'
        : status === 'scheduled'
          ? check.overridden
            ? 'schedule unapproved'
            : 'schedule'
          : `mark ${ITEM_STATUS_LABELS[status].toLowerCase()}`;
    ctx.write(`${verb} post "${item.title}"`, (w) => {
      const approving = status === 'approved' && item.status !== 'scheduled';
      w.update(contentItems, id, {
        status,
        // Approving records who and when; leaving the approved statuses clears it.
        approvedBy: approving ? approver!.trim() : check.keepsApproval ? undefined : null,
        approvedAt: approving ? w.now : check.keepsApproval ? undefined : null,
        approvedDigest: approving ? approvalDigest(item) : check.keepsApproval ? undefined : null,
        // A planner's own move settles why it was back in review.
        reviewReason: '',
      });
      w.touch(strategies, item.strategyId);
    });
    return itemSaved(ctx, id);
  },
};
