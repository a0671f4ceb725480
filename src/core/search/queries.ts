// Full-text search over the two FTS5 indexes drizzle/0007_search_scripts.sql keeps up to date: the
// word index (search_index) and the trigram index (search_grams) that finds words inside text.
import type { SearchHit } from '../../shared/audiences';
import type { Context } from '../context';
import { toFtsQuery, toSubstringQuery, type SubstringQuery } from './ftsQuery';
import { pieceSnippet } from './snippet';
import { titleHits } from './titles';

export const DEFAULT_LIMIT = 50;

export interface RawHit {
  kind: SearchHit['kind'];
  id: string;
  strategyId: string;
  audienceId: string | null;
  snippet: string;
}

interface Row extends Omit<RawHit, 'snippet'> {
  snippet: string | null;
  title: string | null;
  body: string | null;
}

// Whole words and word starts (the word index) come first, best first by bm25, where a match in the
// title counts four times one in the body; then what is only found inside words (the trigram index),
// ranked the same way. A hit is only shown while everything it hangs off is live: its strategy, its
// audience, and the key message or pillar above it. Children normally leave with their parent, but a
// row made on another laptop before the parent was removed here can outlive it; such hits are skipped.
function searchSql(substring: SubstringQuery | null): string {
  const words = `
  SELECT rowid AS n, 0 AS tier, bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0) AS score,
    snippet(search_index, -1, '[[', ']]', '…', 12) AS snippet, NULL AS title, NULL AS body
  FROM search_index WHERE search_index MATCH @words`;
  return `
SELECT i.kind, i.id, i.strategy_id AS strategyId, i.audience_id AS audienceId, h.snippet, h.title, h.body
FROM (${words}${substring ? `\n  UNION ALL${insideWords(substring)}` : ''}
) h JOIN search_index i ON i.rowid = h.n
WHERE (@strategyId IS NULL OR i.strategy_id = @strategyId)
  AND EXISTS (SELECT 1 FROM strategies st WHERE st.id = i.strategy_id AND st.deleted_at IS NULL)
  AND (i.audience_id IS NULL OR EXISTS (SELECT 1 FROM audiences a WHERE a.id = i.audience_id AND a.deleted_at IS NULL))
  AND (i.parent_id IS NULL
    OR (i.kind = 'house_message' AND EXISTS (SELECT 1 FROM house_messages p WHERE p.id = i.parent_id AND p.deleted_at IS NULL))
    OR (i.kind = 'message_version' AND EXISTS (SELECT 1 FROM audience_messages p WHERE p.id = i.parent_id AND p.deleted_at IS NULL)))
ORDER BY h.tier, h.score, i.id
LIMIT @limit`;
}

// Rows the trigram index finds that the word index did not. With no piece of three characters there
// is nothing to MATCH, and short Chinese or Japanese pieces are found by a scan with LIKE (a few
// milliseconds at the size of a workspace); a title that holds them all ranks first.
function insideWords({ grams, pieces, wordStarts }: SubstringQuery): string {
  const like = pieces.map((_, i) => `(title LIKE @piece${i} OR body LIKE @piece${i})`);
  const filters = [
    ...(grams ? ['search_grams MATCH @grams'] : []),
    ...like,
    ...(wordStarts ? ['rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH @wordStarts)'] : []),
    'rowid NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH @words)',
  ];
  const score = grams ? 'bm25(search_grams, 4.0, 1.0)' : `-(${pieces.map((_, i) => `(title LIKE @piece${i})`).join(' + ')})`;
  const [title, body] = grams ? ["highlight(search_grams, 0, '[[', ']]')", "highlight(search_grams, 1, '[[', ']]')"] : ['title', 'body'];
  return `
  SELECT rowid, 1, ${score}, NULL, ${title}, ${body}
  FROM search_grams WHERE ${filters.join('\n    AND ')}`;
}

export function search(ctx: Context, query: string, strategyId: string | null, limit = DEFAULT_LIMIT): SearchHit[] {
  const words = toFtsQuery(query);
  if (words === null) return [];
  const substring = toSubstringQuery(query);
  const pieces = substring?.pieces ?? [];
  const params: Record<string, unknown> = { words, strategyId, limit };
  if (substring?.grams) params.grams = substring.grams;
  if (substring?.wordStarts) params.wordStarts = substring.wordStarts;
  // Pieces only hold letters, digits and marks, so they need no LIKE escaping.
  pieces.forEach((piece, i) => (params[`piece${i}`] = `%${piece}%`));
  let rows: Row[];
  try {
    rows = ctx.sqlite.prepare(searchSql(substring)).all(params) as Row[];
  } catch (error) {
    // The query builder only ever emits quoted words, so this should not happen; if FTS5 still
    // objects to something, an empty result is better than an error box for a search box.
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) return [];
    throw error;
  }
  return titleHits(
    ctx,
    rows.map(({ snippet, title, body, ...hit }) => ({
      ...hit,
      snippet: snippet !== null ? snippet.replace(/\s+/g, ' ').trim() : pieceSnippet(title ?? '', body ?? '', pieces),
    })),
  );
}
