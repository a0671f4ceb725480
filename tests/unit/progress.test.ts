import { describe, expect, it } from 'vitest';
import { kpiProgress, meanProgress } from '../../src/shared/progress';

describe('KPI progress', () => {
  it('measures the way from baseline to target', () => {
    expect(kpiProgress({ baseline: 100, target: 200, actual: 150 })).toBe(0.5);
    expect(kpiProgress({ baseline: null, target: 80, actual: 20 })).toBe(0.25);
  });

  it('works for targets below the baseline (reduce response time)', () => {
    expect(kpiProgress({ baseline: 48, target: 24, actual: 36 })).toBe(0.5);
  });

  it('clamps to 0..1 and is unknown without a target', () => {
    expect(kpiProgress({ baseline: 0, target: 10, actual: 25 })).toBe(1);
    expect(kpiProgress({ baseline: 10, target: 20, actual: 5 })).toBe(0);
    expect(kpiProgress({ baseline: 10, target: null, actual: 5 })).toBeNull();
    expect(kpiProgress({ baseline: 10, target: 10, actual: 9 })).toBeNull();
    expect(kpiProgress({ baseline: 10, target: 10, actual: 10 })).toBe(1);
  });

  it('averages only the KPIs that have progress', () => {
    expect(meanProgress([{ baseline: 0, target: 10, actual: 5 }, { baseline: 0, target: null, actual: 1 }, { baseline: 0, target: 4, actual: 4 }])).toBe(0.75);
    expect(meanProgress([])).toBeNull();
  });
});
