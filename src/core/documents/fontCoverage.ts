// Which scripts of a brief the bundled fonts cannot print. Chromium prints such letters in whatever
// font the laptop has (or as empty boxes), so the export tells the planner rather than fail. Pure:
// the coverage is the unicode-range of every @font-face whose file is present (see fonts.ts).

/** An inclusive range of code points, e.g. [0x0600, 0x06ff]. */
export type CodeRange = readonly [from: number, to: number];

/** The ranges of every `unicode-range` descriptor in a stylesheet, merged and sorted. */
export function parseUnicodeRanges(css: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const [, list] of css.matchAll(/unicode-range:\s*([^;}]+)/gi)) ranges.push(...parseRangeList(list!));
  return mergeRanges(ranges);
}

/** "U+0000-00FF,U+0131,U+4??" as ranges; malformed parts are skipped. */
export function parseRangeList(list: string): CodeRange[] {
  const ranges: CodeRange[] = [];
  for (const part of list.split(',')) {
    const m = /^\s*u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m) continue;
    const [, start, end] = m as unknown as [string, string, string | undefined];
    // "U+4??" is a wildcard range: U+400-4FF.
    const from = parseInt(start.replace(/\?/g, '0'), 16);
    const to = end !== undefined ? parseInt(end, 16) : parseInt(start.replace(/\?/g, 'f'), 16);
    if (Number.isFinite(from) && Number.isFinite(to) && from <= to) ranges.push([from, to]);
  }
  return ranges;
}

export function mergeRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

export function covers(ranges: readonly CodeRange[], codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (codePoint < from) hi = mid - 1;
    else if (codePoint > to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Scripts a ministry may write in, by Unicode script property, with the name the planner reads. */
const SCRIPTS: [property: string, name: string][] = [
  ['Latin', 'Latin'],
  ['Cyrillic', 'Cyrillic'],
  ['Greek', 'Greek'],
  ['Arabic', 'Arabic'],
  ['Hebrew', 'Hebrew'],
  ['Han', 'Chinese (Han)'],
  ['Hiragana', 'Japanese (kana)'],
  ['Katakana', 'Japanese (kana)'],
  ['Hangul', 'Korean (Hangul)'],
  ['Thai', 'Thai'],
  ['Lao', 'Lao'],
  ['Khmer', 'Khmer'],
  ['Myanmar', 'Burmese'],
  ['Devanagari', 'Devanagari'],
  ['Bengali', 'Bengali'],
  ['Gurmukhi', 'Gurmukhi'],
  ['Gujarati', 'Gujarati'],
  ['Oriya', 'Odia'],
  ['Tamil', 'Tamil'],
  ['Telugu', 'Telugu'],
  ['Kannada', 'Kannada'],
  ['Malayalam', 'Malayalam'],
  ['Sinhala', 'Sinhala'],
  ['Tibetan', 'Tibetan'],
  ['Georgian', 'Georgian'],
  ['Armenian', 'Armenian'],
  ['Ethiopic', 'Ethiopic (Amharic)'],
  ['Syriac', 'Syriac'],
  ['Thaana', 'Thaana (Dhivehi)'],
  ['Mongolian', 'Mongolian'],
];
const SCRIPT_TESTS = SCRIPTS.map(([property, name]) => ({ name, test: new RegExp(`^\\p{Script=${property}}$`, 'u') }));
/** Letters and digits are what must print; punctuation, symbols and emoji shared by all scripts are not counted. */
const COUNTED = /^[\p{L}\p{N}]$/u;
const SHARED = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/** The scripts of `text` that have letters none of `ranges` covers, in the order of SCRIPTS, each named once. */
export function uncoveredScripts(text: string, ranges: readonly CodeRange[]): string[] {
  const found = new Set<string>();
  const seen = new Set<number>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (seen.has(codePoint)) continue;
    seen.add(codePoint);
    if (!COUNTED.test(char) || SHARED.test(char) || covers(ranges, codePoint)) continue;
    found.add(SCRIPT_TESTS.find((s) => s.test.test(char))?.name ?? 'Other');
  }
  const order = [...new Set(SCRIPTS.map(([, name]) => name)), 'Other'];
  return order.filter((name) => found.has(name));
}

export interface FontAvailability {
  /** What the bundled @font-face rules cover, counting only rules whose font file is present. */
  ranges: readonly CodeRange[];
  /** Bundled font sets whose files are missing, as the planner (or support) can look them up: "resources/fonts/noto-sans-sc". */
  missing: readonly string[];
}

/** What to tell the planner about a brief's text and the fonts at hand; empty when every letter has its font. */
export function fontNotices(text: string, fonts: FontAvailability): string[] {
  const scripts = uncoveredScripts(text, fonts.ranges);
  const notices = scripts.map((script) =>
    script === 'Other'
      ? 'Some letters have no bundled font; they print in this computer’s own fonts, which may look different or show as empty boxes.'
      : `${script} text has no bundled font; it prints in this computer’s own fonts, which may look different or show as empty boxes.`,
  );
  if (notices.length > 0 && fonts.missing.length > 0) {
    notices.push(`Some of Chancery’s fonts are missing (${fonts.missing.join(', ')}); reinstalling Chancery restores them.`);
  }
  return notices;
}

/** The words a printed HTML document shows: no style sheets, no tags, entities decoded. */
export function htmlText(markup: string): string {
  return markup
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec: string, hex: string, name: string) =>
      dec ? fromCodePoint(Number(dec)) : hex ? fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name.toLowerCase()]!,
    );
}

function fromCodePoint(codePoint: number): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
}
