// Checks the data folder before anything opens in it, so a wrong --data or a place Chancery cannot
// write says so at start, in words, instead of as a raw EEXIST stack or a failure on the first save.
import fs from 'node:fs';
import path from 'node:path';
import { ChanceryError } from '../../shared/errors';
import { PRIVATE_FOLDER_MODE } from './private';

/** Creates the folder (700) if it is missing and makes sure Chancery can write in it. */
export function prepareDataFolder(dataDir: string, databaseFile: string): void {
  const stat = statOrNull(dataDir);
  if (stat && !stat.isDirectory()) {
    throw unavailable(
      `${dataDir} is a file, not a folder. Chancery keeps its workspace in a folder of its own: ` +
        'start it with --data pointing at a folder (a new name is fine, Chancery creates it).',
    );
  }
  if (!stat) createFolder(dataDir);
  if (!canWrite(dataDir)) {
    const hasWorkspace = fs.existsSync(path.join(dataDir, databaseFile));
    throw unavailable(
      hasWorkspace
        ? `Chancery cannot write in its data folder ${dataDir} (it is read-only), so nothing could be saved. ` +
            'Give your user permission to write there again, or copy the whole folder to a place you can write to ' +
            'and start Chancery with --data pointing at the copy. Nothing has been changed.'
        : `Chancery cannot write in ${dataDir} (it is read-only), so it cannot create a workspace there. ` +
            'Start Chancery with --data pointing at a folder you can write to, or give your user permission to write in this one.',
    );
  }
}

function createFolder(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const blocker = firstFileOnPath(dataDir);
    if (blocker) {
      throw unavailable(`Chancery cannot create the data folder ${dataDir}: ${blocker} is a file, not a folder. Start Chancery with --data pointing at another folder.`);
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw unavailable(
        `Chancery cannot create the data folder ${dataDir}: you may not write in ${nearestExisting(dataDir)}. ` +
          'Start Chancery with --data pointing at a folder you can write to, or create this folder yourself.',
      );
    }
    throw unavailable(`Chancery cannot create the data folder ${dataDir} (${(error as Error).message}). Start Chancery with --data pointing at another folder.`);
  }
}

function canWrite(dir: string): boolean {
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function statOrNull(target: string): fs.Stats | null {
  try {
    return fs.statSync(target);
  } catch {
    return null;
  }
}

/** The first part of `dir` that exists but is not a folder, if any. */
function firstFileOnPath(dir: string): string | null {
  let current = path.resolve(dir);
  const parts: string[] = [];
  while (path.dirname(current) !== current) {
    parts.unshift(current);
    current = path.dirname(current);
  }
  for (const part of parts) {
    const stat = statOrNull(part);
    if (!stat) return null;
    if (!stat.isDirectory()) return part;
  }
  return null;
}

function nearestExisting(dir: string): string {
  let current = path.resolve(dir);
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

export function unavailable(message: string): ChanceryError {
  return new ChanceryError('workspace_unavailable', message);
}
