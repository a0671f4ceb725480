// Scratch files (the brief's HTML while Chromium prints it) live in DATA/tmp, not the system's temp
// folder: a print killed mid-way then leaves the brief only in the user's private folder, and the next
// start, holding the folder's lock so no other process is printing, clears what is left.
import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_FOLDER_MODE } from './private';

export const TEMP_FOLDER = 'tmp';
/** Prefix of each job's folder in DATA/tmp (see withHtmlFile). */
export const SCRATCH_PREFIX = 'print-';

/**
 * Removes the scratch folders a killed process left in DATA/tmp and returns its path. Only our own
 * `print-*` folders go: --data may name a folder the user also keeps a `tmp` of their own in.
 * Call only holding the folder's lock.
 */
export function resetTempFolder(dataDir: string): string {
  const dir = path.join(dataDir, TEMP_FOLDER);
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(SCRATCH_PREFIX)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  return dir;
}
