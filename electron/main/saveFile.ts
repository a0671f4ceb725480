// "Save as…" for exports: the renderer hands over a file, main asks the planner where to put it
// (starting in Documents) and writes it atomically. Answers a CallResult like contract calls do.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { CallResult, FileToSave, SaveFileResult } from '../../src/shared/contract';
import { ChanceryError } from '../../src/shared/errors';
import { SAVE_FILE_CHANNEL } from '../channels';
import { writeFileAtomically } from './atomicWrite';
import { fromOurPage } from './ipc';

/** What the save dialog's type filter calls each extension we export. */
const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF document',
  docx: 'Word document',
  md: 'Markdown',
  csv: 'CSV table',
  ics: 'iCalendar file',
  svg: 'SVG picture',
  png: 'PNG picture',
};
const MAX_BYTES = 512 * 1024 * 1024;

/** The request as sent, checked: the renderer is untrusted, and only a bare file name may pass. */
function parseRequest(value: unknown): FileToSave {
  const file = value as Partial<FileToSave> | null;
  const name = typeof file?.fileName === 'string' ? path.basename(file.fileName.replace(/\\/g, '/')).trim() : '';
  if (!name || name === '.' || name === '..' || name.length > 255) {
    throw new ChanceryError('invalid_input', 'The file to save needs a name.');
  }
  const data = file?.data;
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    throw new ChanceryError('invalid_input', 'The file to save has no content.');
  }
  if ((typeof data === 'string' ? data.length * 3 : data.byteLength) > MAX_BYTES) {
    throw new ChanceryError('invalid_input', 'The file is too large to save.');
  }
  return { fileName: name, mimeType: typeof file?.mimeType === 'string' ? file.mimeType : '', data };
}

export function filtersFor(fileName: string): Electron.FileFilter[] {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  if (!extension) return [{ name: 'All files', extensions: ['*'] }];
  return [{ name: FILTER_NAMES[extension] ?? `${extension.toUpperCase()} file`, extensions: [extension] }];
}

async function saveFile(event: IpcMainInvokeEvent, request: unknown): Promise<SaveFileResult> {
  const file = parseRequest(request);
  const options: Electron.SaveDialogOptions = {
    title: `Save ${file.fileName}`,
    defaultPath: path.join(app.getPath('documents'), file.fileName),
    filters: filtersFor(file.fileName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const window = BrowserWindow.fromWebContents(event.sender);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFileAtomically(choice.filePath, file.data);
  return { saved: true, path: choice.filePath };
}

export function handleSaveFile(): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, request: unknown): Promise<CallResult<SaveFileResult>> => {
    if (!fromOurPage(event)) {
      return { ok: false, error: { code: 'unauthorized', message: 'Files are saved only for the Chancery window' } };
    }
    try {
      return { ok: true, value: await saveFile(event, request) };
    } catch (thrown) {
      if (!(thrown instanceof ChanceryError)) console.error('[chancery] saving a file failed:', thrown);
      return { ok: false, error: ChanceryError.from(thrown).toJSON() };
    }
  });
}
