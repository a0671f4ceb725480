// What the search index ignores, so "مَرْحَبًا" is found by "مرحبا", "إعلام" by "اعلام", "ёлка" by "елка"
// and Hebrew with or without niqqud match. SQLite's tokenizers fold case and Latin diacritics
// themselves (remove_diacritics 2) but keep Arabic harakat and Hebrew points, do not fold the alef
// variants, and keep ё apart from е, so the index folds these before tokenizing (the search_source view
// in drizzle/0007_search_scripts.sql replaces exactly these code points) and the query side folds the same.
// Keep these lists and that migration in step: tests/integration/search.test.ts checks they agree.

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

/**
 * Letters written for one another, replaced by the plainer one before indexing and querying. Each
 * pair keeps the text's length in code points, so what the index shows still reads as the original.
 */
export const FOLDED_LETTERS: readonly (readonly [from: number, to: number])[] = [
  [0x0622, 0x0627], // Arabic alef with madda آ -> alef ا
  [0x0623, 0x0627], // alef with hamza above أ -> ا
  [0x0625, 0x0627], // alef with hamza below إ -> ا
  [0x0671, 0x0627], // alef wasla ٱ -> ا
  [0x0451, 0x0435], // Russian ё -> е (most Russian text is printed without the dots)
  [0x0401, 0x0415], // Ё -> Е
];

const marks = new RegExp(
  `[${FOLDED_MARKS.map(([from, to]) => (from === to ? `\\u{${from.toString(16)}}` : `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`)).join('')}]`,
  'gu',
);
const letters = new Map(FOLDED_LETTERS.map(([from, to]) => [String.fromCodePoint(from), String.fromCodePoint(to)]));
const letterPattern = new RegExp(`[${[...letters.keys()].join('')}]`, 'gu');

/** The text with the folded marks removed and the folded letters replaced, as the index holds it. */
export function foldText(text: string): string {
  return text.replace(marks, '').replace(letterPattern, (letter) => letters.get(letter)!);
}

/** Whether `char` is one of the marks the index removes. */
export function isFoldedMark(char: string): boolean {
  marks.lastIndex = 0;
  return marks.test(char);
}

/** The folded form of one character (itself when it is not a folded letter). */
export function foldLetter(char: string): string {
  return letters.get(char) ?? char;
}

/** Every folded mark's code point, one by one (for the migration's SQL and its test). */
export function foldedCodePoints(): number[] {
  return FOLDED_MARKS.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

/** The SQL expression that folds `column` as foldText does (the body of the search_source view). */
export function foldSql(column: string): string {
  let sql = column;
  for (const cp of foldedCodePoints()) sql = `replace(${sql}, char(0x${hex(cp)}), '')`;
  for (const [from, to] of FOLDED_LETTERS) sql = `replace(${sql}, char(0x${hex(from)}), char(0x${hex(to)}))`;
  return sql;
}

function hex(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}
