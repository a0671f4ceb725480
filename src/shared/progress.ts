// KPI progress: how far actual has moved from baseline towards target.
import type { Kpi } from './domain';

/** Progress from 0 to 1, or null when it cannot be known (no target, or nothing to move). */
export function kpiProgress(kpi: Pick<Kpi, 'baseline' | 'target' | 'actual'>): number | null {
  const { target } = kpi;
  if (target === null) return null;
  const baseline = kpi.baseline ?? 0;
  const actual = kpi.actual ?? baseline;
  if (target === baseline) return actual === target ? 1 : null;
  const ratio = (actual - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, ratio));
}

/** Mean progress of the KPIs that have one. */
export function meanProgress(kpis: Pick<Kpi, 'baseline' | 'target' | 'actual'>[]): number | null {
  const values = kpis.map(kpiProgress).filter((p): p is number => p !== null);
  if (values.length === 0) return null;
  return values.reduce((sum, p) => sum + p, 0) / values.length;
}
