// Electron's entry (electron/main/index.ts) booting under Node with a fake 'electron' and a real core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallResult } from '../../../src/shared/contract';

const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const { CALL_CHANNEL, SAVE_FILE_CHANNEL } = await import('../../../electron/channels');
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const originalArgv = process.argv;
let dataDir: string;
let schemesBeforeReady = 0;

const callFromPage = (method: string, input: unknown) =>
  fake.handlers.get(CALL_CHANNEL)!({ senderFrame: { url: 'app://chancery/index.html', parent: null } }, method, input) as Promise<CallResult>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-boot-'));
  process.argv = [...originalArgv, '--data', dataDir, '--demo'];
  fake.electron.app.appPath = repoRoot;
  await import('../../../electron/main/index');
  schemesBeforeReady = fake.privilegedSchemes.length;
  fake.electron.app.becomeReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

afterAll(() => {
  process.argv = originalArgv;
  fake.electron.app.emit('will-quit');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('Electron boot', () => {
  it('keeps Chromium and default workspace data in appData/Chancery', () => {
    expect(fake.electron.app.getPath('userData')).toBe(path.join('/fake/appData', 'Chancery'));
  });

  it('registers app:// before the app is ready', () => {
    expect(schemesBeforeReady).toBe(1);
  });

  it('opens the core in the --data folder, with the sample strategy for --demo', async () => {
    expect(fs.existsSync(path.join(dataDir, 'chancery.sqlite'))).toBe(true);
    const listed = await callFromPage('strategy.list', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBeGreaterThan(0);
  });

  it('installs the protocol, the permission guards and the menu, then shows the window on app://', () => {
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(fake.handlers.has(SAVE_FILE_CHANNEL)).toBe(true);
    expect(fake.permissions.request).toBeTypeOf('function');
    expect(fake.permissions.check).toBeTypeOf('function');
    expect(fake.applicationMenu).not.toBeNull();
    expect(fake.windows[0]!.loadedUrl).toBe('app://chancery/index.html');
    expect(fake.errorBoxes).toEqual([]);
  });

  it('quits when the last window closes (except on macOS)', () => {
    fake.electron.app.emit('window-all-closed');
    expect(fake.electron.app.quitRequested).toBe(process.platform !== 'darwin');
  });
});
