// The Electron host takes the same data folder lock as the web host (through openCore): while a web
// host serves the folder, the desktop app says who holds it and leaves, instead of sharing the workspace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../../src/core';

const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const originalArgv = process.argv;
let dataDir: string;
let webHostCore: Core;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-in-use-'));
  webHostCore = openCore({ dataDir, host: 'web' });
  process.argv = [...originalArgv, `--data=${dataDir}`];
  fake.electron.app.appPath = path.resolve(import.meta.dirname, '../../..');
  await import('../../../electron/main/index');
  fake.electron.app.becomeReady();
  await vi.waitFor(() => expect(fake.electron.app.exitCode).not.toBeNull());
});

afterAll(() => {
  process.argv = originalArgv;
  webHostCore.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('shows which process holds the data folder, exits with 1 and opens no window', async () => {
  expect(fake.errorBoxes).toHaveLength(1);
  expect(fake.errorBoxes[0]!.content).toContain(`The data folder ${dataDir} is already in use by the Chancery web host (npm run web), process ${process.pid}`);
  expect(fake.electron.app.exitCode).toBe(1);
  expect(fake.windows).toHaveLength(0);
  // The web host keeps its workspace.
  expect(await webHostCore.call('strategy.list', {})).toEqual([]);
});
