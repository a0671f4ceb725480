// messageVersion.* calls: a key message in another language, one version per language.
import type { messageCalls } from '../../shared/contract/messages';
import { canonicalLanguage, invalid } from '../audiences/rules';
import type { Context, FeatureHandlers } from '../context';
import { messageVersions, strategies } from '../db/schema';
import { keyAfter } from '../ordering';
import { audienceMessageRow, liveVersionRows, messageVersionRow } from './queries';
import { languageName, toMessageVersion } from './rows';

type VersionCalls = Pick<typeof messageCalls, 'messageVersion.create' | 'messageVersion.update' | 'messageVersion.remove'>;

export const messageVersionHandlers: FeatureHandlers<VersionCalls> = {
  'messageVersion.create': (ctx, { audienceMessageId, language: tag, text }) => {
    const message = audienceMessageRow(ctx, audienceMessageId);
    const language = canonicalLanguage(tag);
    assertNewLanguage(ctx, audienceMessageId, language);
    const sortKey = keyAfter(liveVersionRows(ctx, [audienceMessageId]).at(-1)?.sortKey ?? null);
    const id = ctx.write(`add ${languageName(language)} version`, (w) => {
      w.touch(strategies, message.strategyId);
      return w.insert(messageVersions, {
        strategyId: message.strategyId,
        audienceId: message.audienceId,
        audienceMessageId,
        language,
        text,
        sortKey,
      });
    });
    return toMessageVersion(messageVersionRow(ctx, id));
  },
  'messageVersion.update': (ctx, { id, patch }) => {
    const version = messageVersionRow(ctx, id);
    const language = patch.language === undefined ? undefined : canonicalLanguage(patch.language);
    if (language !== undefined && language.toLowerCase() !== version.language.toLowerCase()) {
      assertNewLanguage(ctx, version.audienceMessageId, language);
    }
    ctx.write(`edit ${languageName(language ?? version.language)} version`, (w) => {
      w.update(messageVersions, id, { language, text: patch.text });
      w.touch(strategies, version.strategyId);
    });
    return toMessageVersion(messageVersionRow(ctx, id));
  },
  'messageVersion.remove': (ctx, { id }) => {
    const version = messageVersionRow(ctx, id);
    ctx.write(`remove ${languageName(version.language)} version`, (w) => {
      w.tombstone(messageVersions, id);
      w.touch(strategies, version.strategyId);
    });
    return { id };
  },
};

function assertNewLanguage(ctx: Context, audienceMessageId: string, language: string): void {
  const taken = liveVersionRows(ctx, [audienceMessageId]).some((v) => v.language.toLowerCase() === language.toLowerCase());
  if (taken) throw invalid('language', `This message already has a version in ${languageName(language)}`);
}
