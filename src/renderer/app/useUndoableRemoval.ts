import { useCallback } from 'react';
import { undoIfLatest } from '../api';
import { errorText } from '../ui/errorText';
import { useToast } from '../ui/Toast';

/**
 * After something was removed: a message with an Undo that reverses exactly that removal.
 * `edit` is the core's name for it, e.g. "remove KPI".
 */
export function useUndoableRemoval() {
  const { notify } = useToast();
  return useCallback(
    (message: string, edit: string) => {
      notify({
        kind: 'success',
        message,
        action: {
          label: 'Undo',
          run: () => {
            undoIfLatest(edit).then(
              (undone) =>
                notify(
                  undone
                    ? { kind: 'info', message: 'Removal undone' }
                    : { kind: 'info', message: 'Other edits came after it: use Undo in the top bar to step back.' },
                ),
              (e: unknown) => notify({ kind: 'error', message: errorText(e) }),
            );
          },
        },
      });
    },
    [notify],
  );
}
