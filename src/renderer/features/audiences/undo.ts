import { useCallback } from 'react';
import { api } from '../../api';
import { useUndoableRemoval } from '../../app/useUndoableRemoval';

/**
 * After a removal: offers an Undo for exactly that edit, named as the core named it in its history
 * (so the Undo next to the message never takes back something else).
 */
export function useOfferUndoOfLatest() {
  const offerUndo = useUndoableRemoval();
  return useCallback(
    async (message: string) => {
      const state = await api.call('history.state', {});
      const edit = state.undoLabel?.replace(/^undo\s+/i, '');
      if (edit) offerUndo(message, edit);
    },
    [offerUndo],
  );
}
