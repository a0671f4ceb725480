// The web host hands the page a per-launch token once, in the address (?token=...).
// We keep it for this tab only (sessionStorage, so a reload still works) and take it
// out of the address bar so it is not bookmarked, shared or left in history.
import { TOKEN_QUERY } from '../../shared/contract/wire';

const STORAGE_KEY = 'chancery.token';

export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    try {
      sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be unavailable; the token still works for this page load.
    }
    url.searchParams.delete(TOKEN_QUERY);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
