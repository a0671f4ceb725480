// Full-text search over the FTS5 index that drizzle/0002_search.sql keeps up to date.
import type { SearchHit } from '../../shared/audiences';
import type { Context } from '../context';
import { toFtsQuery } from './ftsQuery';
import { titleHits } from './titles';

export const DEFAULT_LIMIT = 50;

export interface RawHit {
  kind: SearchHit['kind'];
  id: string;
  strategyId: string;
  audienceId: string | null;
  snippet: string;
}

// Best matches first (bm25; a match in the title counts four times one in the body). A hit is only
// shown while everything it hangs off is live: its strategy, its audience, and the key message or
// pillar above it. Children normally leave with their parent, but a row made on another laptop
// before the parent was removed here can outlive it; such hits are skipped rather than shown.
const SEARCH_SQL = `
SELECT kind, id, strategy_id AS strategyId, audience_id AS audienceId,
  snippet(search_index, -1, '[[', ']]', '…', 12) AS snippet
FROM search_index
WHERE search_index MATCH @match
  AND (@strategyId IS NULL OR strategy_id = @strategyId)
  AND EXISTS (SELECT 1 FROM strategies st WHERE st.id = search_index.strategy_id AND st.deleted_at IS NULL)
  AND (audience_id IS NULL OR EXISTS (SELECT 1 FROM audiences a WHERE a.id = search_index.audience_id AND a.deleted_at IS NULL))
  AND (parent_id IS NULL
    OR (kind = 'house_message' AND EXISTS (SELECT 1 FROM house_messages p WHERE p.id = search_index.parent_id AND p.deleted_at IS NULL))
    OR (kind = 'message_version' AND EXISTS (SELECT 1 FROM audience_messages p WHERE p.id = search_index.parent_id AND p.deleted_at IS NULL)))
ORDER BY bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0), id
LIMIT @limit`;

export function search(ctx: Context, query: string, strategyId: string | null, limit = DEFAULT_LIMIT): SearchHit[] {
  const match = toFtsQuery(query);
  if (match === null) return [];
  let rows: RawHit[];
  try {
    rows = ctx.sqlite.prepare(SEARCH_SQL).all({ match, strategyId, limit }) as RawHit[];
  } catch (error) {
    // The query builder only ever emits quoted words, so this should not happen; if FTS5 still
    // objects to something, an empty result is better than an error box for a search box.
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) return [];
    throw error;
  }
  return titleHits(ctx, rows.map((row) => ({ ...row, snippet: row.snippet.replace(/\s+/g, ' ').trim() })));
}
