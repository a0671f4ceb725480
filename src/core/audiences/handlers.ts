import type { audienceCalls } from '../../shared/contract/audiences';
import type { FeatureHandlers } from '../context';
import { audienceHandlers } from './audience';
import { engagementHandlers } from './engagement';
import { relationshipHandlers } from './relationship';

/** Every audience-map call: audiences, their engagement log, and the links between them. */
export const audienceMapHandlers: FeatureHandlers<typeof audienceCalls> = {
  ...audienceHandlers,
  ...engagementHandlers,
  ...relationshipHandlers,
};
