// Finding the file to serve for a request, shared by the web host and Electron's app:// protocol.
// resolveStaticPath (staticPaths.ts) keeps the *name* inside the UI folder; this keeps the *file* there:
// a symlink in the folder must not publish the rest of the disk.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { INDEX_FILE, looksLikeRoute } from './staticPaths';

export interface StaticFile {
  /** The real path (symlinks resolved), always inside the real UI folder. */
  path: string;
  size: number;
}

/**
 * The file for `target` (a path from resolveStaticPath): the file itself, its folder's index.html, or,
 * for an extension-less client-side route, the UI's index.html. Null when none exists inside `root`.
 */
export async function findStaticFile(root: string, target: string): Promise<StaticFile | null> {
  const realRoot = await realpathOrNull(root);
  if (realRoot === null) return null;
  const candidates = [target, path.join(target, INDEX_FILE)];
  if (looksLikeRoute(target)) candidates.push(path.join(root, INDEX_FILE));
  for (const candidate of candidates) {
    const file = await fileInside(realRoot, candidate);
    if (file !== null) return file;
  }
  return null;
}

async function fileInside(realRoot: string, candidate: string): Promise<StaticFile | null> {
  const real = await realpathOrNull(candidate);
  if (real === null || !isInside(realRoot, real)) return null;
  try {
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
}

function isInside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
}

async function realpathOrNull(filePath: string): Promise<string | null> {
  try {
    return await realpath(filePath);
  } catch {
    return null;
  }
}
