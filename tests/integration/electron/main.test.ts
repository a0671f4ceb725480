// The Electron main process under Node, with 'electron' replaced by a recording fake (the real
// package would try to download its binary) and a real core on a temporary SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../../src/core/index';
import type { CallResult } from '../../../src/shared/contract';
import type { FakeBrowserWindow } from './fakeElectron';

const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const { CALL_CHANNEL, EVENT_CHANNEL } = await import('../../../electron/channels');
const { forwardEvents, handleCalls } = await import('../../../electron/main/ipc');
const { buildMenu } = await import('../../../electron/main/menu');
const { registerAppScheme, serveRenderer } = await import('../../../electron/main/protocol');
const { denyPermissions, lockDownContents } = await import('../../../electron/main/security');
const { createMainWindow } = await import('../../../electron/main/window');
const { FakeWebContents } = await import('./fakeElectron');
/** The window as the fake built it, so tests can read what was asked of it. */
const newWindow = () => createMainWindow() as unknown as FakeBrowserWindow;

const SECRET = 'outside-the-renderer';
let root: string;
let core: Core;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-electron-'));
  const ui = path.join(root, 'renderer');
  fs.mkdirSync(path.join(ui, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(ui, 'index.html'), '<!doctype html><title>Chancery</title>');
  fs.writeFileSync(path.join(ui, 'assets', 'app.js'), 'export {}');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  core = openCore({ dataDir: path.join(root, 'data'), host: 'electron' });
  registerAppScheme();
  serveRenderer(ui);
  handleCalls(core);
});

afterAll(() => {
  core.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('app:// protocol', () => {
  const fetchApp = (url: string, method = 'GET') => fake.protocolHandlers.get('app')!(new Request(url, { method }));

  it('is registered as a privileged standard, secure scheme with fetch support', () => {
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves index.html with the strict CSP', async () => {
    const response = await fetchApp('app://chancery/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Chancery</title>');
  });

  it('serves assets with their types, client routes with index.html, and 404 for missing assets', async () => {
    expect((await fetchApp('app://chancery/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await (await fetchApp('app://chancery/strategies/42')).text()).toContain('<title>Chancery</title>');
    expect((await fetchApp('app://chancery/assets/missing.js')).status).toBe(404);
  });

  it('refuses paths leaving the renderer folder and other hosts', async () => {
    for (const url of ['app://chancery/..%2fsecret.txt', 'app://chancery/assets/..%5c..%5csecret.txt']) {
      const response = await fetchApp(url);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain(SECRET);
    }
    expect((await fetchApp('app://elsewhere/index.html')).status).toBe(404);
    expect((await fetchApp('app://chancery/index.html', 'POST')).status).toBe(405);
  });
});

describe('IPC', () => {
  const invoke = (frame: { url: string; parent: unknown } | null, method: unknown, input: unknown) =>
    fake.handlers.get(CALL_CHANNEL)!({ senderFrame: frame }, method, input) as Promise<CallResult>;
  const ourPage = { url: 'app://chancery/index.html', parent: null };

  it('forwards calls from our page to the core', async () => {
    const created = await invoke(ourPage, 'strategy.create', { title: 'Over IPC', year: 2029 });
    expect(created.ok).toBe(true);
    const listed = await invoke(ourPage, 'strategy.list', {});
    expect(listed.ok && (listed.value as Array<{ title: string }>).map((s) => s.title)).toContain('Over IPC');
  });

  it('refuses callers that are not our top-level page', async () => {
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://other/index.html', parent: null },
      { url: 'app://chancery/index.html', parent: {} },
      null,
    ]) {
      const result = await invoke(frame, 'strategy.list', {});
      expect(!result.ok && result.error.code).toBe('unauthorized');
    }
  });

  it('answers failures as data with their code and issues, never by throwing', async () => {
    const invalid = await invoke(ourPage, 'strategy.create', { title: '' });
    expect(!invalid.ok && invalid.error.code).toBe('invalid_input');
    expect(!invalid.ok && invalid.error.issues?.length).toBeGreaterThan(0);
    const unknown = await invoke(ourPage, 'no.such', {});
    expect(!unknown.ok && unknown.error.code).toBe('unknown_method');
    const nameless = await invoke(ourPage, 42, {});
    expect(!nameless.ok && nameless.error.code).toBe('unknown_method');
  });

  it('pushes core events to every window', async () => {
    const window = newWindow();
    const stop = forwardEvents(core);
    await core.call('strategy.create', { title: 'Pushed', year: 2029 });
    stop();
    await core.call('strategy.create', { title: 'Not pushed', year: 2029 });
    const changed = window.webContents.sent.filter(([channel, name]) => channel === EVENT_CHANNEL && name === 'changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]![2]).toMatchObject({ origin: 'local' });
  });
});

describe('window and lock-down', () => {
  it('creates a sandboxed, context-isolated window on app://chancery', () => {
    const window = newWindow();
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadedUrl).toBe('app://chancery/index.html');
  });

  it('keeps every web contents on app://chancery and sends web links to the OS browser', () => {
    lockDownContents();
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    const navigate = (url: string) => {
      const event = { url, prevented: false, preventDefault() {
        this.prevented = true;
      } };
      contents.emit('will-navigate', event);
      return event.prevented;
    };
    expect(navigate('app://chancery/strategies/1')).toBe(false);
    expect(navigate('https://www.un.org/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///C:/calc.exe' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.un.org/', 'https://example.org/']);
  });

  it('denies every permission request and check', () => {
    denyPermissions();
    const answers: boolean[] = [];
    fake.permissions.request!({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(fake.permissions.check!({}, 'clipboard-read')).toBe(false);
  });
});

describe('menu', () => {
  type Item = { label?: string; role?: string; submenu?: Item[]; click?: (item: unknown, window: unknown) => Promise<void> };
  const editItem = (label: string) => {
    const { template } = buildMenu(core) as unknown as { template: Item[] };
    return template.find((menu) => menu.label === '&Edit')!.submenu!.find((item) => item.label === label)!;
  };

  it('offers quit, clipboard roles, reload and zoom', () => {
    const { template } = buildMenu(core) as unknown as { template: Item[] };
    const roles = template.flatMap((menu) => menu.submenu ?? []).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'reload', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('undoes and redoes workspace changes through the core', async () => {
    const window = newWindow();
    const created = (await core.call('strategy.create', { title: 'Undo me', year: 2029 })) as { id: string };
    const ids = async () => ((await core.call('strategy.list', {})) as Array<{ id: string }>).map((s) => s.id);

    await editItem('Undo').click!({}, window);
    expect(await ids()).not.toContain(created.id);
    await editItem('Redo').click!({}, window);
    expect(await ids()).toContain(created.id);
  });

  it('leaves Undo to the text field that has focus', async () => {
    const window = newWindow();
    window.webContents.textFieldFocused = true;
    const before = await core.call('history.state', {});
    await editItem('Undo').click!({}, window);
    expect(window.webContents.edits).toEqual(['undo']);
    expect(await core.call('history.state', {})).toEqual(before);
  });
});
