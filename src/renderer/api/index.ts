export { api, markAllStale } from './client';
export { undoIfLatest } from './undo';
export { mutate, useCall, useConnected, useEvent, useHistoryState, useMutation } from './hooks';
export type { CallState, MutationState } from './hooks';
