// IPC channel names shared by main and preload. Only these three channels exist.
export const CALL_CHANNEL = 'chancery:call';
export const EVENT_CHANNEL = 'chancery:event';
/** The renderer asks main to save a file where the planner chooses (a save dialog). */
export const SAVE_FILE_CHANNEL = 'chancery:save-file';
