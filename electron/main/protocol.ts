// app://chancery serves the built renderer: a privileged standard scheme gives the UI a real origin
// (fetch, storage, CSP 'self') without file:// and its broad access.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { staticFileHeaders } from '../../src/hosting/securityHeaders';
import { findStaticFile } from '../../src/hosting/staticFiles';
import { contentTypeFor, resolveStaticPath } from '../../src/hosting/staticPaths';
import { APP_HOST, APP_SCHEME } from './urls';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const target = resolveStaticPath(root, url.pathname);
    if (target === null) return plain(403, 'That path is outside the application');
    const file = await findStaticFile(root, target);
    if (file === null) return plain(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file.path));
    return new Response(body, { status: 200, headers: staticFileHeaders(contentTypeFor(file.path)) });
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: staticFileHeaders('text/plain; charset=utf-8') });
}
