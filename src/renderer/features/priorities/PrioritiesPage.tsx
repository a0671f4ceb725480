import type { StrategyDetail } from '../../../shared/domain';
import { mutate } from '../../api';
import { AddItemForm } from '../../ui/AddItemForm';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFocusAfterMove } from '../../ui/ReorderButtons';
import { PriorityItem } from './PriorityItem';
import './priorities.css';

export function PrioritiesPage({ strategy }: { strategy: StrategyDetail }) {
  const { priorities } = strategy;
  const rememberMove = useFocusAfterMove(priorities.map((p) => p.id).join());
  return (
    <div className="page">
      <PageHeader
        title="Priorities"
        lede="The lines of work the team commits to this year, in order of importance."
      />
      {priorities.length === 0 ? (
        <EmptyState title="No priorities yet" icon="info">
          <p>Add the first priority below, then order them with the up and down buttons.</p>
        </EmptyState>
      ) : (
        <ol className="priority-list">
          {priorities.map((priority, index) => (
            <PriorityItem key={priority.id} priority={priority} index={index} all={priorities} onBeforeMove={rememberMove} />
          ))}
        </ol>
      )}
      <div className="list-footer">
        <AddItemForm
          openLabel="Add priority"
          fieldLabel="Priority"
          placeholder="A line of work for this year"
          onSubmit={async (title) => {
            await mutate('priority.create', { strategyId: strategy.id, title });
          }}
        />
      </div>
    </div>
  );
}
