import { describe, expect, it } from 'vitest';
import { directionOf, quadrantOf } from '../../src/shared/audiences';

describe('quadrantOf', () => {
  it('names the four quadrants, with the midpoint (3) counting as high', () => {
    expect(quadrantOf(5, 5)).toBe('manage_closely');
    expect(quadrantOf(3, 3)).toBe('manage_closely');
    expect(quadrantOf(5, 1)).toBe('keep_satisfied');
    expect(quadrantOf(3, 2)).toBe('keep_satisfied');
    expect(quadrantOf(1, 5)).toBe('keep_informed');
    expect(quadrantOf(2, 3)).toBe('keep_informed');
    expect(quadrantOf(1, 1)).toBe('monitor');
    expect(quadrantOf(2, 2)).toBe('monitor');
  });
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['AR', 'rtl'],
    ['ar-EG', 'rtl'],
    ['arz', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['prs', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['dv', 'rtl'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
    ['zh-Hant-TW', 'ltr'],
    ['ku', 'ltr'],
  ] as const)('%s is %s', (tag, direction) => {
    expect(directionOf(tag)).toBe(direction);
  });

  it('lets a script subtag win over the language', () => {
    expect(directionOf('az-Arab')).toBe('rtl');
    expect(directionOf('pa-Arab-PK')).toBe('rtl');
    expect(directionOf('ms-arab')).toBe('rtl');
    expect(directionOf('ar-Latn')).toBe('ltr');
    expect(directionOf('yi-Hebr')).toBe('rtl');
    // After an extended language subtag too.
    expect(directionOf('zh-yue-Hant')).toBe('ltr');
  });

  it('never takes a variant or a later subtag for a script', () => {
    expect(directionOf('de-1996')).toBe('ltr');
    expect(directionOf('ar-1996')).toBe('rtl');
    expect(directionOf('ar-EG-abcd')).toBe('rtl');
  });
});
