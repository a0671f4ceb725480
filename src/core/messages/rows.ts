// Message-house and audience-message rows as the contract shows them.
import { directionOf, MESSAGE_KINDS, type HouseMessage, type MessageKind, type MessageVersion } from '../../shared/audiences';
import type { houseMessages, messageVersions } from '../db/schema';

export type HouseMessageRow = typeof houseMessages.$inferSelect;
export type MessageVersionRow = typeof messageVersions.$inferSelect;

export const HOUSE_KIND_NAMES: Record<MessageKind, string> = { core: 'core message', pillar: 'pillar', proof: 'proof point' };

export function houseKind(row: HouseMessageRow): MessageKind {
  return (MESSAGE_KINDS as readonly string[]).includes(row.kind) ? (row.kind as MessageKind) : 'proof';
}

export function toHouseMessage(row: HouseMessageRow): HouseMessage {
  return { id: row.id, strategyId: row.strategyId, kind: houseKind(row), parentId: row.parentId, text: row.text, sortKey: row.sortKey };
}

export function toMessageVersion(row: MessageVersionRow): MessageVersion {
  return { id: row.id, audienceMessageId: row.audienceMessageId, language: row.language, text: row.text, direction: directionOf(row.language) };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "Arabic" for "ar", for undo labels and messages; the tag itself when the name is unknown. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
