// End-to-end harness: the built UI (out/renderer, so run `npm run build` first) served by the real
// web host over a real core in a fresh temporary data folder, driven in Debian's Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openCore, type Core } from '../../src/core/index';
import { playwrightPrinter } from '../../src/web/pdf';
import { startWebHost, type WebHost } from '../../src/web/server';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const BUILT_UI_DIR = path.join(repoRoot, 'out', 'renderer');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface StartAppOptions {
  /** Start with the fictional sample strategy. */
  demo?: boolean;
  /** Reuse a data folder (it is then left in place on close); a fresh temporary one otherwise. */
  dataDir?: string;
  /** Serve another UI folder than the built renderer. */
  staticDir?: string;
  /** Fixed wall clock for the core, for screens that show dates. */
  now?: () => number;
}

export interface RunningApp {
  page: Page;
  context: BrowserContext;
  /** The address with this launch's token; it changes on restart. */
  readonly url: string;
  readonly token: string;
  readonly dataDir: string;
  readonly core: Core;
  /** Uncaught page errors and console errors (CSP violations show up here). */
  readonly errors: string[];
  /** Closes core and host as quitting the app would, reopens them on the same data folder, reloads the page. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const staticDir = options.staticDir ?? BUILT_UI_DIR;
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`No built UI in ${staticDir}: run "npm run build" before the end-to-end tests.`);
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'chancery-e2e-'));
  const openHost = async () => {
    const core = openCore({ dataDir, host: 'web', demo: options.demo, appRoot: repoRoot, now: options.now, printPdf: playwrightPrinter(CHROMIUM_PATH) });
    try {
      return { core, host: await startWebHost({ core, staticDir }) };
    } catch (error) {
      core.close();
      throw error;
    }
  };

  let running: { core: Core; host: WebHost } = await openHost();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000); // generous: two cores may be running several browsers at once
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Chromium asks for /favicon.ico on its own; a missing one says nothing about the app.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console error: ${message.text()}`);
    });
    await page.goto(running.host.url);

    const stop = async () => {
      await running.host.close();
      running.core.close();
    };
    const openBrowser = browser;
    return {
      page,
      context,
      get url() {
        return running.host.url;
      },
      get token() {
        return running.host.token;
      },
      dataDir,
      get core() {
        return running.core;
      },
      errors,
      async restart() {
        await stop();
        running = await openHost();
        await page.goto(running.host.url);
      },
      async close() {
        await openBrowser.close();
        await stop();
        if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await running.host.close();
    running.core.close();
    if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
