// Response headers shared by both hosts (the web host and Electron's app:// protocol), so the UI
// runs under the same policy wherever it is served from.

/** The renderer loads only its own bundle; nothing inline, nothing remote, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the UI kit set style attributes; inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response. `no-referrer` keeps the token in the page URL from leaking. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Headers for a static file of the built renderer. */
export function staticFileHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = { ...BASE_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' };
  if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}
