// A damaged database stops the Electron host with a clear dialog, and the file is left as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const GARBAGE = 'this is not a SQLite database, it is a note someone saved by mistake\n'.repeat(50);
const originalArgv = process.argv;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-broken-'));
  fs.writeFileSync(path.join(dataDir, 'chancery.sqlite'), GARBAGE);
  process.argv = [...originalArgv, `--data=${dataDir}`];
  fake.electron.app.appPath = path.resolve(import.meta.dirname, '../../..');
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await import('../../../electron/main/index');
  fake.electron.app.becomeReady();
  await vi.waitFor(() => expect(fake.electron.app.exitCode).not.toBeNull());
});

afterAll(() => {
  process.argv = originalArgv;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('shows what is wrong and where, exits with 1, opens no window, and leaves the file untouched', () => {
  expect(fake.errorBoxes).toHaveLength(1);
  expect(fake.errorBoxes[0]!.content).toContain(path.join(dataDir, 'chancery.sqlite'));
  expect(fake.errorBoxes[0]!.content).toMatch(/--data|backup/);
  expect(fake.electron.app.exitCode).toBe(1);
  expect(fake.windows).toHaveLength(0);
  expect(fs.readFileSync(path.join(dataDir, 'chancery.sqlite'), 'utf8')).toBe(GARBAGE);
});
