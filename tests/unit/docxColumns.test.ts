// The DOCX tables' column widths: every column fits its longest word, longer texts get the rest.
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../src/core/documents/docx';

const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0);

describe('columnWidths', () => {
  it('fills the width, giving the long-text column the room the short ones do not need', () => {
    const header = ['Platform', 'Status', 'Set-up'];
    const rows = [['LinkedIn', 'Active', 'Profile text written for each language; official avatar and banner in place; posting guidelines agreed']];
    const widths = columnWidths(header, rows, 9000);
    expect(sum(widths)).toBeGreaterThan(8990);
    expect(sum(widths)).toBeLessThanOrEqual(9000);
    expect(widths[2]).toBeGreaterThan(widths[0]! + widths[1]!);
    // "Platform" in bold needs about 8 × 120 twips plus the cell's margins.
    expect(widths[0]).toBeGreaterThanOrEqual(8 * 120 + 220);
  });

  it('lets a very long word (a URL) break rather than starve the other columns', () => {
    const widths = columnWidths(['Account', 'Owner'], [['https://aurelia.example/a/very/long/path/to/the/mission/page', 'attaché']], 5000);
    // "attaché" keeps its whole width; the URL takes the rest and wraps.
    expect(widths[1]).toBeGreaterThanOrEqual('attaché'.length * 105 + 220);
    expect(widths[0]).toBe(5000 - widths[1]!);
  });

  it('shares the width by need when even the words do not fit, and copes with empty tables', () => {
    const widths = columnWidths(['A', 'B'], [['x'.repeat(40), 'y'.repeat(40)]], 4000);
    expect(widths).toEqual([2000, 2000]);
    expect(sum(columnWidths(['#', 'Name'], [], 5000))).toBeGreaterThan(4990);
  });
});
