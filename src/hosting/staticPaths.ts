// Mapping URL paths onto files of the built renderer, shared by the web host and Electron's app://
// protocol. Pure path logic: no I/O, so both hosts refuse exactly the same requests.
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const INDEX_FILE = 'index.html';

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or null when the path tries to leave it.
 * `rawPath` is the path as it arrived, still percent-encoded: each segment is decoded on its own,
 * so `%2e%2e`, `%2f` and `%5c` cannot smuggle a `..` or a separator past the check.
 */
export function resolveStaticPath(root: string, rawPath: string): string | null {
  if (!rawPath.startsWith('/')) return null;
  const segments: string[] = [];
  for (const encoded of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    // Refuse rather than normalise: no honest request for a built asset contains these.
    if (segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  const base = path.resolve(root);
  const target = path.resolve(base, ...segments);
  // Belt and braces: whatever the rules above missed, the result must stay under root.
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  return target;
}

/** A path without a file extension is a client-side route, answered with index.html. */
export function looksLikeRoute(filePath: string): boolean {
  return path.extname(filePath) === '';
}
