import type { StrategyDetail } from '../../../shared/domain';
import { mutate } from '../../api';
import { AddItemForm } from '../../ui/AddItemForm';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useFocusAfterMove } from '../../ui/ReorderButtons';
import { ObjectiveCard } from './ObjectiveCard';
import './objectives.css';

export function ObjectivesPage({ strategy }: { strategy: StrategyDetail }) {
  const { objectives } = strategy;
  const rememberMove = useFocusAfterMove(objectives.map((o) => o.id).join());
  return (
    <div className="page">
      <PageHeader
        title="Objectives & KPIs"
        lede="What this strategy sets out to achieve, and the indicators that show progress towards each objective."
      />
      {objectives.length === 0 ? (
        <EmptyState title="No objectives yet" icon="info">
          <p>Add the first objective below. Each objective can carry its own KPIs with a baseline, target and due date.</p>
        </EmptyState>
      ) : (
        <ol className="objective-list">
          {objectives.map((objective, index) => (
            <ObjectiveCard
              key={objective.id}
              objective={objective}
              index={index}
              all={objectives}
              onBeforeMove={rememberMove}
            />
          ))}
        </ol>
      )}
      <div className="list-footer">
        <AddItemForm
          openLabel="Add objective"
          fieldLabel="Objective"
          placeholder="What should this strategy achieve?"
          onSubmit={async (title) => {
            await mutate('objective.create', { strategyId: strategy.id, title });
          }}
        />
      </div>
    </div>
  );
}
