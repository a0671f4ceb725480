// `tsx src/web/start.ts [--data DIR] [--port N] [--demo] [--open]`: Chancery in the browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Core } from '../core/core';
import { resolveDataDir } from '../core/dataDir';
import { openCore } from '../core/index';
import { ChanceryError } from '../shared/errors';
import { playwrightPrinter } from './pdf';
import { startWebHost, type WebHost } from './server';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const staticDir = path.join(repoRoot, 'out', 'renderer');

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      open: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);
  return { dataDir: resolveDataDir(argv), port, demo: values.demo, open: values.open };
}

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.error(`Could not open a browser (${command}); open the address above yourself.`));
  child.unref();
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\nUsage: tsx src/web/start.ts [--data DIR] [--port N] [--demo] [--open]`);
  }
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    fail(`The user interface is not built (${staticDir} has no index.html). Run "npm run build" first.`);
  }

  let core: Core;
  try {
    core = openCore({ dataDir: options.dataDir, host: 'web', demo: options.demo, appRoot: repoRoot, printPdf: playwrightPrinter() });
  } catch (error) {
    // The core's refusals (folder in use, read-only, damaged, foreign or newer database) leave the files
    // untouched; each message names the file and the way out.
    if (error instanceof ChanceryError) fail(error.message);
    throw error;
  }

  let host: WebHost;
  try {
    host = await startWebHost({ core, staticDir, port: options.port });
  } catch (error) {
    core.close();
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    fail(busy ? `Port ${options.port} is already in use; pick another with --port, or 0 for any free port.` : String(error));
  }

  console.log(`Chancery is running at ${host.url}`);
  console.log(`Data folder: ${options.dataDir}`);
  console.log('Keep this address private: the token in it grants access to your workspace. Press Ctrl+C to stop.');
  if (options.open) openInBrowser(host.url);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl+C means "now"
    stopping = true;
    console.log(`\n${signal}: closing Chancery...`);
    await host.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error('Chancery could not start:', error);
  process.exit(1);
});
