import { useState } from 'react';
import { OBJECTIVE_KINDS, OBJECTIVE_KIND_LABELS, type Objective } from '../../../shared/domain';
import { mutate, useMutation } from '../../api';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import { IconButton } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errorText';
import { InlineTextField } from '../../ui/InlineTextField';
import { ReorderButtons, placementFor } from '../../ui/ReorderButtons';
import { SelectField, optionsFrom } from '../../ui/SelectField';
import { useToast } from '../../ui/Toast';
import { KpiTable } from './KpiTable';

const kindOptions = optionsFrom(OBJECTIVE_KINDS, OBJECTIVE_KIND_LABELS);

export interface ObjectiveCardProps {
  objective: Objective;
  index: number;
  all: Objective[];
  onBeforeMove: (id: string, direction: 'up' | 'down') => void;
}

export function ObjectiveCard({ objective, index, all, onBeforeMove }: ObjectiveCardProps) {
  const { mutate: update } = useMutation('objective.update');
  const [confirming, setConfirming] = useState(false);
  const { notify } = useToast();
  const offerUndo = useUndoableRemoval();
  const number = index + 1;
  const name = `objective ${number}`;
  const headingId = `objective-${objective.id}`;

  async function move(direction: 'up' | 'down') {
    onBeforeMove(objective.id, direction);
    try {
      await mutate('objective.move', { id: objective.id, to: placementFor(all, index, direction) });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <li className="objective panel" data-item-id={objective.id} aria-labelledby={headingId}>
      <div className="objective-head">
        <h2 id={headingId} className="objective-number">
          Objective {number}
          <span className="sr-only">: {objective.title}</span>
        </h2>
        <div className="objective-tools">
          <ReorderButtons name={name} index={index} count={all.length} onMove={(d) => void move(d)} />
          <IconButton icon="trash" variant="danger" label={`Remove ${name}`} onClick={() => setConfirming(true)} />
        </div>
      </div>
      <InlineTextField
        label={`Title of ${name}`}
        hideLabel
        appearance="heading"
        wrap
        value={objective.title}
        onSave={async (title) => (await update({ id: objective.id, patch: { title } })).title}
      />
      <div className="objective-fields">
        <SelectField
          label="Kind"
          context={`of ${name}`}
          value={objective.kind}
          options={kindOptions}
          onSave={async (kind) => (await update({ id: objective.id, patch: { kind } })).kind}
        />
        <InlineTextField
          label="Description"
          context={`of ${name}`}
          multiline
          value={objective.description}
          draftKey={`objective:${objective.id}:description`}
          placeholder="Why this matters and how the mission will pursue it"
          onSave={async (description) => (await update({ id: objective.id, patch: { description } })).description}
        />
      </div>
      <KpiTable objective={objective} objectiveName={name} />
      <ConfirmDialog
        open={confirming}
        title={`Remove ${name}?`}
        message={
          <p>
            “{objective.title}”
            {objective.kpis.length > 0
              ? ` and its ${objective.kpis.length === 1 ? 'KPI' : `${objective.kpis.length} KPIs`} will be removed.`
              : ' will be removed.'}{' '}
            You can bring it back with Undo.
          </p>
        }
        confirmLabel="Remove objective"
        danger
        onConfirm={async () => {
          await mutate('objective.remove', { id: objective.id });
          offerUndo(`Objective ${number} removed`, 'remove objective');
        }}
        onClose={() => setConfirming(false)}
      />
    </li>
  );
}
