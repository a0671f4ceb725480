import { z } from 'zod';
import type { AudienceMessage, ChannelPlan, HouseMessage, MessageHouse, MessageVersion, SearchHit } from '../audiences';
import { id, languageTag, text } from '../validation';
import { call } from './define';
import { placement } from './objectives';

const messageText = (what: string) => text(what).pipe(z.string().trim().min(1, `${what} cannot be empty`));

export const messageCalls = {
  'messageHouse.get': call(z.strictObject({ strategyId: id })).returns<MessageHouse>(),
  /** Sets the strategy's one core message (creating it the first time). */
  'messageHouse.setCore': call(z.strictObject({ strategyId: id, text: messageText('The core message') })).returns<HouseMessage>(),
  'pillar.create': call(z.strictObject({ strategyId: id, text: messageText('A pillar') })).returns<HouseMessage>(),
  'proof.create': call(z.strictObject({ pillarId: id, text: messageText('A proof point') })).returns<HouseMessage>(),
  /** Edits a pillar or proof point. */
  'houseMessage.update': call(z.strictObject({ id, text: messageText('A message') })).returns<HouseMessage>(),
  /**
   * Reorders a pillar among the pillars, or a proof point among proof points. A proof point placed next
   * to another pillar's proof point, or right after a pillar (afterId = the pillar: first under it),
   * moves under that pillar. The core message does not move.
   */
  'houseMessage.move': call(z.strictObject({ id, to: placement })).returns<HouseMessage>(),
  /** Removes a pillar (with its proof points) or a proof point. */
  'houseMessage.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  /** Live key messages of live audiences, in audience order, then each audience's message order. */
  'audienceMessage.list': call(z.strictObject({ strategyId: id })).returns<AudienceMessage[]>(),
  'audienceMessage.create': call(
    z.strictObject({
      audienceId: id,
      text: messageText('A key message'),
      pillarId: id.nullable().optional(),
      platformIds: z.array(id).max(50).optional(),
    }),
  ).returns<AudienceMessage>(),
  'audienceMessage.update': call(
    z.strictObject({
      id,
      patch: z.strictObject({
        text: messageText('A key message').optional(),
        pillarId: id.nullable().optional(),
        platformIds: z.array(id).max(50).optional(),
      }),
    }),
  ).returns<AudienceMessage>(),
  'audienceMessage.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  'messageVersion.create': call(
    z.strictObject({ audienceMessageId: id, language: languageTag, text: messageText('The translated message') }),
  ).returns<MessageVersion>(),
  'messageVersion.update': call(
    z.strictObject({ id, patch: z.strictObject({ language: languageTag.optional(), text: messageText('The translated message').optional() }) }),
  ).returns<MessageVersion>(),
  'messageVersion.remove': call(z.strictObject({ id })).returns<{ id: string }>(),

  'channelPlan.get': call(z.strictObject({ strategyId: id })).returns<ChannelPlan>(),
  /** Full-text search (SQLite FTS5) over audiences, engagements and messages; one strategy or all. */
  'search.query': call(
    z.strictObject({ query: z.string().trim().min(1, 'Type something to search for').max(200, 'That search is too long'), strategyId: id.optional(), limit: z.number().int().min(1).max(200).optional() }),
  ).returns<SearchHit[]>(),
};
