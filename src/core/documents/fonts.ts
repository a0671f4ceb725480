// The brief's fonts, all under resources/fonts (scripts/copy-fonts.mjs puts them there): Noto Sans
// (Latin, Cyrillic, Greek), Noto Sans Arabic, Hebrew, Thai and Devanagari listed in fonts.css, and
// Noto Sans SC, JP and KR in their own folders. Every rule points at a file:// URL, so the printed document never depends on
// what the laptop has installed. A rule whose file is missing is dropped, so its letters fall back
// to the next family in the stack and `available` reports them as not covered (see fontCoverage.ts).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseUnicodeRanges, type FontAvailability } from './fontCoverage';

const CJK_PACKAGES = ['noto-sans-sc', 'noto-sans-jp', 'noto-sans-kr'];
const WEIGHTS = ['400', '700'];

export interface BundledFonts {
  /** @font-face rules with file:// URLs, for the printed brief's <style>. */
  css: string;
  /** What those rules cover, and which font sets are missing, for the export's notices. */
  available: FontAvailability;
}

const cache = new Map<string, BundledFonts>();

/** The brief's fonts, read once per resources folder. */
export function bundledFonts(resourcesDir: string): BundledFonts {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const parts: string[] = [];
  const missing: string[] = [];
  const fontsDir = path.join(resourcesDir, 'fonts');
  const mainCss = readIfExists(path.join(fontsDir, 'fonts.css'));
  const main = mainCss === null ? '' : present(mainCss, fontsDir);
  if (main === '') missing.push(path.join('resources', 'fonts', 'fonts.css'));
  else parts.push(main);
  for (const name of CJK_PACKAGES) {
    const dir = findPackage(resourcesDir, name);
    const css = dir ? WEIGHTS.map((weight) => present(readIfExists(path.join(dir, `${weight}.css`)) ?? '', dir)).join('\n') : '';
    if (css.trim() === '') missing.push(path.join('resources', 'fonts', name));
    else parts.push(css);
  }
  const css = parts.join('\n');
  const fonts: BundledFonts = { css, available: { ranges: parseUnicodeRanges(css), missing } };
  cache.set(resourcesDir, fonts);
  return fonts;
}

/**
 * The rules of `css` whose woff2 file exists under `dir`, each loading only that file by its file://
 * URL (Chromium reads woff2; a shorter stylesheet parses faster).
 */
function present(css: string, dir: string): string {
  const kept: string[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const relative = /url\(\.\/([^)]+?\.woff2)\)/.exec(block)?.[1];
    if (!relative) continue;
    const file = path.join(dir, ...relative.split('/'));
    if (!fs.existsSync(file)) continue;
    kept.push(block.replace(/src:[^;]*;/, `src: url(${pathToFileURL(file).href}) format('woff2');`).replace(/\s*font-display:[^;]*;/, ''));
  }
  return kept.join('\n');
}

function findPackage(resourcesDir: string, name: string): string | null {
  // resources/fonts/<name> (copied by scripts/copy-fonts.mjs before every build and packaging); when
  // running from source without a build (vitest, `npm run brief`), the @fontsource package itself.
  // A packaged app has no node_modules/@fontsource (a devDependency), so there only the first counts.
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

const marginCache = new Map<string, string>();

/**
 * @font-face rules for the page header and footer, with Noto Sans Latin inlined as data: URLs:
 * Chromium prints those templates apart from the document and loads no fonts for them unless the
 * document itself has loaded the same font (the brief's body uses this family first, see style.ts);
 * without this the marking and page numbers print in whatever font the laptop has.
 */
export function marginFontCss(resourcesDir: string): string {
  const cached = marginCache.get(resourcesDir);
  if (cached !== undefined) return cached;
  const rules = WEIGHTS.flatMap((weight) => {
    try {
      const font = fs.readFileSync(path.join(resourcesDir, 'fonts', `noto-sans-latin-${weight}-normal.woff2`)).toString('base64');
      return [`@font-face{font-family:'Chancery Margin';font-weight:${weight};src:url(data:font/woff2;base64,${font}) format('woff2');}`];
    } catch {
      return [];
    }
  });
  const css = rules.join('');
  marginCache.set(resourcesDir, css);
  return css;
}
