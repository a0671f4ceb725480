import { describe, expect, it } from 'vitest';
import { checkLength, findUrls, xLength } from '../../src/shared/calendarText';

describe('platform length limits', () => {
  it('counts X text as X does: URLs as 23, emoji as 2, CJK as 2', () => {
    expect(xLength('Hello')).toBe(5);
    expect(xLength('Read more: https://example.org/a/very/long/path/that/goes/on/and/on?with=query')).toBe('Read more: '.length + 23);
    expect(xLength('See www.gov.uk.')).toBe(4 + 23 + 1);
    expect(xLength('Visit example.com today')).toBe(6 + 23 + 6);
    expect(xLength('🇺🇳')).toBe(2); // a flag: one emoji sequence
    expect(xLength('👩‍👩‍👧‍👦')).toBe(2); // a family: one emoji sequence
    expect(xLength('👍🏽')).toBe(2); // with a skin tone
    expect(xLength('和平')).toBe(4);
    expect(xLength('Café')).toBe(4);
    expect(xLength('Cafe\u0301')).toBe(4); // NFC-normalised first
    expect(xLength('سلام')).toBe(4); // Arabic is in the light range
    expect(xLength('@press_office')).toBe(13);
  });

  it('finds links without their trailing punctuation, and not e-mail addresses', () => {
    expect(findUrls('(see https://un.org/peace).').map((u) => u.url)).toEqual(['https://un.org/peace']);
    expect(findUrls('write to press@example.org')).toEqual([]);
  });

  it('gives {length, limit, over} per platform', () => {
    expect(checkLength('x', 'a'.repeat(280))).toEqual({ length: 280, limit: 280, over: false });
    expect(checkLength('x', 'a'.repeat(279) + '🙂')).toEqual({ length: 281, limit: 280, over: true });
    expect(checkLength('x', '和'.repeat(141))).toEqual({ length: 282, limit: 280, over: true });
    expect(checkLength('bluesky', '🇺🇳'.repeat(300))).toEqual({ length: 300, limit: 300, over: false });
    expect(checkLength('mastodon', `${'a'.repeat(477)} https://example.org/${'x'.repeat(100)}`)).toEqual({ length: 501, limit: 500, over: true });
    expect(checkLength('instagram', 'a'.repeat(2201)).over).toBe(true);
    expect(checkLength('linkedin', 'a'.repeat(3000)).over).toBe(false);
    expect(checkLength('website', 'a'.repeat(100_000))).toEqual({ length: 100_000, limit: null, over: false });
  });
});
