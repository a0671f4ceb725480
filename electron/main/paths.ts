// Where the built pieces live. The main bundle is out/main/index.js, beside out/preload and out/renderer,
// both in a checkout and inside the packaged app.asar.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const rendererDir = path.join(outDir, 'renderer');
export const preloadPath = path.join(outDir, 'preload', 'index.cjs');
