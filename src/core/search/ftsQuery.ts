// Turns what a person typed into safe FTS5 queries. FTS5 has its own syntax (quotes, AND/OR/NOT,
// NEAR, column filters, `*`, `^`, parentheses), so raw input such as `"` or `AND(` would be a syntax
// error. Here every word becomes a quoted string and all words must match (implicit AND).
//
// Two indexes answer a search (see drizzle/0007_search_scripts.sql): the word index (unicode61) finds
// whole words and, for the last word, word starts, so results appear while the person is still
// typing; the trigram index finds the same words anywhere inside the text. The second is what finds
// 外交 in the middle of a Chinese sentence, الحوار in بالحوار and שלום in והשלום: those scripts do not
// separate words, or attach prefixes to them, so no tokenizer's idea of a word is enough.
import { foldText } from './fold';

/** More words than this add nothing but cost; the rest are dropped. */
export const MAX_TERMS = 16;

// The same characters the word index's tokenizer keeps inside words (unicode61 categories L* N* Co M*):
// everything else separates words, so it can never reach FTS5 as syntax.
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
// A run of marks alone (a stray accent) folds to nothing in the tokenizer: not a word.
const HAS_BASE = /[\p{L}\p{N}\p{Co}]/u;
// Combining accents the trigram tokenizer drops (remove_diacritics): they do not count as characters.
const ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;
// Scripts written without spaces between words (or, for Hangul, with particles and compounds glued
// on), where one or two characters are often a whole word: 外交, 对话, 日本, 외교.
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
// The Arabic article after the preposition لِ is written لل (ل + الحوار = للحوار), so a piece that
// starts with ال is also looked for in that spelling.
const ARTICLE = 'ال';

/** The folded words of `input`, at most MAX_TERMS. */
export function searchTerms(input: string): string[] {
  return (foldText(input).match(WORD) ?? []).filter((term) => HAS_BASE.test(term)).slice(0, MAX_TERMS);
}

/** The word index's MATCH expression for `input`, or null when it holds no word to search for. */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  // Words only hold letters, digits and marks, so wrapping them in quotes needs no escaping.
  return terms.map((term, i) => (i === terms.length - 1 ? `"${term}"*` : `"${term}"`)).join(' ');
}

/**
 * Whether the word index can rank this search. Not when a word is in a script without spaces: there the
 * tokenizer's "word" is a whole run of text, often a sentence, so a word start means nothing and
 * marking it would mark the sentence. Such a search runs in the trigram index alone.
 */
export function searchesWords(input: string): boolean {
  return !searchTerms(input).some((term) => UNSPACED.test(term));
}

/** How the trigram index is asked for the words of a search typed anywhere inside the text. */
export interface SubstringQuery {
  /** MATCH for the trigram index: the pieces of three characters or more, or null when there are none. */
  grams: string | null;
  /** Pieces of one or two characters in scripts without spaces, found anywhere with LIKE. */
  pieces: string[];
  /** MATCH for the word index: the other short words, which must start a word, or null. */
  wordStarts: string | null;
}

/** The substring search for `input`, or null when it would find nothing the word search does not. */
export function toSubstringQuery(input: string): SubstringQuery | null {
  const terms = searchTerms(input);
  // Under three characters the trigram index cannot help. Elsewhere than in the unspaced scripts one or
  // two letters inside words ("an", "ес") are noise, so such a word is matched as the word search does.
  const long = terms.filter((term) => length(term) >= 3);
  const pieces = terms.filter((term) => length(term) < 3 && UNSPACED.test(term));
  if (long.length === 0 && pieces.length === 0) return null;
  // The other short words keep the word search's meaning: whole words, and a word start for the last.
  const starts = terms
    .map((term, i) => ({ term, last: i === terms.length - 1 }))
    .filter(({ term }) => length(term) < 3 && !UNSPACED.test(term))
    .map(({ term, last }) => (last ? `"${term}"*` : `"${term}"`));
  return {
    grams: long.length > 0 ? long.map(gramTerm).join(' ') : null,
    pieces,
    wordStarts: starts.length > 0 ? starts.join(' ') : null,
  };
}

function gramTerm(term: string): string {
  if (term.startsWith(ARTICLE) && term.length > ARTICLE.length) return `("${term}" OR "ل${term.slice(1)}")`;
  return `"${term}"`;
}

/** Characters as the trigram tokenizer counts them. */
function length(term: string): number {
  return [...term.replace(ACCENTS, '')].length;
}
