import { Icon } from '../ui/Icon';
import { useUndoRedo, useUndoShortcuts } from './useUndoRedo';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function UndoRedoButtons() {
  const { state, undoText, redoText, undo, redo } = useUndoRedo();
  useUndoShortcuts(undo, redo);
  return (
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="btn btn-quiet btn-small header-btn"
        onClick={() => void undo()}
        disabled={!state.canUndo}
        aria-label={state.canUndo ? undoText : 'Undo (nothing to undo)'}
        title={state.canUndo ? `${undoText} (${mod}Z)` : 'Nothing to undo'}
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
      >
        <Icon name="undo" size={15} />
        <span>Undo</span>
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-small header-btn"
        onClick={() => void redo()}
        disabled={!state.canRedo}
        aria-label={state.canRedo ? redoText : 'Redo (nothing to redo)'}
        title={state.canRedo ? `${redoText} (${isMac ? '⌘⇧Z' : 'Ctrl+Y'})` : 'Nothing to redo'}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Y Control+Shift+Z'}
      >
        <Icon name="redo" size={15} />
        <span>Redo</span>
      </button>
    </div>
  );
}
