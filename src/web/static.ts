// Serving the built renderer (out/renderer). The UI holds no data, so it needs no token.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sendError } from './respond';
import { staticFileHeaders } from '../hosting/securityHeaders';
import { contentTypeFor, INDEX_FILE, looksLikeRoute, resolveStaticPath } from '../hosting/staticPaths';

export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, rawPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, { code: 'invalid_input', message: 'Only GET and HEAD are allowed here' }, 405, { Allow: 'GET, HEAD' });
    return;
  }
  const target = resolveStaticPath(root, rawPath);
  if (target === null) {
    sendError(res, { code: 'unauthorized', message: 'That path is outside the application' }, 403);
    return;
  }
  const file = (await fileAt(target)) ?? (await fileAt(path.join(target, INDEX_FILE)));
  if (file !== null) return send(req, res, file);
  // Unknown extension-less paths are client-side routes; a missing asset is a real 404.
  const index = looksLikeRoute(target) ? await fileAt(path.join(root, INDEX_FILE)) : null;
  if (index !== null) return send(req, res, index);
  sendError(res, { code: 'not_found', message: 'No such file' }, 404);
}

interface FoundFile {
  path: string;
  size: number;
}

async function fileAt(filePath: string): Promise<FoundFile | null> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? { path: filePath, size: info.size } : null;
  } catch {
    return null;
  }
}

async function send(req: IncomingMessage, res: ServerResponse, file: FoundFile): Promise<void> {
  res.writeHead(200, { ...staticFileHeaders(contentTypeFor(file.path)), 'Content-Length': file.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file.path), res);
  } catch (error) {
    // The page went away mid-download (reload, navigation, shutdown): nothing to report.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
