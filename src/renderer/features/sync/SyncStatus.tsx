// An honest word on where the data is: on this computer, with team sync not yet set up.
import { useEffect, useId, useRef, useState } from 'react';
import { useCall, useConnected } from '../../api';
import { Icon } from '../../ui/Icon';
import './SyncStatus.css';

function changesText(count: number): string {
  if (count === 0) return 'No changes are waiting to be shared.';
  return count === 1
    ? '1 change is recorded and waiting to be shared.'
    : `${count.toLocaleString()} changes are recorded and waiting to be shared.`;
}

export function SyncStatus() {
  const { data: info } = useCall('workspace.info', {});
  const connected = useConnected();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onPointer(event: PointerEvent) {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    }
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    }
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const summary = connected ? 'Stored on this computer' : 'Reconnecting…';
  return (
    <div className="sync" ref={wrapper}>
      <button
        ref={button}
        type="button"
        className={`sync-button${connected ? '' : ' sync-button-warning'}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <Icon name={connected ? 'computer' : 'alert'} size={15} />
        <span className="sync-button-text">
          <span className="sync-primary">{summary}</span>
          <span className="sync-secondary">Team sync not set up</span>
        </span>
        <Icon name="chevronDown" size={14} />
      </button>
      <div id={panelId} className="sync-panel" hidden={!open}>
        <p className="sync-panel-title">
          <Icon name="computer" size={16} /> Your work is saved on this computer
        </p>
        <p>
          Every edit is written straight to the Chancery data folder on this computer. Nothing is sent anywhere else.
        </p>
        {info ? (
          <p className="sync-path">
            <span className="muted">Data folder</span>
            <code>{info.dataDir}</code>
          </p>
        ) : null}
        <p className="sync-panel-title">
          <Icon name="info" size={16} /> Team sync is not set up
        </p>
        <p>
          Colleagues on other computers do not see these changes yet. {info ? changesText(info.pendingChanges) : null}
        </p>
        {!connected ? (
          <p className="sync-warning" role="status">
            The connection to Chancery's local service was interrupted. It reconnects by itself; what you saved is safe.
          </p>
        ) : null}
      </div>
    </div>
  );
}
