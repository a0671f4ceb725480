// Scratch files (the brief's HTML while Chromium prints it) live in DATA/tmp, not the system's temp
// folder: a print killed mid-way then leaves the brief only in the user's private folder, and the next
// start, holding the folder's lock so no other process is printing, clears what is left.
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateFolder } from './private';

export const TEMP_FOLDER = 'tmp';

/** Empties DATA/tmp (leftovers of a killed process) and returns its path. Call only holding the lock. */
export function resetTempFolder(dataDir: string): string {
  const dir = path.join(dataDir, TEMP_FOLDER);
  fs.rmSync(dir, { recursive: true, force: true });
  makePrivateFolder(dir);
  return dir;
}
