// Full-text search over the two FTS5 indexes drizzle/0007_search_scripts.sql keeps up to date: the
// word index (search_index) and the trigram index (search_grams) that finds words inside text.
import type { SearchHit } from '../../shared/audiences';
import type { Context } from '../context';
import { searchesWords, toFtsQuery, toSubstringQuery, type SubstringQuery } from './ftsQuery';
import { restoreSnippet } from './restore';
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
  n: number;
  snippet: string | null;
}

// Whole words and word starts (the word index) come first, best first by bm25, where a match in the
// title counts four times one in the body; then what is only found inside words (the trigram index),
// ranked the same way. A hit is only shown while everything it hangs off is live: its strategy, its
// audience, and the key message or pillar above it. Children normally leave with their parent, but a
// row made on another laptop before the parent was removed here can outlive it; such hits are skipped.
function searchSql(byWords: boolean, substring: SubstringQuery | null): string {
  const words = `
  SELECT rowid AS n, kind, id, strategy_id, audience_id, parent_id, 0 AS tier,
    bm25(search_index, 0, 0, 0, 0, 0, 4.0, 1.0) AS score, snippet(search_index, -1, '[[', ']]', '…', 12) AS snippet
  FROM search_index WHERE search_index MATCH @words`;
  const arms = [...(byWords ? [words] : []), ...(substring ? [insideWords(substring, byWords)] : [])];
  return `
SELECT n, kind, id, strategy_id AS strategyId, audience_id AS audienceId, snippet
FROM (${arms.join('\n  UNION ALL')}
) h
WHERE (@strategyId IS NULL OR strategy_id = @strategyId)
  AND EXISTS (SELECT 1 FROM strategies st WHERE st.id = h.strategy_id AND st.deleted_at IS NULL)
  AND (audience_id IS NULL OR EXISTS (SELECT 1 FROM audiences a WHERE a.id = h.audience_id AND a.deleted_at IS NULL))
  AND (parent_id IS NULL
    OR (kind = 'house_message' AND EXISTS (SELECT 1 FROM house_messages p WHERE p.id = h.parent_id AND p.deleted_at IS NULL))
    OR (kind = 'message_version' AND EXISTS (SELECT 1 FROM audience_messages p WHERE p.id = h.parent_id AND p.deleted_at IS NULL)))
ORDER BY tier, score, id
LIMIT @limit`;
}

// Rows the trigram index finds (that the word index did not, when it was asked). With no piece of
// three characters there is nothing to MATCH, and short Chinese or Japanese pieces are found by a scan
// with LIKE (a few milliseconds at the size of a workspace); a title that holds them all ranks first.
function insideWords({ grams, pieces, wordStarts }: SubstringQuery, afterWords: boolean): string {
  const filters = [
    ...(grams ? ['search_grams MATCH @grams'] : []),
    ...pieces.map((_, i) => `(g.title LIKE @piece${i} OR g.body LIKE @piece${i})`),
    ...(wordStarts ? ['g.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH @wordStarts)'] : []),
    ...(afterWords ? ['g.rowid NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH @words)'] : []),
  ];
  const score = grams ? 'bm25(search_grams, 4.0, 1.0)' : `-(${pieces.map((_, i) => `(g.title LIKE @piece${i})`).join(' + ')})`;
  return `
  SELECT g.rowid AS n, i.kind, i.id, i.strategy_id, i.audience_id, i.parent_id, 1 AS tier, ${score} AS score, NULL AS snippet
  FROM search_grams g JOIN search_index i ON i.rowid = g.rowid
  WHERE ${filters.join('\n    AND ')}`;
}

// The marked text of the hits found inside words, read once they are ranked and cut to the limit:
// marking every match before the cut would cost more than the search (a common piece such as "art"
// is inside hundreds of rows). Without trigrams to match, the short pieces are marked in snippet.ts.
function insideTextSql(grams: string | null): string {
  return grams
    ? `SELECT rowid AS n, highlight(search_grams, 0, '[[', ']]') AS title, highlight(search_grams, 1, '[[', ']]') AS body
FROM search_grams WHERE search_grams MATCH @grams AND rowid IN (SELECT value FROM json_each(@rows))`
    : 'SELECT rowid AS n, title, body FROM search_grams WHERE rowid IN (SELECT value FROM json_each(@rows))';
}

/** The SQL and parameters for a search, or null when the input holds no word to search for. */
export function searchStatement(query: string, strategyId: string | null, limit: number) {
  const words = toFtsQuery(query);
  if (words === null) return null;
  const substring = toSubstringQuery(query);
  const byWords = searchesWords(query) || substring === null;
  const params: Record<string, unknown> = { strategyId, limit, ...(byWords ? { words } : {}) };
  if (substring?.grams) params.grams = substring.grams;
  if (substring?.wordStarts) params.wordStarts = substring.wordStarts;
  // Pieces only hold letters, digits and marks, so they need no LIKE escaping.
  substring?.pieces.forEach((piece, i) => (params[`piece${i}`] = `%${piece}%`));
  return { sql: searchSql(byWords, substring), params, grams: substring?.grams ?? null, pieces: substring?.pieces ?? [] };
}

export function search(ctx: Context, query: string, strategyId: string | null, limit = DEFAULT_LIMIT): SearchHit[] {
  const statement = searchStatement(query, strategyId, limit);
  if (statement === null) return [];
  let rows: Row[];
  let inside: Map<number, { title: string; body: string }>;
  try {
    rows = ctx.sqlite.prepare(statement.sql).all(statement.params) as Row[];
    const found = rows.filter((row) => row.snippet === null).map((row) => row.n);
    const params = { rows: JSON.stringify(found), ...(statement.grams ? { grams: statement.grams } : {}) };
    const texts = found.length === 0 ? [] : (ctx.sqlite.prepare(insideTextSql(statement.grams)).all(params) as { n: number; title: string; body: string }[]);
    inside = new Map(texts.map((text) => [text.n, text]));
  } catch (error) {
    // The query builder only ever emits quoted words, so this should not happen; if FTS5 still
    // objects to something, an empty result is better than an error box for a search box.
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) return [];
    throw error;
  }
  // The snippets come from the folded index; each is shown in the row's own spelling.
  const written = ctx.sqlite.prepare('SELECT title, body FROM search_text WHERE kind = ? AND id = ?');
  return titleHits(
    ctx,
    rows.map(({ n, snippet, ...hit }) => {
      const text = inside.get(n);
      const folded = snippet !== null ? snippet.replace(/\s+/g, ' ').trim() : pieceSnippet(text?.title ?? '', text?.body ?? '', statement.pieces);
      const original = written.get(hit.kind, hit.id) as { title: string | null; body: string | null } | undefined;
      return { ...hit, snippet: original ? restoreSnippet(folded, [original.title ?? '', original.body ?? '']) : folded };
    }),
  );
}
