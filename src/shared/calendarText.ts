// How long a post is, as each platform counts it, and each platform's published limit.
//
// X counts by "weighted length" (twitter-text v3 configuration, documented at
// developer.x.com "Counting characters"): the text is NFC-normalised; every URL counts as 23
// whatever its length; an emoji (a whole emoji sequence, e.g. a flag or a family) counts as 2; a code
// point in the Latin-1 / general-punctuation ranges U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F,
// U+2032-U+2037 counts as 1, any other (CJK, Japanese, Korean, ...) as 2; the limit is 280 (weighted).
// This is our own implementation of those rules (twitter-text itself is unmaintained since 2019);
// its URL detection covers http(s) links, www. links and bare domains with a common top-level domain.
// Mastodon counts URLs as 23 and other text by code point; Bluesky counts graphemes; other platforms
// by code point.
import type { PlatformKind } from './domain';

export interface LengthCheck {
  length: number;
  /** The platform's limit, or null where there is none worth showing (a website). */
  limit: number | null;
  over: boolean;
}

/** Published text limits (post body / caption), checked 2026. */
export const PLATFORM_TEXT_LIMITS: Record<PlatformKind, number | null> = {
  x: 280,
  facebook: 63_206,
  instagram: 2_200,
  linkedin: 3_000,
  youtube: 5_000, // video description
  tiktok: 4_000, // caption
  threads: 500,
  bluesky: 300,
  mastodon: 500, // the default of mastodon.social; servers may differ
  telegram: 4_096, // a message (a media caption is 1,024)
  whatsapp_channel: 65_536,
  weibo: 2_000,
  vk: 16_384,
  website: null,
  custom: null,
};

/** How many posts a day on one platform is "too many" for a mission's account (a warning, not a rule). */
export const DAILY_POST_THRESHOLDS: Record<PlatformKind, number> = {
  x: 6,
  facebook: 2,
  instagram: 2,
  linkedin: 2,
  youtube: 1,
  tiktok: 3,
  threads: 5,
  bluesky: 6,
  mastodon: 6,
  telegram: 5,
  whatsapp_channel: 3,
  weibo: 4,
  vk: 3,
  website: 3,
  custom: 4,
};

export const URL_WEIGHT = 23;

const TLDS = 'com|org|net|int|gov|edu|mil|info|biz|io|co|eu|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|ru|ua|cn|jp|kr|in|br|ar|mx|ca|us|au|nz|za|ke|ng|eg|ae|sa|tr|il|gr|news|app|dev|org\\.uk|gov\\.uk';
// A scheme link, a www. link, or a bare domain with a known TLD; then any path up to white space.
const URL_PATTERN = new RegExp(
  String.raw`(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|(?<![@\w.\-/])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:${TLDS})(?![\w\-])(?:[/?#][^\s<>"]*)?)`,
  'giu',
);
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"’”]+$/u;

/** The URLs in a text as X and Mastodon find them (trailing punctuation is not part of a link). */
export function findUrls(text: string): { start: number; end: number; url: string }[] {
  const out: { start: number; end: number; url: string }[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (url.length === 0) continue;
    out.push({ start: match.index, end: match.index + url.length, url });
  }
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

function isLightCodePoint(cp: number): boolean {
  return (cp >= 0 && cp <= 0x10ff) || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
}

function replaceUrls(text: string, each: () => void): string {
  let rest = '';
  let last = 0;
  for (const url of findUrls(text)) {
    rest += text.slice(last, url.start);
    last = url.end;
    each();
  }
  return rest + text.slice(last);
}

/** X's weighted length (see the comment at the top of this file). */
export function xLength(raw: string): number {
  const text = raw.normalize('NFC');
  let length = 0;
  const rest = replaceUrls(text, () => (length += URL_WEIGHT));
  for (const { segment } of segmenter.segment(rest)) {
    if (EMOJI.test(segment)) {
      length += 2;
      continue;
    }
    for (const char of segment) length += isLightCodePoint(char.codePointAt(0)!) ? 1 : 2;
  }
  return length;
}

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** The length of a text as the platform counts it. */
export function textLength(kind: PlatformKind, text: string): number {
  switch (kind) {
    case 'x':
      return xLength(text);
    case 'mastodon': {
      let length = 0;
      const rest = replaceUrls(text, () => (length += URL_WEIGHT));
      return length + codePointLength(rest);
    }
    case 'bluesky':
      return graphemeLength(text);
    default:
      return codePointLength(text);
  }
}

/** {length, limit, over} of a text on a platform: what the editor shows live. */
export function checkLength(kind: PlatformKind, text: string): LengthCheck {
  const limit = PLATFORM_TEXT_LIMITS[kind];
  const length = textLength(kind, text);
  return { length, limit, over: limit !== null && length > limit };
}

/**
 * Below this many code points a text cannot be over the platform's limit, whatever it holds: X and
 * Mastodon count a 4-character link ("a.co") as 23, other platforms count at most one per code point.
 * The calendar measures only texts longer than this, so a busy month need not read every text.
 */
export function shortestOverLimit(kind: PlatformKind): number | null {
  const limit = PLATFORM_TEXT_LIMITS[kind];
  if (limit === null) return null;
  return kind === 'x' || kind === 'mastodon' ? Math.floor(limit / 6) : limit;
}
