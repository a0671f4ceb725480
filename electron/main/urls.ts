// Which URLs belong to the app and which may open in the user's browser. No electron import, so
// these security checks can be unit-tested without the Electron runtime.

export const APP_SCHEME = 'app';
export const APP_HOST = 'chancery';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True only for app://chancery/...: other hosts on our scheme are not ours either. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links the OS browser may open: http(s) only, never file:, javascript:, custom schemes. */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
