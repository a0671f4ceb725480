// Marks the search index ignores, so "مَرْحَبًا" is found by "مرحبا" and Hebrew with or without niqqud
// match. SQLite's unicode61 tokenizer folds Latin diacritics itself (remove_diacritics 2) but keeps
// Arabic harakat and Hebrew points, so the index strips them before tokenizing (the search_source view
// in drizzle/0002_search.sql replaces exactly these code points) and the query side strips the same.
// Keep this list and that migration in step: tests/integration/search.test.ts checks they agree.

/** Inclusive code point ranges removed before indexing and before querying. */
export const FOLDED_MARKS: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a], // Arabic honorific and small marks above/below
  [0x0640, 0x0640], // Arabic tatweel (kashida), a stretching stroke
  [0x064b, 0x065f], // Arabic harakat: tanwin, fatha, damma, kasra, shadda, sukun, hamza marks...
  [0x0670, 0x0670], // Arabic superscript alef
  [0x05b0, 0x05bd], // Hebrew niqqud (vowel points) and meteg
  [0x05bf, 0x05bf], // Hebrew rafe
  [0x05c1, 0x05c2], // Hebrew shin and sin dots
  [0x05c7, 0x05c7], // Hebrew qamats qatan
];

const pattern = new RegExp(
  `[${FOLDED_MARKS.map(([from, to]) => (from === to ? `\\u{${from.toString(16)}}` : `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`)).join('')}]`,
  'gu',
);

/** The text with the folded marks removed. */
export function foldMarks(text: string): string {
  return text.replace(pattern, '');
}

/** Every folded code point, one by one (for the migration's SQL and its test). */
export function foldedCodePoints(): number[] {
  return FOLDED_MARKS.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}
