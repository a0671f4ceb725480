// Finds the folder holding drizzle/ and resources/, whether running from src/ (tsx, tests),
// from out/main (electron-vite build) or from inside a packaged app.asar.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function findAppRoot(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'drizzle', 'meta', '_journal.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Chancery's drizzle/ and resources/ folders above ${start}`);
    dir = parent;
  }
}
