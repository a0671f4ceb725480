// The brief's fonts: Noto Sans (Latin, Cyrillic, Greek), Noto Sans Arabic and Hebrew from
// resources/fonts (copied there by scripts/copy-fonts.mjs), Noto Sans SC and JP from their
// @fontsource packages (too large for the repository). Every rule points at a file:// URL, so the
// printed document never depends on what the laptop has installed; a missing file falls back to
// the next family in the stack.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CJK_PACKAGES = ['noto-sans-sc', 'noto-sans-jp'];
const WEIGHTS = ['400', '700'];

const cache = new Map<string, string>();

/** @font-face rules for the brief, read once per resources folder. */
export function fontFaceCss(resourcesDir: string): string {
  const cached = cache.get(resourcesDir);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  const bundled = path.join(resourcesDir, 'fonts');
  const bundledCss = readIfExists(path.join(bundled, 'fonts.css'));
  if (bundledCss) parts.push(pointAt(bundledCss, './', bundled));
  for (const name of CJK_PACKAGES) {
    const dir = findPackage(resourcesDir, name);
    if (!dir) continue;
    for (const weight of WEIGHTS) {
      const css = readIfExists(path.join(dir, `${weight}.css`));
      // Keep only the woff2 source: Chromium reads it, and a shorter stylesheet parses faster.
      if (css) parts.push(pointAt(css.replace(/, url\([^)]*\.woff\) format\('woff'\)/g, ''), './files/', path.join(dir, 'files')));
    }
  }
  const css = parts.join('\n');
  cache.set(resourcesDir, css);
  return css;
}

function pointAt(css: string, prefix: string, dir: string): string {
  const base = pathToFileURL(dir + path.sep).href;
  return css.split(`url(${prefix}`).join(`url(${base}`);
}

function findPackage(resourcesDir: string, name: string): string | null {
  // resources/fonts/<name> wins (a packaged app may ship it there), then the app's node_modules.
  for (const dir of [path.join(resourcesDir, 'fonts', name), path.join(path.dirname(resourcesDir), 'node_modules', '@fontsource', name)]) {
    if (fs.existsSync(path.join(dir, '400.css'))) return dir;
  }
  return null;
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
