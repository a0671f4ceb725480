// Serving the built renderer (out/renderer). The UI holds no data, so it needs no token.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { sendError } from './respond';
import { staticFileHeaders } from '../hosting/securityHeaders';
import { findStaticFile, type StaticFile } from '../hosting/staticFiles';
import { contentTypeFor, resolveStaticPath } from '../hosting/staticPaths';

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
  // Unknown extension-less paths are client-side routes (index.html); a missing asset is a real 404.
  const file = await findStaticFile(root, target);
  if (file !== null) return send(req, res, file);
  sendError(res, { code: 'not_found', message: 'No such file' }, 404);
}

async function send(req: IncomingMessage, res: ServerResponse, file: StaticFile): Promise<void> {
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
