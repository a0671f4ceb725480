#!/usr/bin/env node
// `npm start [-- --demo --data DIR]`: builds if the sources changed, then runs Chancery in Electron,
// or, where the Electron runtime is not installed, in the browser through the web host.
// Never requires 'electron': without its binary that would start a download.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (...parts) => path.join(root, ...parts);
const args = process.argv.slice(2);

const SOURCES = ['src', 'electron', 'electron.vite.config.ts', 'package.json', 'tsconfig.json'];
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function newestChange(entry) {
  const stats = fs.statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file shows only as a newer folder
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

function buildIsStale() {
  if (!OUTPUTS.every((output) => fs.existsSync(fromRoot(output)))) return true;
  const built = Math.min(...OUTPUTS.map((output) => fs.statSync(fromRoot(output)).mtimeMs));
  const changed = Math.max(...SOURCES.filter((source) => fs.existsSync(fromRoot(source))).map((source) => newestChange(fromRoot(source))));
  return changed > built;
}

function buildIfStale() {
  if (!buildIsStale()) return;
  console.log('Building Chancery...');
  const result = spawnSync(process.execPath, [fromRoot('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The build failed (see above); Chancery was not started.');
    process.exit(result.status ?? 1);
  }
}

/** The Electron executable if its binary was really downloaded: path.txt names it under dist/. */
function installedElectron() {
  const electronDir = fromRoot('node_modules', 'electron');
  try {
    const relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    return relative !== '' && fs.existsSync(path.join(electronDir, 'dist', relative)) ? electronDir : null;
  } catch {
    return null;
  }
}

/**
 * Runs the app as a child and passes each stop signal on exactly once. On POSIX the child gets its
 * own process group, so a terminal's Ctrl+C reaches only us and we relay it (a double SIGINT would
 * read as "stop now"). Windows consoles deliver Ctrl+C to every attached process themselves.
 */
function runChild(command, commandArgs, env = process.env) {
  const posix = process.platform !== 'win32';
  const child = spawn(command, commandArgs, { stdio: 'inherit', env, detached: posix });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (posix || signal !== 'SIGINT') child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

buildIfStale();
const electronDir = installedElectron();
if (electronDir) {
  // ELECTRON_RUN_AS_NODE left over in a shell would turn Electron into plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  runChild(process.execPath, [path.join(electronDir, 'cli.js'), root, ...args], env);
} else {
  console.log(
    'Electron runtime not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD or blocked download); serving Chancery in your browser instead.',
  );
  runChild(process.execPath, [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('src', 'web', 'start.ts'), ...args]);
}
