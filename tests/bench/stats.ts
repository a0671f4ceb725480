// Tiny helpers for the benchmarks: summary statistics, a plain-text table, temp folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new Error('No samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { n: sorted.length, median, p95: percentile(sorted, 95), min: sorted[0]!, max: sorted[sorted.length - 1]!, mean };
}

/** Milliseconds elapsed since `start` (a process.hrtime.bigint() reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function fmt(value: number, digits = 1): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ratio(a: number, b: number): string {
  return `${fmt(a / b, 2)}×`;
}

/** Prints rows as an aligned table; the first column is left-aligned, the others right-aligned. */
/** One row of a figures table: the name, then median, p95, max and count of the samples (dashes when none). */
export function summaryRow(name: string, samples: number[]): string[] {
  if (samples.length === 0) return [name, '–', '–', '–', '0'];
  const s = summarize(samples);
  return [name, fmt(s.median), fmt(s.p95), fmt(s.max), fmt(s.n, 0)];
}

export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

const tempDirs: string[] = [];

export function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `chancery-bench-${label}-`));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const i = tempDirs.indexOf(dir);
  if (i >= 0) tempDirs.splice(i, 1);
}

/** Removes every temp folder still around (also on Ctrl-C or a crash). */
export function removeAllTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
