// Headings for search hits, read from the live rows (the index holds folded text only).
import { and, inArray, isNull } from 'drizzle-orm';
import { ENGAGEMENT_KIND_LABELS, type SearchHit } from '../../shared/audiences';
import type { Context } from '../context';
import { audiences, engagements, houseMessages, messageVersions } from '../db/schema';
import { HOUSE_KIND_NAMES, houseKind, languageName } from '../messages/rows';
import type { RawHit } from './queries';

export function titleHits(ctx: Context, hits: RawHit[]): SearchHit[] {
  if (hits.length === 0) return [];
  const idsOf = (kind: SearchHit['kind']) => hits.filter((h) => h.kind === kind).map((h) => h.id);
  const names = byId(ctx.db.select({ id: audiences.id, name: audiences.name }).from(audiences).where(inArray(audiences.id, orNone(distinct(hits.map((h) => h.audienceId))))).all());
  const engagementRows = byId(
    ctx.db.select().from(engagements).where(and(inArray(engagements.id, orNone(idsOf('engagement'))), isNull(engagements.deletedAt))).all(),
  );
  const versionRows = byId(
    ctx.db.select().from(messageVersions).where(and(inArray(messageVersions.id, orNone(idsOf('message_version'))), isNull(messageVersions.deletedAt))).all(),
  );
  const houseRows = byId(
    ctx.db.select().from(houseMessages).where(and(inArray(houseMessages.id, orNone(idsOf('house_message'))), isNull(houseMessages.deletedAt))).all(),
  );

  return hits.map((hit) => {
    const audience = (hit.audienceId && names.get(hit.audienceId)?.name) || 'an audience';
    let title: string;
    switch (hit.kind) {
      case 'audience':
        title = audience;
        break;
      case 'engagement': {
        const row = engagementRows.get(hit.id);
        const kind = row ? (ENGAGEMENT_KIND_LABELS[row.kind as keyof typeof ENGAGEMENT_KIND_LABELS] ?? 'Engagement') : 'Engagement';
        title = row?.date ? `${kind} with ${audience} on ${row.date}` : `${kind} with ${audience}`;
        break;
      }
      case 'message':
        title = `Key message for ${audience}`;
        break;
      case 'message_version': {
        const row = versionRows.get(hit.id);
        title = `${row ? languageName(row.language) : 'Translated'} key message for ${audience}`;
        break;
      }
      case 'house_message': {
        const row = houseRows.get(hit.id);
        title = `Message house: ${row ? HOUSE_KIND_NAMES[houseKind(row)] : 'message'}`;
        break;
      }
    }
    return { kind: hit.kind, id: hit.id, strategyId: hit.strategyId, audienceId: hit.audienceId, title, snippet: hit.snippet };
  });
}

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

function distinct(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** drizzle refuses an empty IN list; no row has the empty id. */
function orNone(ids: string[]): string[] {
  return ids.length > 0 ? ids : [''];
}
