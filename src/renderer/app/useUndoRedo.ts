import { useCallback, useEffect, useRef } from 'react';
import { mutate, useHistoryState } from '../api';
import { errorText } from '../ui/errorText';
import { useToast } from '../ui/Toast';

/** The core labels history entries in full ("Undo rename strategy"); this keeps just the edit. */
function editName(label: string | null): string | null {
  return label ? label.replace(/^(undo|redo)\s+/i, '') : null;
}

/** Undo and redo through the core's history, with labels such as "Undo rename strategy". */
export function useUndoRedo() {
  const state = useHistoryState();
  const { notify } = useToast();
  const busy = useRef(false);

  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      if (busy.current) return;
      const label = editName(which === 'undo' ? state.undoLabel : state.redoLabel);
      if (which === 'undo' ? !state.canUndo : !state.canRedo) return;
      busy.current = true;
      try {
        await mutate(which === 'undo' ? 'history.undo' : 'history.redo', {});
        notify({ kind: 'info', message: `${which === 'undo' ? 'Undone' : 'Redone'}${label ? `: ${label}` : ''}` });
      } catch (e) {
        notify({ kind: 'error', message: errorText(e) });
      } finally {
        busy.current = false;
      }
    },
    [state, notify],
  );

  return {
    state,
    undoText: state.undoLabel ?? 'Undo',
    redoText: state.redoLabel ?? 'Redo',
    undo: useCallback(() => run('undo'), [run]),
    redo: useCallback(() => run('redo'), [run]),
  };
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/**
 * Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, except while typing in a text field,
 * where those keys belong to the field's own undo.
 */
export function useUndoShortcuts(undo: () => void, redo: () => void) {
  const handlers = useRef({ undo, redo });
  handlers.current = { undo, redo };
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTextEntry(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        handlers.current.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.metaKey)) {
        event.preventDefault();
        handlers.current.redo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
