// `npm run brief -- --data DIR --strategy ID --out brief.pdf [--format pdf|docx|markdown|csv-objectives|csv-audiences]
//   [--paper a4|letter] [--marking TEXT] [--sections a,b]`
// Exports a strategy brief (PDF printed by the system's Chromium, DOCX, Markdown) or its tables (CSV), for batch use.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Core } from '../core/core';
import { DATABASE_FILE } from '../core/db/open';
import { resolveDataDir } from '../core/dataDir';
import { openCore } from '../core/index';
import { BRIEF_SECTIONS, EXPORT_FORMATS, PAPER_SIZES, formatFromFileName, type BriefSection, type ExportFormat, type PaperSize } from '../shared/documents';
import { ChanceryError } from '../shared/errors';
import { exportBrief } from './briefExport';
import { playwrightPrinter } from './pdf';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = `Usage: npm run brief -- --data DIR --strategy ID --out FILE [--format ${EXPORT_FORMATS.join('|')}] [--paper a4|letter] [--marking TEXT] [--sections ${BRIEF_SECTIONS.join(',')}]`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        data: { type: 'string' },
        strategy: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        marking: { type: 'string', default: 'UNCLASSIFIED' },
        sections: { type: 'string' },
      },
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.strategy) fail(`--strategy is required.\n${USAGE}`);
  if (!values.out) fail(`--out is required.\n${USAGE}`);
  const format = (values.format?.toLowerCase() ?? formatFromFileName(values.out)) as ExportFormat | null;
  if (!format) fail(`Give --format (${EXPORT_FORMATS.join(', ')}) or an --out file ending in .pdf, .docx, .md, .csv or .ics.`);
  if (!EXPORT_FORMATS.includes(format)) fail(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${values.format}".`);
  const paper = values.paper.toLowerCase();
  if (!PAPER_SIZES.includes(paper as PaperSize)) fail(`--paper must be a4 or letter, not "${values.paper}".`);
  const sections = values.sections?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = sections?.filter((s) => !BRIEF_SECTIONS.includes(s as BriefSection));
  if (unknown && unknown.length > 0) fail(`Unknown section${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Sections: ${BRIEF_SECTIONS.join(', ')}.`);

  const dataDir = resolveDataDir(process.argv.slice(2));
  if (fs.existsSync(dataDir) && !fs.statSync(dataDir).isDirectory()) fail(`${dataDir} is a file, not a folder: give --data the workspace's folder.`);
  if (!fs.existsSync(path.join(dataDir, DATABASE_FILE))) fail(`There is no Chancery workspace in ${dataDir} (no ${DATABASE_FILE}).`);

  let core: Core;
  try {
    core = openCore({
      dataDir,
      host: 'web',
      processName: 'a brief export (npm run brief)',
      appRoot: repoRoot,
      printPdf: format === 'pdf' ? playwrightPrinter() : undefined,
    });
  } catch (error) {
    fail(error instanceof ChanceryError ? error.message : `Chancery could not open ${dataDir}: ${String(error)}`);
  }
  try {
    const strategies = await core.call('strategy.list', { includeArchived: true });
    if (!strategies.some((s) => s.id === values.strategy)) {
      const known = strategies.map((s) => `  ${s.id}  ${s.title} (${s.year})`).join('\n');
      fail(`No strategy with id "${values.strategy}" in ${dataDir}.${known ? `\nStrategies in this workspace:\n${known}` : ' The workspace has no strategies.'}`);
    }
    const result = await exportBrief(
      core,
      { format, strategyId: values.strategy, paper: paper as PaperSize, marking: values.marking, sections: sections as BriefSection[] | undefined },
      values.out,
    );
    console.log(`Wrote ${result.path} (${Math.round(result.bytes / 1024)} KB).`);
    for (const notice of result.notices) console.warn(`Note: ${notice}`);
  } catch (error) {
    fail(error instanceof ChanceryError ? error.message : `The brief could not be exported: ${String(error)}`);
  } finally {
    core.close();
  }
}

void main();
