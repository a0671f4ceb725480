// `npm run bench:brief`: time to preview and export the strategy documents of a sample strategy at
// the scale of issue 6: 500 audiences (with their key messages) and 5,000 content items over the
// year, seeded through the core's own sample call. Exports the PDF brief, the Word document,
// Markdown, the three CSV tables and the iCalendar file, prints each time and size and the PDF's
// page count (pdfinfo). Prints figures; never fails on them.
// BRIEF_AUDIENCES and BRIEF_ITEMS change the scale; BRIEF_KEEP=1 keeps the PDF in BRIEF_OUT.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../src/core/index';
import { EXPORT_FORMATS } from '../../src/shared/documents';
import { playwrightPrinter } from '../../src/web/pdf';
import { fmt, printTable } from './stats';

const AUDIENCES = Number(process.env.BRIEF_AUDIENCES ?? 500);
const ITEMS = Number(process.env.BRIEF_ITEMS ?? 5_000);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-brief-'));
const core = openCore({ dataDir, host: 'web', appRoot: path.resolve(import.meta.dirname, '../..'), printPdf: playwrightPrinter() });

function pdfPages(bytes: Uint8Array): string {
  const file = path.join(dataDir, 'brief.pdf');
  fs.writeFileSync(file, bytes);
  if (process.env.BRIEF_KEEP) fs.copyFileSync(file, process.env.BRIEF_OUT ?? path.resolve('brief-bench.pdf'));
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return `${/Pages:\s+(\d+)/.exec(info)?.[1] ?? '?'} pages, ${/Page size:\s+(.*)/.exec(info)?.[1]?.trim() ?? '?'}`;
  } catch {
    return 'page count unknown (pdfinfo missing)';
  }
}

try {
  let start = performance.now();
  const strategy = await core.call('strategy.createSample', { audiences: AUDIENCES, items: ITEMS });
  const seedMs = performance.now() - start;
  const audiences = (await core.call('audience.list', { strategyId: strategy.id })).length;
  const { items } = await core.call('calendar.range', { strategyId: strategy.id, from: `${strategy.year}-01-01T00:00:00Z`, to: `${strategy.year + 1}-01-01T00:00:00Z` });
  console.log(`sample strategy: ${audiences} audiences, ${items.length} calendar occurrences in ${strategy.year}; seeded in ${fmt(seedMs / 1000, 1)} s`);

  start = performance.now();
  const preview = await core.call('document.preview', { strategyId: strategy.id });
  const rows: string[][] = [['preview (HTML)', fmt(performance.now() - start, 0), `${fmt(preview.html.length / 1024, 0)} KB`, '']];

  for (const format of EXPORT_FORMATS) {
    start = performance.now();
    const file = await core.call('document.export', { strategyId: strategy.id, format });
    const ms = performance.now() - start;
    const note = format === 'pdf' ? pdfPages(Buffer.from(file.base64, 'base64')) : '';
    rows.push([format, fmt(ms, 0), `${fmt(file.bytes / 1024, 0)} KB`, note]);
  }
  printTable(`Strategy documents, ${fmt(AUDIENCES, 0)} audiences and ${fmt(ITEMS, 0)} items (one run each; the PDF prints twice for the contents page numbers)`, ['export', 'ms', 'size', 'notes'], rows);
} finally {
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
