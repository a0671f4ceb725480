// Which scripts of a brief the bundled fonts leave to the laptop's fonts, and what the planner is told.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { covers, fontNotices, htmlText, parseRangeList, parseUnicodeRanges, uncoveredScripts } from '../../src/core/documents/fontCoverage';
import { bundledFonts } from '../../src/core/documents/fonts';

const LATIN_ARABIC = parseUnicodeRanges(`
@font-face { font-family: 'Noto Sans'; unicode-range: U+0000-00FF,U+0131,U+2000-206F; }
@font-face { font-family: 'Noto Sans Arabic'; unicode-range: U+0600-06FF, U+0750-077F; }
`);

describe('unicode ranges', () => {
  it('reads single code points, ranges and wildcards, and merges what touches', () => {
    expect(parseRangeList('U+0131, U+0600-06ff,U+4??,nonsense,U+20-10')).toEqual([
      [0x131, 0x131],
      [0x600, 0x6ff],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRanges('a { unicode-range: U+0-7F, U+80-FF; } b { unicode-range: U+100; }')).toEqual([[0, 0x100]]);
    expect(covers(LATIN_ARABIC, 'é'.codePointAt(0)!)).toBe(true);
    expect(covers(LATIN_ARABIC, 'ب'.codePointAt(0)!)).toBe(true);
    expect(covers(LATIN_ARABIC, 'ж'.codePointAt(0)!)).toBe(false);
    expect(covers([], 0x41)).toBe(false);
  });
});

describe('uncoveredScripts', () => {
  it('names each script with letters outside the fonts once, in a fixed order', () => {
    const text = 'Youth — الشباب, สวัสดี นักเรียน, नमस्ते, 한국어 청년, Молодёжь, 青年, ひらがな, ქართული';
    expect(uncoveredScripts(text, LATIN_ARABIC)).toEqual(['Cyrillic', 'Chinese (Han)', 'Japanese (kana)', 'Korean (Hangul)', 'Thai', 'Devanagari', 'Georgian']);
  });

  it('ignores punctuation, symbols and emoji every script shares', () => {
    expect(uncoveredScripts('Plan 2027 → “done” ✓ 🎉 …', LATIN_ARABIC)).toEqual([]);
    expect(uncoveredScripts('', [])).toEqual([]);
  });

  it('calls letters of scripts it does not know "Other"', () => {
    expect(uncoveredScripts('ᏣᎳᎩ', LATIN_ARABIC)).toEqual(['Other']);
  });
});

describe('fontNotices', () => {
  it('says nothing when every letter has its font', () => {
    expect(fontNotices('Digital diplomacy منحة', { ranges: LATIN_ARABIC, missing: ['resources/fonts/noto-sans-sc'] })).toEqual([]);
  });

  it('tells the planner which scripts print in the laptop’s fonts, and which bundled fonts are missing', () => {
    const notices = fontNotices('Thai: สวัสดี; Chinese: 青年', { ranges: LATIN_ARABIC, missing: ['resources/fonts/noto-sans-sc'] });
    expect(notices).toEqual([
      'Chinese (Han) text has no bundled font; it prints in this computer’s own fonts, which may look different or show as empty boxes.',
      'Thai text has no bundled font; it prints in this computer’s own fonts, which may look different or show as empty boxes.',
      'Some of Chancery’s fonts are missing (resources/fonts/noto-sans-sc); reinstalling Chancery restores them.',
    ]);
  });
});

describe('htmlText', () => {
  it('keeps the words a page shows, not its styles or tags', () => {
    expect(htmlText('<style>.q{font-family:"Noto"}</style><p dir="auto">A &amp; B &#1576; &#x4e2d;</p><svg><text>5</text></svg>').replace(/\s+/g, ' ').trim()).toBe('A & B ب 中 5');
  });
});

describe('the bundled fonts', () => {
  it('cover Latin, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari, Chinese, Japanese and Korean, but not Khmer or Georgian', () => {
    const { available } = bundledFonts(path.resolve(import.meta.dirname, '../../resources'));
    expect(available.missing).toEqual([]);
    const text = 'Youth Молодёжь Νεολαία الشباب נוער สวัสดี नमस्ते 青年对话 日本の若者 ワカモノ 청년';
    expect(uncoveredScripts(text, available.ranges)).toEqual([]);
    expect(uncoveredScripts('សួស្តី გამარჯობა', available.ranges)).toEqual(['Khmer', 'Georgian']);
  });
});
