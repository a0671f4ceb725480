// A stand-in for the 'electron' module, for testing the main process and preload under Node.
// Tests install it with vi.mock('electron', ...) so the real package (which would try to download
// its binary) is never loaded. It records what the host asks of Electron and lets tests play its part.
type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends Emitter {
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  textFieldFocused = false;
  readonly edits: string[] = [];
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  async executeJavaScript() {
    return this.textFieldFocused;
  }
  undo() {
    this.edits.push('undo');
  }
  redo() {
    this.edits.push('redo');
  }
}

class FakeBrowserWindow extends Emitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows() {
    return FakeBrowserWindow.all;
  }
  static fromWebContents(contents: unknown) {
    return FakeBrowserWindow.all.find((window) => window.webContents === contents) ?? null;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  show() {}
}

class FakeApp extends Emitter {
  readonly paths = new Map<string, string>([
    ['appData', '/fake/appData'],
    ['userData', '/fake/appData/chancery'],
    ['documents', '/fake/home/Documents'],
  ]);
  appPath = '/fake/app';
  isPackaged = false;
  exitCode: number | null = null;
  quitRequested = false;
  private resolveReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve));
  getPath(name: string) {
    const value = this.paths.get(name);
    if (!value) throw new Error(`no fake path ${name}`);
    return value;
  }
  setPath(name: string, value: string) {
    this.paths.set(name, value);
  }
  getAppPath() {
    return this.appPath;
  }
  whenReady() {
    return this.ready;
  }
  becomeReady() {
    this.resolveReady();
  }
  requestSingleInstanceLock() {
    return true;
  }
  quit() {
    this.quitRequested = true;
  }
  exit(code: number) {
    this.exitCode = code;
  }
}

export function createFakeElectron() {
  const handlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const privilegedSchemes: unknown[] = [];
  const permissions: { request?: Listener; check?: Listener } = {};
  const opened: string[] = [];
  const errorBoxes: Array<{ title: string; content: string }> = [];
  const exposed = new Map<string, any>();
  const rendererListeners = new Map<string, Listener[]>();
  const invocations: unknown[][] = [];
  let invokeAnswer: (channel: string, ...args: unknown[]) => unknown = () => undefined;
  let applicationMenu: unknown = null;
  const saveDialogs: Array<{ window: unknown; options: Record<string, any> }> = [];
  let saveDialogAnswer: (options: Record<string, any>) => { canceled: boolean; filePath?: string } = () => ({ canceled: true });

  const electron = {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, handler: Listener) => handlers.set(channel, handler) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (permissions.request = handler),
        setPermissionCheckHandler: (handler: Listener) => (permissions.check = handler),
      },
    },
    shell: { openExternal: async (url: string) => void opened.push(url) },
    dialog: {
      showErrorBox: (title: string, content: string) => void errorBoxes.push({ title, content }),
      // Like Electron's: (window, options) or (options); answers what the test chose, as a person would.
      showSaveDialog: async (...args: unknown[]) => {
        const [window, options] = args.length > 1 ? args : [null, args[0]];
        saveDialogs.push({ window, options: options as Record<string, any> });
        return saveDialogAnswer(options as Record<string, any>);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => (applicationMenu = menu),
    },
    webContents: { getFocusedWebContents: () => FakeBrowserWindow.all[0]?.webContents ?? null },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, ...args: unknown[]) => {
        invocations.push([channel, ...args]);
        return invokeAnswer(channel, ...args);
      },
      on: (channel: string, listener: Listener) => rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) =>
        rendererListeners.set(channel, (rendererListeners.get(channel) ?? []).filter((l) => l !== listener)),
    },
  };

  return {
    electron,
    handlers,
    protocolHandlers,
    privilegedSchemes,
    permissions,
    opened,
    errorBoxes,
    exposed,
    rendererListeners,
    invocations,
    windows: FakeBrowserWindow.all,
    get applicationMenu() {
      return applicationMenu;
    },
    saveDialogs,
    /** What the planner does in the next save dialogs: pick a path ({ canceled: false, filePath }) or cancel. */
    answerSaveDialog(answer: typeof saveDialogAnswer) {
      saveDialogAnswer = answer;
    },
    answerInvoke(answer: typeof invokeAnswer) {
      invokeAnswer = answer;
    },
    /** What main would send: every renderer listener on the channel gets (event, ...args). */
    sendToRenderer(channel: string, ...args: unknown[]) {
      for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: 'fake' }, ...args);
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type { FakeBrowserWindow };
