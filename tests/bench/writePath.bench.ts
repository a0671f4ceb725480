// Write-path benchmarks: single-field edits (one transaction each) and bulk inserts (one transaction),
// each next to raw better-sqlite3 doing the same SQL on a fresh database with the same migrations.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { generateNKeysBetween } from 'fractional-indexing';
import { uuidv7 } from 'uuidv7';
import { OBJECTIVE_KINDS } from '../../src/shared/domain';
import { findAppRoot } from '../../src/core/appRoot';
import { openDatabase } from '../../src/core/db/open';
import { loadClock } from '../../src/core/db/replica';
import { objectives } from '../../src/core/db/schema';
import { WritePath } from '../../src/core/db/writePath';
import { fmt, msSince, printTable, ratio, removeTempDir, summarize, tempDir, type Summary } from './stats';

const MIGRATIONS = path.join(findAppRoot(), 'drizzle');
const OBJECTIVE_COLUMNS = ['id', 'created_at', 'updated_at', 'strategy_id', 'title', 'kind', 'description', 'sort_key'] as const;

interface Bench {
  sqlite: Database.Database;
  writePath: WritePath;
  replica: string;
  close(): void;
}

/** A fresh database in its own temp folder, migrated by the core's own openDatabase. */
function freshDatabase(label: string): Bench {
  const dir = tempDir(label);
  const { sqlite } = openDatabase(dir, MIGRATIONS);
  const clock = loadClock(sqlite, Date.now);
  return {
    sqlite,
    writePath: new WritePath(sqlite, clock, Date.now),
    replica: clock.node,
    close() {
      sqlite.close();
      removeTempDir(dir);
    },
  };
}

/**
 * An HLC-shaped stamp ("<ISO ms>-<counter hex4>-<node>") made as cheaply as possible: the floor a
 * change log costs, so the gap between it and the write path is the abstraction, not the log.
 */
function cheapStamps(node: string): () => string {
  let lastMs = -1;
  let iso = '';
  let counter = 0;
  return () => {
    const ms = Date.now();
    if (ms !== lastMs) {
      lastMs = ms;
      iso = new Date(ms).toISOString();
      counter = 0;
    } else counter++;
    return `${iso}-${counter.toString(16).padStart(4, '0')}-${node}`;
  };
}

interface ObjectiveValues {
  strategyId: string;
  title: string;
  kind: string;
  description: string;
  sortKey: string;
}

function objectiveRows(count: number): ObjectiveValues[] {
  const strategyIds = Array.from({ length: 100 }, () => uuidv7());
  const keys = generateNKeysBetween(null, null, 200);
  return Array.from({ length: count }, (_, i) => ({
    strategyId: strategyIds[i % strategyIds.length]!,
    title: `Objective ${i}: grow trusted reach among young audiences`,
    kind: OBJECTIVE_KINDS[i % OBJECTIVE_KINDS.length]!,
    description: `Measured quarterly against the baseline; owned by the press section of mission ${i % 97}.`,
    sortKey: keys[i % keys.length]!,
  }));
}

/** The values in OBJECTIVE_COLUMNS order after the id: what the write path would put in the row. */
function rowValues(now: string, r: ObjectiveValues): [string, string, string, string, string, string, string] {
  return [now, now, r.strategyId, r.title, r.kind, r.description, r.sortKey];
}

function insertStatement(sqlite: Database.Database): Database.Statement {
  return sqlite.prepare(
    `INSERT INTO objectives (${OBJECTIVE_COLUMNS.join(', ')}) VALUES (${OBJECTIVE_COLUMNS.map(() => '?').join(', ')})`,
  );
}

function logStatement(sqlite: Database.Database): Database.Statement {
  return sqlite.prepare('INSERT INTO changes (hlc, replica, tbl, row_id, col, value) VALUES (?, ?, ?, ?, ?, ?)');
}

// ---------------------------------------------------------------------------------------------
// 1. Single-field edits, one transaction each.

type EditVariant = { name: string; bench: Bench; edit: (id: string, title: string) => void };

export interface SingleEditResult {
  rows: string[][];
  writePath: Summary;
  raw: Summary;
}

export function benchSingleEdits(edits = 5_000, warmup = 500, rounds = 5): SingleEditResult {
  const seedCount = 1_000;
  const seed = objectiveRows(seedCount);
  const variants: EditVariant[] = [];

  const make = (name: string, build: (b: Bench) => (id: string, title: string) => void) => {
    const bench = freshDatabase('edit');
    variants.push({ name, bench, edit: build(bench) });
  };
  // The write path, as every feature handler uses it.
  make('write path: transaction(w => w.update(...))', (b) => (id, title) => {
    b.writePath.transaction((w) => w.update(objectives, id, { title }));
  });
  // Raw: the one UPDATE, in its own BEGIN IMMEDIATE transaction (as the write path uses).
  make('raw better-sqlite3: 1 UPDATE', (b) => {
    const update = b.sqlite.prepare('UPDATE objectives SET title = ? WHERE id = ?');
    const tx = b.sqlite.transaction((id: string, title: string) => update.run(title, id));
    return (id, title) => tx.immediate(id, title);
  });
  // Raw doing the write path's SQL: read the row, set the field and updated_at, log both.
  make('raw incl. read + updated_at + change log', (b) => {
    const read = b.sqlite.prepare('SELECT * FROM objectives WHERE id = ?');
    const setTitle = b.sqlite.prepare('UPDATE objectives SET title = ? WHERE id = ?');
    const setUpdated = b.sqlite.prepare('UPDATE objectives SET updated_at = ? WHERE id = ?');
    const log = logStatement(b.sqlite);
    const stamp = cheapStamps(b.replica);
    const tx = b.sqlite.transaction((id: string, title: string) => {
      const row = read.get(id) as { title: string } | undefined;
      if (!row) throw new Error(`No objective ${id}`);
      if (row.title === title) return;
      const now = new Date().toISOString();
      setTitle.run(title, id);
      log.run(stamp(), b.replica, 'objectives', id, 'title', JSON.stringify(title));
      setUpdated.run(now, id);
      log.run(stamp(), b.replica, 'objectives', id, 'updated_at', JSON.stringify(now));
    });
    return (id, title) => tx.immediate(id, title);
  });

  // Same seed rows everywhere (raw inserts, so no variant starts with a change log).
  const ids = seed.map(() => uuidv7());
  const seededAt = new Date().toISOString();
  for (const v of variants) {
    const insert = insertStatement(v.bench.sqlite);
    v.bench.sqlite.transaction(() => seed.forEach((r, i) => insert.run(ids[i], ...rowValues(seededAt, r))))();
  }

  const samples = variants.map(() => [] as number[]);
  const cpuMicros = variants.map(() => 0);
  let counter = 0;
  const runEdits = (v: EditVariant, count: number, into: number[] | null) => {
    for (let i = 0; i < count; i++) {
      const n = counter++;
      const id = ids[n % seedCount]!;
      const title = `Edited title ${n}`;
      const start = process.hrtime.bigint();
      v.edit(id, title);
      const elapsed = process.hrtime.bigint() - start;
      into?.push(Number(elapsed) / 1e3);
    }
  };
  for (const v of variants) runEdits(v, warmup, null);
  // Interleave rounds so drift (CPU frequency, page cache, WAL growth) hits every variant alike.
  const perRound = Math.ceil(edits / rounds);
  for (let r = 0; r < rounds; r++) {
    variants.forEach((v, i) => {
      const cpu = process.cpuUsage();
      runEdits(v, perRound, samples[i]!);
      const used = process.cpuUsage(cpu);
      cpuMicros[i]! += used.user + used.system;
    });
  }
  for (const v of variants) v.bench.close();

  const summaries = samples.map(summarize);
  const raw = summaries[1]!;
  const rows = variants.map((v, i) => {
    const s = summaries[i]!;
    const cpu = cpuMicros[i]! / s.n;
    return [v.name, fmt(s.n, 0), fmt(s.median), fmt(s.p95), fmt(s.mean), fmt(s.max), fmt(cpu), ratio(s.median, raw.median)];
  });
  printTable(
    `1. Single-field edit, one transaction each (${fmt(perRound * rounds, 0)} edits per line, ${rounds} interleaved rounds, ${warmup} warm-up; µs per edit)`,
    ['', 'edits', 'median µs', 'p95 µs', 'mean µs', 'max µs', 'CPU µs/edit', 'median vs raw'],
    rows,
  );
  return { rows, writePath: summaries[0]!, raw };
}

// ---------------------------------------------------------------------------------------------
// 2. Bulk inserts, one transaction.

type BulkVariant = { name: string; run: (b: Bench, rows: ObjectiveValues[]) => void };

const bulkVariants: BulkVariant[] = [
  {
    name: 'write path: w.insert(objectives, ...)',
    run: (b, rows) => {
      b.writePath.transaction((w) => {
        for (const r of rows) w.insert(objectives, r);
      });
    },
  },
  {
    name: 'raw better-sqlite3 (rows only)',
    run: (b, rows) => {
      const insert = insertStatement(b.sqlite);
      b.sqlite
        .transaction(() => {
          const now = new Date().toISOString();
          for (const r of rows) insert.run(uuidv7(), ...rowValues(now, r));
        })
        .immediate();
    },
  },
  {
    name: 'raw incl. change log (1 row per field)',
    run: (b, rows) => {
      const insert = insertStatement(b.sqlite);
      const log = logStatement(b.sqlite);
      const stamp = cheapStamps(b.replica);
      const columns = OBJECTIVE_COLUMNS.slice(1);
      b.sqlite
        .transaction(() => {
          const now = new Date().toISOString();
          for (const r of rows) {
            const id = uuidv7();
            const values = rowValues(now, r);
            insert.run(id, ...values);
            for (let c = 0; c < columns.length; c++) {
              log.run(stamp(), b.replica, 'objectives', id, columns[c], JSON.stringify(values[c]));
            }
          }
        })
        .immediate();
    },
  },
];

/** Rows per second of each variant. */
export interface BulkSpeeds {
  writePath: number;
  raw: number;
  rawWithLog: number;
}

export interface BulkResult {
  rows: string[][];
  /** By wall time, and by this process's CPU time (steadier on a shared machine). */
  wall: BulkSpeeds;
  cpu: BulkSpeeds;
}

export function benchBulkInserts(count = 20_000, reps = 5): BulkResult {
  const rows = objectiveRows(count);
  const check = (b: Bench, expectChanges: number) => {
    const n = (b.sqlite.prepare('SELECT count(*) AS n FROM objectives').get() as { n: number }).n;
    const c = (b.sqlite.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    if (n !== count || c !== expectChanges) throw new Error(`bulk insert wrote ${n} rows and ${c} changes`);
  };
  const fields = OBJECTIVE_COLUMNS.length - 1;

  // Warm-up: a smaller batch of each variant on a throwaway database.
  for (const v of bulkVariants) {
    const b = freshDatabase('bulk-warm');
    v.run(b, rows.slice(0, 4_000));
    b.close();
  }
  const times = bulkVariants.map(() => [] as number[]);
  const cpuTimes = bulkVariants.map(() => [] as number[]);
  for (let r = 0; r < reps; r++) {
    bulkVariants.forEach((v, i) => {
      const b = freshDatabase('bulk');
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      v.run(b, rows);
      times[i]!.push(msSince(start));
      const used = process.cpuUsage(cpu);
      cpuTimes[i]!.push((used.user + used.system) / 1000);
      check(b, i === 1 ? 0 : count * fields);
      b.close();
    });
  }
  const medians = times.map((t) => summarize(t).median);
  const perSec = medians.map((ms) => count / (ms / 1000));
  // CPU time barely moves when other processes compete for the cores; wall time does.
  const cpuMedians = cpuTimes.map((t) => summarize(t).median);
  const perCpuSec = cpuMedians.map((ms) => count / (ms / 1000));
  const table = bulkVariants.map((v, i) => {
    const t = summarize(times[i]!);
    return [
      v.name,
      fmt(perSec[i]!, 0),
      fmt((t.median * 1000) / count, 1),
      `${fmt(t.median, 0)} (${fmt(t.min, 0)}–${fmt(t.max, 0)})`,
      ratio(perSec[i]!, perSec[1]!),
      fmt(cpuMedians[i]!, 0),
      fmt(perCpuSec[i]!, 0),
      ratio(perCpuSec[i]!, perCpuSec[1]!),
    ];
  });
  printTable(
    `2. Bulk insert of ${fmt(count, 0)} objective rows in one transaction (fresh database each, median of ${reps} interleaved; ${fields} fields => ${fmt(count * fields, 0)} change-log rows)`,
    ['', 'rows/s', 'µs/row', 'wall ms median (min–max)', 'vs raw', 'CPU ms', 'rows/CPU-s', 'vs raw (CPU)'],
    table,
  );
  console.log(
    `   write path vs raw incl. change log: ${ratio(perSec[0]!, perSec[2]!)} of its speed by wall time, ` +
      `${ratio(perCpuSec[0]!, perCpuSec[2]!)} by CPU time; the change log alone makes raw ` +
      `${ratio(perCpuSec[1]!, perCpuSec[2]!)} slower (CPU).`,
  );
  return {
    rows: table,
    wall: { writePath: perSec[0]!, raw: perSec[1]!, rawWithLog: perSec[2]! },
    cpu: { writePath: perCpuSec[0]!, raw: perCpuSec[1]!, rawWithLog: perCpuSec[2]! },
  };
}
