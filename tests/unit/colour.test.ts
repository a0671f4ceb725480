import { describe, expect, it } from 'vitest';
import { contrastRatio, textColourOn } from '../../src/shared/colour';

describe('text on a chosen colour', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('writes white on dark bands and dark text on light ones', () => {
    expect(textColourOn('#2f6fb0')).toBe('#ffffff');
    expect(textColourOn('#ffe066')).toBe('#000000');
  });

  it('reaches WCAG AA (4.5:1) on every colour', () => {
    for (let v = 0; v < 256; v += 1) {
      for (const hex of [`#${v.toString(16).padStart(2, '0').repeat(3)}`, `#${v.toString(16).padStart(2, '0')}8040`, `#40${v.toString(16).padStart(2, '0')}c0`]) {
        expect(contrastRatio(hex, textColourOn(hex)), hex).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
