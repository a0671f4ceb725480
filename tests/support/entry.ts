// Runs a real command-line entry (src/web/start.ts, src/web/brief.ts) as a child process, as a user
// would, so start-up messages are tested as printed. Needs `npm run build` for start.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');

export interface EntryResult {
  /** Exit code, or null when the entry was still running (it started) and was stopped. */
  code: number | null;
  stdout: string;
  stderr: string;
  started: boolean;
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/**
 * Root may read and write any file whatever its mode, so permission tests run the entry as root
 * without the capabilities that bypass file modes: it meets the modes as their owner does. (Running
 * it as another user would also need that user to read the checkout, which a private CI folder denies.)
 */
const WITHOUT_MODE_BYPASS = ['setpriv', '--bounding-set', '-dac_override,-dac_read_search,-fowner', '--'];

export interface EntryOptions {
  /** Meet file modes as their owner does, even when the tests run as root. */
  unprivileged?: boolean;
  timeoutMs?: number;
}

/** Starts `entry` with `args`; resolves when it exits, or stops it once it says it is running. */
export function runEntry(entry: 'start' | 'brief', args: string[], options: EntryOptions = {}): Promise<EntryResult> {
  const child = spawnEntry(entry, args, options);
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let started = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!started && stdout.includes('Chancery is running at')) {
        started = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: started ? null : code, stdout, stderr, started });
    });
  });
}

/** Starts the web host and resolves, with the child still running, once it serves. */
export function startWebHostProcess(dataDir: string): Promise<ChildProcess> {
  const child = spawnEntry('start', ['--data', dataDir, '--port', '0'], {});
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Chancery is running at')) resolve(child);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the web host exited (${code}) before serving:\n${output}`)));
  });
}

export function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

function spawnEntry(entry: 'start' | 'brief', args: string[], options: EntryOptions): ChildProcess {
  const script = path.join(repoRoot, 'src', 'web', `${entry}.ts`);
  // tsx keeps a cache under the temp folder per user; HOME matters for a user without one.
  const env = { ...process.env, HOME: os.tmpdir(), CHANCERY_DATA_DIR: '' };
  // `tsx file` runs the file in a second process; `node --import tsx` keeps it in this one, so the
  // child's pid is the pid that holds the data folder and kill -9 reaches it.
  const command = [process.execPath, '--import', 'tsx', script, ...args];
  // setpriv executes node in its own place, so the child's pid is still node's.
  const [file, ...rest] = options.unprivileged && isRoot ? [...WITHOUT_MODE_BYPASS, ...command] : command;
  return spawn(file!, rest, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A SHA-256 of each named file that exists, to prove a refusal left them as they were. */
export function fingerprint(files: string[]): Record<string, string | null> {
  return Object.fromEntries(files.map((file) => [file, fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null]));
}
