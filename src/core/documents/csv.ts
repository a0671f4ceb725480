// The brief's data tables as CSV, written by csv-stringify: RFC 4180 quoting (commas, quotes and
// line breaks inside a cell survive), CRLF line ends, and a UTF-8 byte-order mark so that Excel
// opens Arabic, Hebrew and Chinese text correctly.
import { stringify } from 'csv-stringify/sync';
import { AUDIENCE_KIND_LABELS, QUADRANT_LABELS, STANCE_LABELS, quadrantOf } from '../../shared/audiences';
import { OBJECTIVE_KIND_LABELS } from '../../shared/domain';
import { kpiProgress } from '../../shared/progress';
import { platformNames } from './briefBlocks';
import type { BriefData } from './render';

const num = (n: number | null) => (n === null ? '' : n);

function csv(header: string[], rows: (string | number)[][]): Uint8Array {
  return Buffer.from(stringify([header, ...rows], { bom: true, record_delimiter: 'windows' }), 'utf8');
}

/** One row per KPI; an objective without KPIs has one row with the KPI columns empty. */
export function objectivesCsv(data: BriefData): Uint8Array {
  const header = ['Objective #', 'Objective', 'Kind', 'Description', 'KPI', 'Unit', 'Baseline', 'Target', 'Actual', 'Progress (%)', 'Due'];
  const rows = data.strategy.objectives.flatMap((o, index) => {
    const objective = [index + 1, o.title, OBJECTIVE_KIND_LABELS[o.kind], o.description];
    if (o.kpis.length === 0) return [[...objective, '', '', '', '', '', '', '']];
    return o.kpis.map((k) => {
      const p = kpiProgress(k);
      return [...objective, k.metric, k.unit, num(k.baseline), num(k.target), num(k.actual), p === null ? '' : Math.round(p * 100), k.dueDate ?? ''];
    });
  });
  return csv(header, rows);
}

export function audiencesCsv(data: BriefData): Uint8Array {
  const names = platformNames(data);
  const header = ['#', 'Audience', 'Kind', 'Influence', 'Interest', 'Quadrant', 'Stance', 'Priority', 'Platforms', 'Languages', 'Regions', 'Needs', 'Notes'];
  const rows = data.audiences.map((a, index) => [
    index + 1,
    a.name,
    AUDIENCE_KIND_LABELS[a.kind],
    a.influence,
    a.interest,
    QUADRANT_LABELS[quadrantOf(a.influence, a.interest)],
    STANCE_LABELS[a.stance],
    a.priority,
    a.platformIds.map((id) => names.get(id)).filter(Boolean).join('; '),
    a.languages.join('; '),
    a.regions.join('; '),
    a.needs,
    a.notes,
  ]);
  return csv(header, rows);
}
