import { afterWrite, api, changesSeen } from './client';

/**
 * Undoes the newest edit only if it is the one named (e.g. "remove KPI"), so that an Undo
 * offered next to a message never undoes something else that happened meanwhile.
 */
export async function undoIfLatest(edit: string): Promise<boolean> {
  const state = await api.call('history.state', {});
  const expected = `undo ${edit}`.toLowerCase();
  if (!state.canUndo || state.undoLabel?.toLowerCase() !== expected) return false;
  const seen = changesSeen();
  await api.call('history.undo', {});
  afterWrite(seen);
  return true;
}
