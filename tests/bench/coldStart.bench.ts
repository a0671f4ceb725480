// Cold start of the core on a workspace of ~50,000 synced rows: openCore + the first strategy.list,
// in this process (modules already loaded) and in fresh child processes (module loading included).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openCore } from '../../src/core/index';
import { DATABASE_FILE } from '../../src/core/db/open';
import { syncedTables } from '../../src/core/db/schema';
import { fmt, msSince, printTable, summarize, tempDir } from './stats';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const CHILD = path.join(HERE, 'coldStart.child.ts');
/** The contract caps strategy.createSample's scale per call. */
const MAX_SCALE = 1_000;

export interface Workspace {
  dataDir: string;
  syncedRows: number;
  changeRows: number;
  strategies: number;
}

function countRows(dataDir: string): { perTable: Record<string, number>; syncedRows: number; changeRows: number } {
  const sqlite = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const perTable = Object.fromEntries(Object.keys(syncedTables).map((t) => [t, count(t)]));
    const syncedRows = Object.values(perTable).reduce((a, b) => a + b, 0);
    return { perTable, syncedRows, changeRows: count('changes') };
  } finally {
    sqlite.close();
  }
}

/** Builds the workspace once through the core's own sample generator, then closes it. */
export async function buildWorkspace(targetRows = 50_000): Promise<Workspace> {
  const dataDir = tempDir('cold');
  const start = process.hrtime.bigint();
  const core = openCore({ dataDir, host: 'web' });
  try {
    await core.call('strategy.createSample', { scale: 1 });
    const perSample = countRows(dataDir).syncedRows;
    let remaining = Math.max(0, Math.ceil(targetRows / perSample) - 1);
    while (remaining > 0) {
      const scale = Math.min(MAX_SCALE, remaining);
      await core.call('strategy.createSample', { scale });
      remaining -= scale;
    }
  } finally {
    core.close();
  }
  const buildMs = msSince(start);
  const { perTable, syncedRows, changeRows } = countRows(dataDir);
  const bytes = fs
    .readdirSync(dataDir)
    .filter((f) => f.startsWith(DATABASE_FILE))
    .reduce((sum, f) => sum + fs.statSync(path.join(dataDir, f)).size, 0);
  const strategies = perTable.strategies ?? 0;
  console.log(
    `\n3. Cold start workspace: ${fmt(syncedRows, 0)} rows in synced tables ` +
      `(${Object.entries(perTable).map(([t, n]) => `${t} ${fmt(n, 0)}`).join(', ')}), ` +
      `plus ${fmt(changeRows, 0)} change-log rows; ${fmt(bytes / 1024 / 1024, 1)} MiB on disk; built in ${fmt(buildMs / 1000, 1)} s.`,
  );
  return { dataDir, syncedRows, changeRows, strategies };
}

export async function benchColdStart(ws: Workspace, runs = 7, childRuns = 5): Promise<string[][]> {
  const rows: string[][] = [];
  const line = (name: string, samples: number[]) => {
    const s = summarize(samples);
    rows.push([name, fmt(s.median), fmt(s.min), fmt(s.max), fmt(s.n, 0)]);
    return s;
  };

  // In this process: modules are loaded and warm, so this is open + query work only.
  const open: number[] = [];
  const list: number[] = [];
  const total: number[] = [];
  for (let r = -1; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const core = openCore({ dataDir: ws.dataDir, host: 'web' });
    const t1 = process.hrtime.bigint();
    const result = await core.call('strategy.list', {});
    const t2 = process.hrtime.bigint();
    core.close();
    if (result.length !== ws.strategies) throw new Error(`strategy.list returned ${result.length}, expected ${ws.strategies}`);
    if (r < 0) continue; // warm-up
    open.push(Number(t1 - t0) / 1e6);
    list.push(Number(t2 - t1) / 1e6);
    total.push(Number(t2 - t0) / 1e6);
  }
  line('in-process: openCore', open);
  line('in-process: first strategy.list', list);
  line('in-process: open + first list', total);

  // Fresh processes: node + tsx start-up, loading the core's modules, open, first list, exit.
  const child = { wall: [] as number[], boot: [] as number[], import: [] as number[], open: [] as number[], list: [] as number[] };
  for (let r = -1; r < childRuns; r++) {
    const start = process.hrtime.bigint();
    const out = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ws.dataDir], { cwd: REPO, encoding: 'utf8' });
    const wall = msSince(start);
    if (out.status !== 0) throw new Error(`cold start child failed (${out.status}): ${out.stderr}`);
    const report = JSON.parse(out.stdout.trim().split('\n').pop()!) as {
      bootMs: number;
      importMs: number;
      openMs: number;
      listMs: number;
      strategies: number;
    };
    if (report.strategies !== ws.strategies) throw new Error(`child listed ${report.strategies} strategies`);
    if (r < 0) continue; // warm-up (also fills tsx's transform cache)
    child.wall.push(wall);
    child.boot.push(report.bootMs);
    child.import.push(report.importMs);
    child.open.push(report.openMs);
    child.list.push(report.listMs);
  }
  line('child: node + tsx boot', child.boot);
  line('child: import core modules', child.import);
  line('child: openCore', child.open);
  line('child: first strategy.list', child.list);
  line('child: import + open + first list', child.import.map((x, i) => x + child.open[i]! + child.list[i]!));
  line('child: whole process (spawn → exit)', child.wall);

  printTable(
    `   openCore({ dataDir, host: 'web' }) + first strategy.list on ${fmt(ws.syncedRows, 0)} rows (${fmt(ws.strategies, 0)} strategies); ms, after 1 warm-up run; OS page cache warm`,
    ['', 'median ms', 'min ms', 'max ms', 'runs'],
    rows,
  );
  return rows;
}
