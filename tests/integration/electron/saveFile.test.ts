// "Save as…" in the Electron host under Node: the IPC handler shows the save dialog on the caller's
// window, writes where the planner chose through a temporary file and a rename, and leaves nothing
// behind when the folder cannot be written. 'electron' is the recording fake; the files are real.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CallResult, SaveFileResult } from '../../../src/shared/contract';
import type { FakeBrowserWindow } from './fakeElectron';

const fake = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron());
vi.mock('electron', () => fake.electron);

const { SAVE_FILE_CHANNEL } = await import('../../../electron/channels');
const { handleSaveFile } = await import('../../../electron/main/saveFile');
const { createMainWindow } = await import('../../../electron/main/window');

const ourPage = { url: 'app://chancery/index.html', parent: null };
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xff, 0x00]);
let root: string;
let window: FakeBrowserWindow;

function save(file: unknown, frame: { url: string; parent: unknown } | null = ourPage) {
  return fake.handlers.get(SAVE_FILE_CHANNEL)!({ senderFrame: frame, sender: window.webContents }, file) as Promise<CallResult<SaveFileResult>>;
}
const choose = (filePath: string) => fake.answerSaveDialog(() => ({ canceled: false, filePath }));
function folder(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  return dir;
}
const listing = (dir: string) => fs.readdirSync(dir).sort();

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-save-'));
  fake.electron.app.setPath('documents', path.join(root, 'Documents'));
  window = createMainWindow() as unknown as FakeBrowserWindow;
  handleSaveFile();
});
afterEach(() => {
  vi.restoreAllMocks();
  fake.saveDialogs.length = 0;
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('saving a file through the save dialog', () => {
  it('asks on the calling window, starting in Documents with a filter for the type, and writes the bytes there', async () => {
    const dir = folder('chosen');
    const target = path.join(dir, 'Aurelia-2027-brief.pdf');
    choose(target);
    const result = await save({ fileName: 'Aurelia-2027-brief.pdf', mimeType: 'application/pdf', data: PDF });
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(PDF);
    expect(listing(dir)).toEqual(['Aurelia-2027-brief.pdf']);

    expect(fake.saveDialogs).toHaveLength(1);
    const { window: shownOn, options } = fake.saveDialogs[0]!;
    expect(shownOn).toBe(window);
    expect(options.defaultPath).toBe(path.join(root, 'Documents', 'Aurelia-2027-brief.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('writes text as UTF-8 and replaces a file the planner chose to overwrite', async () => {
    const dir = folder('text');
    const target = path.join(dir, 'calendar.ics');
    fs.writeFileSync(target, 'old calendar');
    choose(target);
    const text = 'BEGIN:VCALENDAR\r\nSUMMARY:Journée de la presse — 新闻自由日\r\nEND:VCALENDAR\r\n';
    const result = await save({ fileName: 'calendar.ics', mimeType: 'text/calendar', data: text });
    expect(result.ok && result.value.saved).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    expect(listing(dir)).toEqual(['calendar.ics']);
    expect(fake.saveDialogs[0]!.options.filters).toEqual([{ name: 'iCalendar file', extensions: ['ics'] }]);
  });

  it('writes nothing and says saved: false when the planner cancels', async () => {
    const dir = folder('cancelled');
    fake.answerSaveDialog(() => ({ canceled: true, filePath: path.join(dir, 'brief.pdf') }));
    const result = await save({ fileName: 'brief.pdf', mimeType: 'application/pdf', data: PDF });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(listing(dir)).toEqual([]);
  });

  it('answers a clear message for a folder that cannot be written, and leaves nothing there', async () => {
    const dir = folder('locked');
    const target = path.join(dir, 'brief.pdf');
    fs.chmodSync(dir, 0o555);
    // root writes through any mode bits, so there the file system's refusal is played by the fake.
    if (process.getuid?.() === 0) {
      const real = fs.promises.writeFile;
      vi.spyOn(fs.promises, 'writeFile').mockImplementation(async (file, ...rest) => {
        if (String(file).startsWith(dir + path.sep)) throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), { code: 'EACCES' });
        return real(file, ...rest);
      });
    }
    choose(target);
    try {
      const result = await save({ fileName: 'brief.pdf', mimeType: 'application/pdf', data: PDF });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toBe(`Chancery cannot write to ${dir}: permission denied. Choose another folder.`);
      expect(listing(dir)).toEqual([]);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('keeps the old file whole and removes the partial one when writing fails half-way', async () => {
    const dir = folder('half-way');
    const target = path.join(dir, 'items.csv');
    fs.writeFileSync(target, 'title\nThe old export\n');
    vi.spyOn(fs.promises, 'rename').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    choose(target);
    const result = await save({ fileName: 'items.csv', mimeType: 'text/csv', data: 'title\nThe new export\n' });
    expect(!result.ok && result.error.message).toBe(`Chancery cannot write to ${dir}: the disk is full. Choose another folder.`);
    expect(listing(dir)).toEqual(['items.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('title\nThe old export\n');
  });

  it('offers only the bare file name, never a folder the page slipped in', async () => {
    fake.answerSaveDialog(() => ({ canceled: true }));
    await save({ fileName: '../../etc/evil.pdf', mimeType: 'application/pdf', data: PDF });
    expect(fake.saveDialogs[0]!.options.defaultPath).toBe(path.join(root, 'Documents', 'evil.pdf'));
    const nameless = await save({ fileName: '', mimeType: 'application/pdf', data: PDF });
    expect(!nameless.ok && nameless.error.code).toBe('invalid_input');
    const empty = await save({ fileName: 'brief.pdf', mimeType: 'application/pdf', data: { length: 3 } });
    expect(!empty.ok && empty.error.code).toBe('invalid_input');
  });

  it('refuses callers that are not our top-level page, without showing a dialog', async () => {
    const dir = folder('foreign');
    choose(path.join(dir, 'brief.pdf'));
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://chancery/index.html', parent: {} }, null]) {
      const result = await save({ fileName: 'brief.pdf', mimeType: 'application/pdf', data: PDF }, frame);
      expect(!result.ok && result.error.code).toBe('unauthorized');
    }
    expect(fake.saveDialogs).toEqual([]);
    expect(listing(dir)).toEqual([]);
  });
});
