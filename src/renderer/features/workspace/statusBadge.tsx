import { STRATEGY_STATUS_LABELS, type StrategyStatus } from '../../../shared/domain';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONES: Record<StrategyStatus, BadgeTone> = {
  draft: 'neutral',
  in_review: 'warning',
  approved: 'success',
  archived: 'muted',
};

export function StrategyStatusBadge({ status }: { status: StrategyStatus }) {
  return <Badge tone={TONES[status]}>{STRATEGY_STATUS_LABELS[status]}</Badge>;
}
