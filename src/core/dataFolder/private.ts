// Workspace files are for the user who owns them: folders 700, files 600 on POSIX. Windows keeps
// its own per-user ACLs on the profile folders and has no such modes, so nothing is done there.
import fs from 'node:fs';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Removes group and other access from a file or folder of ours, if it has any. Missing paths are skipped. */
export function makePrivate(target: string): void {
  if (!posix) return;
  let mode: number;
  try {
    mode = fs.statSync(target).mode;
  } catch {
    return;
  }
  if ((mode & 0o077) === 0) return;
  try {
    // chmod by path, never through an open descriptor: closing one would drop SQLite's locks on that file.
    fs.chmodSync(target, mode & 0o700);
  } catch {
    // Someone else's file in a shared folder: tightening is a courtesy, not a reason to refuse to start.
  }
}

/** Creates a folder (and missing parents) readable by the user only; tightens it if it already exists. */
export function makePrivateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  makePrivate(dir);
}

/** Creates an empty file readable by the user only, unless something is already there. */
export function createPrivateFile(file: string): void {
  try {
    fs.writeFileSync(file, '', { flag: 'wx', mode: PRIVATE_FILE_MODE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
