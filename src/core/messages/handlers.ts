import type { messageCalls } from '../../shared/contract/messages';
import type { FeatureHandlers } from '../context';
import { audienceMessageHandlers } from './audienceMessage';
import { channelPlanHandlers } from './channelPlan';
import { houseHandlers } from './house';
import { messageVersionHandlers } from './messageVersion';

/**
 * Every key-message call: the message house, audience messages and their versions, the channel plan.
 * search.query is declared beside them in the contract; it lives in core/search.
 */
export const messageHandlers: FeatureHandlers<Omit<typeof messageCalls, 'search.query'>> = {
  ...houseHandlers,
  ...audienceMessageHandlers,
  ...messageVersionHandlers,
  ...channelPlanHandlers,
};
