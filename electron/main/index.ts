// Electron entry: resolve the workspace folder, open the one core, then the window that talks to it.
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { Core } from '../../src/core/core';
import { APP_FOLDER_NAME, resolveDataDir } from '../../src/core/dataDir';
import { openCore } from '../../src/core/index';
import { electronPrinter } from './pdf';
import { ChanceryError } from '../../src/shared/errors';
import { forwardEvents, handleCalls } from './ipc';
import { buildMenu } from './menu';
import { rendererDir } from './paths';
import { handleSaveFile } from './saveFile';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyPermissions, lockDownContents } from './security';
import { createMainWindow } from './window';

// Same folder as the web host's default, whatever package.json's name: appData + "Chancery".
app.setPath('userData', path.join(app.getPath('appData'), APP_FOLDER_NAME));
registerAppScheme();
lockDownContents();

function showStartupError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Chancery cannot start', message);
  app.exit(1);
}

function openWorkspace(): Core {
  const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
  // getAppPath() is the checkout in development and app.asar when packaged; both hold drizzle/ and resources/.
  return openCore({ dataDir, host: 'electron', demo: process.argv.includes('--demo'), appRoot: app.getAppPath(), printPdf: electronPrinter() });
}

function focusOrCreateWindow(): void {
  const [existing] = BrowserWindow.getAllWindows();
  if (!existing) {
    createMainWindow();
    return;
  }
  if (existing.isMinimized()) existing.restore();
  existing.focus();
}

async function boot(): Promise<void> {
  await app.whenReady();
  let core: Core;
  try {
    core = openWorkspace();
  } catch (error) {
    // The core refuses a folder in use, a read-only, damaged, foreign or newer database without writing
    // to it; its message says what is wrong, where, and what to do.
    if (!(error instanceof ChanceryError)) console.error(error);
    showStartupError(error);
    return;
  }
  denyPermissions();
  serveRenderer(rendererDir);
  handleCalls(core);
  handleSaveFile();
  const stopForwarding = forwardEvents(core);
  Menu.setApplicationMenu(buildMenu(core));
  createMainWindow();

  app.on('second-instance', focusOrCreateWindow);
  app.on('activate', focusOrCreateWindow);
  app.on('will-quit', () => {
    stopForwarding();
    core.close();
  });
}

// A second desktop app hands over to the first and leaves; the core's data folder lock also keeps out
// a web host or command-line export on the same folder.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  boot().catch(showStartupError);
}
