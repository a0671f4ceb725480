// The Electron host's URL checks, tested without Electron (urls.ts imports nothing from it).
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, isWebLink } from '../../electron/main/urls';

describe('isAppUrl: who may navigate the window and call the core', () => {
  it.each([`${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/`, `${APP_ORIGIN}/strategies/1?tab=kpi#top`])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://chancery.evil/index.html',
    'https://chancery/index.html',
    'file:///etc/passwd',
    'http://127.0.0.1:5173/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isWebLink: what may open in the OS browser', () => {
  it.each(['https://www.un.org/en/', 'http://example.org/page'])('opens %s', (url) => {
    expect(isWebLink(url)).toBe(true);
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'ms-settings:', 'app://chancery/', 'mailto:a@b.c', ''])(
    'keeps %s closed',
    (url) => {
      expect(isWebLink(url)).toBe(false);
    },
  );
});
