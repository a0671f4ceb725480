// The main window: sandboxed, context-isolated renderer that reaches the core only through the preload.
import { BrowserWindow, dialog } from 'electron';
import { preloadPath } from './paths';
import { APP_ORIGIN } from './urls';

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    title: 'Chancery',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  // The renderer holds the page while typed work is unsaved (app/unsavedWork.ts). Chromium would ask
  // in a browser; Electron only cancels the close, so ask here. Leaving still saves what it can.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'Some of what you typed is not saved yet.',
      detail: 'Stay to finish and save it. If you leave, Chancery saves what it can and keeps a draft of the rest.',
    });
    if (choice === 0) event.preventDefault();
  });
  // Showing only once painted avoids a white flash.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
