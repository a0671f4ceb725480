// Writing a file the planner chose, so that a failure never leaves a half-written file behind and
// the message says which folder failed and what to do. No electron import: testable under Node.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ChanceryError } from '../../src/shared/errors';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'it is not a folder',
  EISDIR: 'a folder of that name is in the way',
};

/** "Chancery cannot write to /path: permission denied. Choose another folder." */
export function cannotWriteMessage(folder: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const reason = REASONS[code] ?? ((error as Error | null)?.message || 'unknown error');
  return `Chancery cannot write to ${folder}: ${reason}. Choose another folder.`;
}

/**
 * Writes `data` (text as UTF-8) to `target` through a temporary file in the same folder and a
 * rename: the rename is atomic on one file system, so the target is either the old file or the
 * whole new one. On failure the temporary file is removed and a ChanceryError names the folder.
 */
export async function writeFileAtomically(target: string, data: Uint8Array | string): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);
  try {
    // 'wx': never follow or reuse something already lying at the temporary name.
    await fs.promises.writeFile(temp, data, { flag: 'wx' });
    await fs.promises.rename(temp, target);
  } catch (error) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw new ChanceryError('invalid_input', cannotWriteMessage(folder, error));
  }
}
