// The built-in digital diplomacy template, read from resources/ so a ministry can adapt its own copy.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { OBJECTIVE_KINDS } from '../../shared/domain';
import type { Writer } from '../db/writePath';
import { kpis, objectives, priorities } from '../db/schema';
import { generateNKeysBetween } from 'fractional-indexing';

const templateSchema = z.object({
  name: z.string(),
  vision: z.string(),
  objectives: z.array(
    z.object({
      kind: z.enum(OBJECTIVE_KINDS),
      title: z.string().min(1),
      description: z.string(),
      kpis: z.array(z.object({ metric: z.string().min(1), unit: z.string() })),
    }),
  ),
  priorities: z.array(z.object({ title: z.string().min(1), description: z.string() })),
});
export type StrategyTemplate = z.infer<typeof templateSchema>;

const cache = new Map<string, StrategyTemplate>();

export function loadTemplate(resourcesDir: string): StrategyTemplate {
  const file = path.join(resourcesDir, 'templates', 'digital-diplomacy.json');
  let template = cache.get(file);
  if (!template) {
    template = templateSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    cache.set(file, template);
  }
  return template;
}

/** Figures a filled-in plan gives a KPI (the sample does; a new strategy leaves them empty). */
export interface KpiFigures {
  baseline: number;
  target: number;
  actual: number;
  dueDate: string;
}

/**
 * Writes the template's objectives, KPIs and priorities into a strategy, inside the caller's
 * transaction. `figures` is asked once per KPI, in template order.
 */
export function applyTemplate(w: Writer, strategyId: string, template: StrategyTemplate, figures?: (kpiIndex: number) => KpiFigures): void {
  let kpiIndex = 0;
  const objectiveKeys = generateNKeysBetween(null, null, template.objectives.length);
  template.objectives.forEach((objective, i) => {
    const objectiveId = w.insert(objectives, {
      strategyId,
      kind: objective.kind,
      title: objective.title,
      description: objective.description,
      sortKey: objectiveKeys[i]!,
    });
    const kpiKeys = generateNKeysBetween(null, null, objective.kpis.length);
    objective.kpis.forEach((kpi, j) => {
      w.insert(kpis, { objectiveId, metric: kpi.metric, unit: kpi.unit, ...figures?.(kpiIndex++), sortKey: kpiKeys[j]! });
    });
  });
  const priorityKeys = generateNKeysBetween(null, null, template.priorities.length);
  template.priorities.forEach((priority, i) => {
    w.insert(priorities, { strategyId, title: priority.title, description: priority.description, sortKey: priorityKeys[i]! });
  });
}
