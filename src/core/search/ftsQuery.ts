// Turns what a person typed into a safe FTS5 query. FTS5 has its own syntax (quotes, AND/OR/NOT,
// NEAR, column filters, `*`, `^`, parentheses), so raw input such as `"` or `AND(` would be a syntax
// error. Here every word becomes a quoted string, all words must match (implicit AND), and the last
// word is a prefix so results appear while the person is still typing.
import { foldMarks } from './fold';

/** More words than this add nothing but cost; the rest are dropped. */
export const MAX_TERMS = 16;

// The same characters the index's tokenizer keeps inside words (unicode61 categories L* N* Co M*):
// everything else separates words, so it can never reach FTS5 as syntax.
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
// A run of marks alone (a stray accent) folds to nothing in the tokenizer: not a word.
const HAS_BASE = /[\p{L}\p{N}\p{Co}]/u;

/** The FTS5 MATCH expression for `input`, or null when it holds no word to search for. */
export function toFtsQuery(input: string): string | null {
  const terms = (foldMarks(input).match(WORD) ?? []).filter((term) => HAS_BASE.test(term)).slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  // Words only hold letters, digits and marks, so wrapping them in quotes needs no escaping.
  return terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' ');
}
