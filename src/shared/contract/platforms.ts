import { z } from 'zod';
import type { Platform } from '../domain';
import { id, languageTag, platformKind, platformStatus, shortText, text } from '../validation';
import { call } from './define';

const platformPatch = z.strictObject({
  name: shortText('Name').optional(),
  handle: shortText('Handle').optional(),
  languages: z.array(languageTag).max(30, 'At most 30 languages').optional(),
  owner: shortText('Owner').optional(),
  status: platformStatus.optional(),
  custodians: shortText('Custodians').optional(),
  recoveryNote: text('Recovery note').optional(),
  guidelines: text('Guidelines').optional(),
  checkVerified: z.boolean().optional(),
  checkProfileText: z.boolean().optional(),
  checkAvatarBanner: z.boolean().optional(),
  checkContactDisclaimer: z.boolean().optional(),
  checkCredentialCustody: z.boolean().optional(),
  checkGuidelines: z.boolean().optional(),
});
export type PlatformPatch = z.input<typeof platformPatch>;

export const platformCalls = {
  'platform.create': call(
    z.strictObject({ strategyId: id, kind: platformKind, name: shortText('Name').optional(), handle: shortText('Handle').optional() }),
  ).returns<Platform>(),
  'platform.update': call(z.strictObject({ id, patch: platformPatch })).returns<Platform>(),
  'platform.remove': call(z.strictObject({ id })).returns<{ id: string }>(),
};
