// `npm run bench:brief`: time to preview and export the PDF brief of a sample strategy with 500
// audiences (and their key messages). Prints figures; never fails on them. The calendar's content
// items do not exist yet, so the "5,000 items" of issue 6 are not part of this figure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../src/core/index';
import { playwrightPrinter } from '../../src/web/pdf';

const AUDIENCES = Number(process.env.BRIEF_AUDIENCES ?? 500);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-bench-brief-'));
const core = openCore({ dataDir, host: 'web', appRoot: path.resolve(import.meta.dirname, '../..'), printPdf: playwrightPrinter() });
try {
  const strategy = await core.call('strategy.createSample', { audiences: AUDIENCES });
  let start = performance.now();
  const preview = await core.call('document.preview', { strategyId: strategy.id });
  console.log(`brief preview, ${AUDIENCES} audiences: ${(performance.now() - start).toFixed(0)} ms (${Math.round(preview.html.length / 1024)} KB of HTML)`);
  start = performance.now();
  const pdf = await core.call('document.exportPdf', { strategyId: strategy.id });
  console.log(`brief PDF export, ${AUDIENCES} audiences: ${((performance.now() - start) / 1000).toFixed(1)} s (${Math.round(pdf.bytes / 1024)} KB, two printings for the contents page numbers)`);
  for (const format of ['docx', 'markdown', 'csv-audiences'] as const) {
    start = performance.now();
    const file = await core.call('document.export', { strategyId: strategy.id, format });
    console.log(`brief ${format} export, ${AUDIENCES} audiences: ${(performance.now() - start).toFixed(0)} ms (${Math.round(file.bytes / 1024)} KB)`);
  }
} finally {
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
