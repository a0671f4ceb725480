import { z } from 'zod';
import type { HistoryState, WorkspaceInfo } from '../domain';
import { call } from './define';

const none = z.strictObject({});

export const workspaceCalls = {
  'workspace.info': call(none).returns<WorkspaceInfo>(),
  'history.state': call(none).returns<HistoryState>(),
  'history.undo': call(none).returns<HistoryState>(),
  'history.redo': call(none).returns<HistoryState>(),
};
