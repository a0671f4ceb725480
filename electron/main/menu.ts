// The application menu. Undo/Redo act on the workspace history through the same core as the UI,
// except while a text field has focus, where they keep their usual text-editing meaning.
import { app, BrowserWindow, Menu, webContents, type BaseWindow, type MenuItemConstructorOptions, type WebContents } from 'electron';
import type { Core } from '../../src/core/core';

type Direction = 'undo' | 'redo';

const EDITABLE_FOCUSED = `(() => {
  const el = document.activeElement;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
})()`;

async function textFieldFocused(contents: WebContents): Promise<boolean> {
  try {
    return (await contents.executeJavaScript(EDITABLE_FOCUSED)) === true;
  } catch {
    return false;
  }
}

function historyStep(core: Core, direction: Direction) {
  return async (_item: unknown, window: BaseWindow | undefined) => {
    const contents = window instanceof BrowserWindow ? window.webContents : webContents.getFocusedWebContents();
    if (contents && (await textFieldFocused(contents))) {
      if (direction === 'undo') contents.undo();
      else contents.redo();
      return;
    }
    // Failures (nothing to undo, a closing database) change nothing; the history event tells the UI.
    await core.call(`history.${direction}`, {}).catch((error: unknown) => console.error(`[chancery] ${direction} failed:`, error));
  };
}

export function buildMenu(core: Core): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: historyStep(core, 'undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: historyStep(core, 'redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
  return Menu.buildFromTemplate(template);
}
