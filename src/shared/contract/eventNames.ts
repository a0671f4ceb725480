import type { EventName } from './index';

/** Every event of the contract at run time; a record so a new event cannot be forgotten here. */
const ALL: Readonly<Record<EventName, true>> = { changed: true, history: true, progress: true };
export const EVENT_NAMES = Object.keys(ALL) as EventName[];
