import type { calendarCalls } from '../../shared/contract/calendar';
import type { FeatureHandlers } from '../context';
import { campaignHandlers } from './campaign';
import { duplicateHandlers } from './duplicate';
import { exchangeHandlers } from './exchange';
import { itemHandlers } from './item';
import { moveHandlers } from './move';
import { observanceHandlers } from './observance';
import { occurrenceHandlers } from './occurrence';
import { rangeHandlers } from './range';
import { statusHandlers } from './status';

/** Every editorial-calendar call: items, moves, copies, the workflow, campaigns, observances, ranges, import and export. */
export const calendarHandlers: FeatureHandlers<typeof calendarCalls> = {
  ...itemHandlers,
  ...moveHandlers,
  ...occurrenceHandlers,
  ...duplicateHandlers,
  ...statusHandlers,
  ...campaignHandlers,
  ...observanceHandlers,
  ...rangeHandlers,
  ...exchangeHandlers,
};
