import { useId, useState } from 'react';
import type { StrategySummary } from '../../../shared/domain';
import { mutate, useCall } from '../../api';
import { navigate } from '../../app/routes';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { errorText } from '../../ui/errorText';
import { PageHeader } from '../../ui/PageHeader';
import { useToast } from '../../ui/Toast';
import { NewStrategyDialog } from './NewStrategyDialog';
import { RenameStrategyDialog } from './RenameStrategyDialog';
import { StrategyCard } from './StrategyCard';
import { WelcomeScreen } from './WelcomeScreen';
import './workspace.css';

/** Home: every strategy on this computer, or a welcome when there is none yet. */
export function WorkspacePage() {
  const { data: strategies, error, refetch } = useCall('strategy.list', { includeArchived: true });
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState<{ fromTemplate: boolean } | null>(null);
  const [renaming, setRenaming] = useState<StrategySummary | null>(null);
  const [archiving, setArchiving] = useState<StrategySummary | null>(null);
  const { notify } = useToast();
  const toggleId = useId();

  const dialogs = (
    <>
      <NewStrategyDialog open={creating !== null} fromTemplate={creating?.fromTemplate ?? true} onClose={() => setCreating(null)} />
      <RenameStrategyDialog strategy={renaming} onClose={() => setRenaming(null)} />
      <ConfirmDialog
        open={archiving !== null}
        title="Archive this strategy?"
        message={
          <>
            <p>
              “{archiving?.title}” will leave the list of current strategies. Nothing is deleted: show archived strategies to
              open or restore it at any time.
            </p>
          </>
        }
        confirmLabel="Archive strategy"
        onConfirm={async () => {
          if (!archiving) return;
          const done = await mutate('strategy.archive', { id: archiving.id });
          notify({ kind: 'success', message: `“${done.title}” was archived` });
        }}
        onClose={() => setArchiving(null)}
      />
    </>
  );

  if (!strategies) {
    return (
      <div className="page">
        {error ? (
          <>
            <h1 className="sr-only">Strategies</h1>
            <EmptyState
              title={error.code === 'unauthorized' ? 'This window is not connected to Chancery' : 'The strategies could not be loaded'}
              icon="alert"
              actions={<Button onClick={refetch}>Try again</Button>}
            >
              <p>{error.message}</p>
            </EmptyState>
          </>
        ) : (
          <p className="loading" role="status">
            Loading strategies…
          </p>
        )}
      </div>
    );
  }

  if (strategies.length === 0) {
    return (
      <>
        <WelcomeScreen onCreate={(fromTemplate) => setCreating({ fromTemplate })} />
        {dialogs}
      </>
    );
  }

  const archivedCount = strategies.filter((s) => s.status === 'archived').length;
  const shown = showArchived ? strategies : strategies.filter((s) => s.status !== 'archived');

  async function duplicate(strategy: StrategySummary) {
    try {
      const copy = await mutate('strategy.duplicate', { id: strategy.id });
      notify({
        kind: 'success',
        message: `Duplicated as “${copy.title}”`,
        action: { label: 'Open', run: () => navigate({ view: 'strategy', strategyId: copy.id, place: 'overview' }) },
      });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  async function restore(strategy: StrategySummary) {
    try {
      await mutate('strategy.update', { id: strategy.id, patch: { status: 'draft' } });
      notify({ kind: 'success', message: `“${strategy.title}” was restored as a draft` });
    } catch (e) {
      notify({ kind: 'error', message: errorText(e) });
    }
  }

  return (
    <div className="page">
      <PageHeader
        title="Strategies"
        lede="Annual digital diplomacy strategies kept on this computer."
        actions={
          <Button variant="primary" icon="plus" onClick={() => setCreating({ fromTemplate: true })}>
            New strategy
          </Button>
        }
      />
      <div className="workspace-toolbar">
        <p className="muted" aria-live="polite">
          {shown.length === 1 ? '1 strategy' : `${shown.length} strategies`}
          {!showArchived && archivedCount > 0 ? ` · ${archivedCount} archived not shown` : ''}
        </p>
        <label className="switch" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
          <span>Show archived</span>
        </label>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No current strategies" icon="archive">
          <p>Every strategy here is archived. Show archived strategies to open or restore one, or start a new strategy.</p>
        </EmptyState>
      ) : (
        <ul className="strategy-list" aria-label="Strategies">
          {shown.map((strategy) => (
            <StrategyCard
              key={strategy.id}
              strategy={strategy}
              actions={{ onRename: setRenaming, onDuplicate: duplicate, onArchive: setArchiving, onRestore: restore }}
            />
          ))}
        </ul>
      )}
      {dialogs}
    </div>
  );
}
