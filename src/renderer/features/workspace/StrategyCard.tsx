import type { StrategySummary } from '../../../shared/domain';
import { navigate } from '../../app/routes';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { RelativeTime } from '../../ui/RelativeTime';
import { StrategyStatusBadge } from './statusBadge';

export interface StrategyCardActions {
  onRename: (strategy: StrategySummary) => void;
  onDuplicate: (strategy: StrategySummary) => void;
  onArchive: (strategy: StrategySummary) => void;
  onRestore: (strategy: StrategySummary) => void;
}

function count(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export function StrategyCard({ strategy, actions }: { strategy: StrategySummary; actions: StrategyCardActions }) {
  const archived = strategy.status === 'archived';
  const headingId = `strategy-${strategy.id}`;
  return (
    <li className={`strategy-card${archived ? ' strategy-card-archived' : ''}`} aria-labelledby={headingId}>
      <div className="strategy-card-main">
        <div className="strategy-card-title-row">
          <h2 id={headingId} className="strategy-card-title">
            {strategy.title}
          </h2>
          <StrategyStatusBadge status={strategy.status} />
        </div>
        <p className="strategy-card-meta">
          <span className="strategy-card-year">{strategy.year}</span>
          <span aria-hidden="true">·</span>
          {strategy.mission ? <span>{strategy.mission}</span> : <span className="muted">No mission or unit set</span>}
        </p>
        <p className="strategy-card-counts muted">
          {count(strategy.objectiveCount, 'objective', 'objectives')} · {count(strategy.kpiCount, 'KPI', 'KPIs')} ·{' '}
          {count(strategy.platformCount, 'platform', 'platforms')} · Updated <RelativeTime iso={strategy.updatedAt} />
        </p>
      </div>
      <div className="strategy-card-progress">
        <span className="strategy-card-progress-label">KPI progress</span>
        <ProgressBar value={strategy.progress} label={`KPI progress of ${strategy.title}`} unknownText="No targets yet" />
      </div>
      <div className="strategy-card-actions">
        <Button
          variant="primary"
          size="small"
          aria-label={`Open ${strategy.title}`}
          onClick={() => navigate({ view: 'strategy', strategyId: strategy.id, place: 'overview' })}
        >
          Open
        </Button>
        <Button variant="quiet" size="small" icon="pencil" aria-label={`Rename ${strategy.title}`} onClick={() => actions.onRename(strategy)}>
          Rename
        </Button>
        <Button variant="quiet" size="small" icon="copy" aria-label={`Duplicate ${strategy.title}`} onClick={() => actions.onDuplicate(strategy)}>
          Duplicate
        </Button>
        {archived ? (
          <Button variant="quiet" size="small" icon="restore" aria-label={`Restore ${strategy.title}`} onClick={() => actions.onRestore(strategy)}>
            Restore
          </Button>
        ) : (
          <Button variant="quiet" size="small" icon="archive" aria-label={`Archive ${strategy.title}`} onClick={() => actions.onArchive(strategy)}>
            Archive
          </Button>
        )}
      </div>
    </li>
  );
}
