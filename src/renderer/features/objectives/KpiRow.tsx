import type { Kpi } from '../../../shared/domain';
import { kpiProgress } from '../../../shared/progress';
import { mutate, useMutation } from '../../api';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import { IconButton } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { errorText } from '../../ui/errorText';
import { keepFocusWhenRemoved } from '../../ui/focusFallback';
import { InlineNumberField } from '../../ui/InlineNumberField';
import { InlineTextField } from '../../ui/InlineTextField';
import { ProgressBar } from '../../ui/ProgressBar';
import { useToast } from '../../ui/Toast';

type NumberKey = 'baseline' | 'target' | 'actual';
const NUMBER_FIELDS: { key: NumberKey; label: string }[] = [
  { key: 'baseline', label: 'Baseline' },
  { key: 'target', label: 'Target' },
  { key: 'actual', label: 'Actual' },
];

/** `number` and `objectiveName` tell this row's fields apart from the same fields of every other KPI on the screen. */
export function KpiRow({ kpi, number, objectiveName }: { kpi: Kpi; number: number; objectiveName: string }) {
  const { mutate: update } = useMutation('kpi.update');
  const { notify } = useToast();
  const offerUndo = useUndoableRemoval();
  const about = kpi.metric || `KPI ${number}`;
  const within = `of ${objectiveName}`;

  async function remove() {
    keepFocusWhenRemoved();
    try {
      await mutate('kpi.remove', { id: kpi.id });
      offerUndo(`KPI “${kpi.metric}” removed`, 'remove KPI');
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <tr>
      <td>
        <InlineTextField
          label="Metric"
          context={`of KPI ${number} ${within}`}
          hideLabel
          wrap
          value={kpi.metric}
          onSave={async (metric) => (await update({ id: kpi.id, patch: { metric } })).metric}
        />
      </td>
      {NUMBER_FIELDS.map(({ key, label }) => (
        <td key={key} className="num">
          <InlineNumberField
            label={`${label} for ${about}`}
            subject={label}
            context={within}
            hideLabel
            placeholder="–"
            value={kpi[key]}
            onSave={async (value) => (await update({ id: kpi.id, patch: { [key]: value } }))[key]}
          />
        </td>
      ))}
      <td>
        <InlineTextField
          label={`Unit for ${about}`}
          context={within}
          hideLabel
          value={kpi.unit}
          onSave={async (unit) => (await update({ id: kpi.id, patch: { unit } })).unit}
        />
      </td>
      <td>
        <DateField
          label={`Due date for ${about}`}
          context={within}
          hideLabel
          value={kpi.dueDate}
          onSave={async (dueDate) => (await update({ id: kpi.id, patch: { dueDate } })).dueDate}
        />
      </td>
      <td>
        <ProgressBar value={kpiProgress(kpi)} label={`Progress of ${about}`} size="small" unknownText="No target" />
      </td>
      <td className="actions">
        <IconButton icon="trash" variant="danger" label={`Remove KPI ${about}`} onClick={() => void remove()} />
      </td>
    </tr>
  );
}
