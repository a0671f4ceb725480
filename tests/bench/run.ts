// Chancery benchmarks: `npm run bench [-- edits bulk cold audiences map search]`. Prints figures; it is not a timed test
// and never fails on them. With no argument every section runs.
//   1. single-field edits through the write path vs raw better-sqlite3
//   2. bulk inserts through the write path vs raw better-sqlite3 (with and without a change log)
//   3. cold start of the core on a ~50,000-row workspace, in-process and in fresh processes
//   4. the audience map with 1,000 audiences: saving a drag, loading the map and the channel plan
//   5. the same map rendered in Chromium: navigation to painted cards, drop to saved (needs a built UI)
//   6. search over that workspace plus text in five scripts: the word index alone beside word + trigram
import os from 'node:os';
import Database from 'better-sqlite3';
import { benchAudienceMap } from './audiences.bench';
import { benchAudienceMap as benchMapInChromium, printAudienceMapFigures } from './audienceMap.bench';
import { benchColdStart, buildWorkspace } from './coldStart.bench';
import { benchSearch } from './search.bench';
import { fmt, msSince, removeAllTempDirs } from './stats';
import { benchBulkInserts, benchSingleEdits } from './writePath.bench';

const EDITS = 5_000;
const BULK_ROWS = 20_000;
const COLD_START_ROWS = 50_000;
const MAP_AUDIENCES = 1_000;

function machine(): string {
  const sqlite = new Database(':memory:');
  const version = (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  sqlite.close();
  const cpus = os.cpus();
  return [
    `node ${process.version} (${process.platform}/${process.arch})`,
    `${cpus.length} CPU(s) (available parallelism ${os.availableParallelism()}): ${cpus[0]?.model ?? 'unknown'}`,
    `memory ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, SQLite ${version}, tmpdir ${os.tmpdir()}`,
    `${loadAverage()} (other work on the machine skews every figure; compare lines of one run)`,
  ].join('\n  ');
}

function loadAverage(): string {
  return `load average ${os.loadavg().map((l) => fmt(l, 2)).join(' / ')} (1 / 5 / 15 min)`;
}

process.on('exit', removeAllTempDirs);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removeAllTempDirs();
    process.exit(130);
  });
}

const SECTIONS = ['edits', 'bulk', 'cold', 'audiences', 'map', 'search'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`Unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const wants = (section: (typeof SECTIONS)[number]) => asked.length === 0 || asked.includes(section);

const start = process.hrtime.bigint();
console.log(`Chancery benchmarks\n  ${machine()}`);

const edits = wants('edits') ? benchSingleEdits(EDITS) : null;
const bulk = wants('bulk') ? benchBulkInserts(BULK_ROWS) : null;
if (wants('cold')) await benchColdStart(await buildWorkspace(COLD_START_ROWS));
const audiences = wants('audiences') ? await benchAudienceMap(MAP_AUDIENCES) : null;
if (wants('map')) printAudienceMapFigures(await benchMapInChromium(MAP_AUDIENCES));
if (wants('search')) await benchSearch();

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log('\nTargets');
if (edits) {
  const { median, p95 } = edits.writePath;
  console.log(
    `  single edit through the write path < 100 µs: median ${fmt(median)} µs -> ${verdict(median < 100)}; ` +
      `p95 ${fmt(p95)} µs -> ${verdict(p95 < 100)} (raw's own p95: ${fmt(edits.raw.p95)} µs)`,
  );
}
if (bulk) {
  const share = (b: typeof bulk.wall) => b.writePath / b.raw;
  console.log(
    `  bulk insert through the write path >= 0.5× raw speed: ${fmt(share(bulk.wall), 2)}× by wall time, ` +
      `${fmt(share(bulk.cpu), 2)}× by CPU time -> ${verdict(share(bulk.wall) >= 0.5)} ` +
      `(vs raw incl. change log: ${fmt(bulk.wall.writePath / bulk.wall.rawWithLog, 2)}× wall, ` +
      `${fmt(bulk.cpu.writePath / bulk.cpu.rawWithLog, 2)}× CPU)`,
  );
}
if (audiences) {
  // A drag should feel instant: the core's share must leave the frame budget (16 ms) to the UI.
  const { drag, list, plan } = audiences;
  console.log(
    `  save a drag with ${fmt(audiences.audiences, 0)} audiences < 16 ms in the core: p95 ${fmt(drag.p95, 2)} ms -> ${verdict(drag.p95 < 16)}; ` +
      `load map + channel plan < 100 ms: median ${fmt(list.median + plan.median, 1)} ms -> ${verdict(list.median + plan.median < 100)}`,
  );
}
console.log(`\nTotal ${fmt(msSince(start) / 1000, 1)} s; ${loadAverage()}`);
