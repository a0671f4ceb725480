export { api, markAllStale } from './client';
export { prefetch } from './prefetch';
export { undoIfLatest } from './undo';
export { mutate, useCall, useConnected, useEvent, useHistoryState, useMutation } from './hooks';
export type { CallState, MutationState } from './hooks';
export { bytesFromBase64, saveFile } from './saveFile';
export type { FileToOffer, SaveOutcome } from './saveFile';
