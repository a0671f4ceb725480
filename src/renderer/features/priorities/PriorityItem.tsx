import type { Priority } from '../../../shared/domain';
import { mutate, useMutation } from '../../api';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';
import { IconButton } from '../../ui/Button';
import { errorText } from '../../ui/errorText';
import { keepFocusWhenRemoved } from '../../ui/focusFallback';
import { InlineTextField } from '../../ui/InlineTextField';
import { ReorderButtons, placementFor } from '../../ui/ReorderButtons';
import { useToast } from '../../ui/Toast';

export interface PriorityItemProps {
  priority: Priority;
  index: number;
  all: Priority[];
  onBeforeMove: (id: string, direction: 'up' | 'down') => void;
}

export function PriorityItem({ priority, index, all, onBeforeMove }: PriorityItemProps) {
  const { mutate: update } = useMutation('priority.update');
  const { notify } = useToast();
  const offerUndo = useUndoableRemoval();
  const number = index + 1;
  const name = `priority ${number}`;
  const headingId = `priority-${priority.id}`;

  async function move(direction: 'up' | 'down') {
    onBeforeMove(priority.id, direction);
    try {
      await mutate('priority.move', { id: priority.id, to: placementFor(all, index, direction) });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  async function remove() {
    keepFocusWhenRemoved();
    try {
      await mutate('priority.remove', { id: priority.id });
      offerUndo(`Priority ${number} removed`, 'remove priority');
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <li className="priority panel" data-item-id={priority.id} aria-labelledby={headingId}>
      <span className="priority-rank" aria-hidden="true">
        {number}
      </span>
      <div className="priority-body">
        <h2 id={headingId} className="sr-only">
          Priority {number}: {priority.title}
        </h2>
        <InlineTextField
          label={`Title of ${name}`}
          hideLabel
          appearance="heading"
          wrap
          value={priority.title}
          onSave={async (title) => (await update({ id: priority.id, patch: { title } })).title}
        />
        <InlineTextField
          label={`Description of ${name}`}
          hideLabel
          multiline
          value={priority.description}
          placeholder="What this involves and what done looks like"
          onSave={async (description) => (await update({ id: priority.id, patch: { description } })).description}
        />
      </div>
      <div className="priority-tools">
        <ReorderButtons name={name} index={index} count={all.length} onMove={(d) => void move(d)} />
        <IconButton icon="trash" variant="danger" label={`Remove ${name}`} onClick={() => void remove()} />
      </div>
    </li>
  );
}
