// One data folder, one process: every host takes the folder's lock in openCore, says who holds it,
// and a holder killed with kill -9 never blocks the next start.
import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src/core';
import { ChanceryError } from '../../src/shared/errors';
import { runEntry, startWebHostProcess, waitForExit } from '../support/entry';
import { tempDir } from '../support/tempCore';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function folder(): string {
  const dir = tempDir('chancery-lock-');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function open(dataDir: string, more: Partial<Parameters<typeof openCore>[0]> = {}): Core {
  const core = openCore({ dataDir, host: 'web', ...more });
  cleanups.push(() => core.close());
  return core;
}

function refusal(work: () => unknown): ChanceryError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ChanceryError);
    return error as ChanceryError;
  }
  throw new Error('expected a refusal, but it opened');
}

describe('the data folder lock', () => {
  it('refuses a second core on the same folder and names the process, host kind and start time that hold it', async () => {
    const dataDir = folder();
    const first = open(dataDir);
    const error = refusal(() => open(dataDir, { host: 'electron' }));
    expect(error.code).toBe('workspace_unavailable');
    expect(error.message).toContain(`already in use by the Chancery web host (npm run web), process ${process.pid}, started `);
    expect(error.message).toMatch(/started \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\. Only one Chancery can use a data folder at a time/);
    // The first one is not disturbed by the attempt.
    await first.call('strategy.create', { title: 'Still mine', year: 2027 });
    expect(await first.call('strategy.list', {})).toHaveLength(1);
  });

  it('lets the next process in as soon as the holder closes', async () => {
    const dataDir = folder();
    const first = openCore({ dataDir, host: 'electron' });
    const replicaId = first.sync.replicaId;
    first.close();
    const second = open(dataDir);
    expect(second.sync.replicaId).toBe(replicaId);
  });

  it('names a command-line export by what it is', () => {
    const dataDir = folder();
    open(dataDir, { processName: 'a brief export (npm run brief)' });
    expect(refusal(() => open(dataDir)).message).toContain('in use by a brief export (npm run brief), process');
  });

  it('keeps out the web host, the brief command and this process while a web host serves the folder, and frees it at once on kill -9', async () => {
    const dataDir = folder();
    let holder: ChildProcess | undefined = await startWebHostProcess(dataDir);
    cleanups.push(() => holder?.kill('SIGKILL'));

    const secondHost = await runEntry('start', ['--data', dataDir, '--port', '0']);
    expect(secondHost.started).toBe(false);
    expect(secondHost.code).toBe(1);
    expect(secondHost.stderr).toContain(`The data folder ${dataDir} is already in use by the Chancery web host (npm run web), process ${holder.pid}, started`);
    expect(secondHost.stderr).not.toMatch(/\n\s+at /); // no stack

    const brief = await runEntry('brief', ['--data', dataDir, '--strategy', 'any', '--out', path.join(dataDir, '..', 'brief.md')]);
    expect(brief.code).toBe(1);
    expect(brief.stderr).toContain(`process ${holder.pid}`);

    expect(refusal(() => open(dataDir)).message).toContain(`process ${holder.pid}`);

    holder.kill('SIGKILL');
    await waitForExit(holder);
    holder = undefined;
    const core = open(dataDir);
    expect(await core.call('strategy.list', {})).toEqual([]);
  });
});
