// IPC channel names shared by main and preload. Only these two channels exist.
export const CALL_CHANNEL = 'chancery:call';
export const EVENT_CHANNEL = 'chancery:event';
