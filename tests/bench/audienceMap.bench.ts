// The influence map with 1,000 audiences, in Debian's Chromium against the real web host and core:
//   1. how long the map takes to appear: moving to it inside the app (click in the side navigation
//      until the cards are painted), and a cold load of the page straight onto the map;
//   2. how long a drop takes to be saved: the audience.place round trip measured in the page (drop to
//      the core's answer), and drop to the refetched list showing the card in its new cell.
// Needs the built UI (`npx electron-vite build`) and /usr/bin/chromium (or CHROMIUM_PATH).
// Run alone with `npx tsx tests/bench/audienceMap.bench.ts [audiences]`; prints figures, never fails on them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { openCore } from '../../src/core/index';
import { startWebHost } from '../../src/web/server';
import { fmt, printTable, removeAllTempDirs, removeTempDir, summaryRow, tempDir } from './stats';

const REPO = path.resolve(import.meta.dirname, '../..');
const BUILT_UI = path.join(REPO, 'out', 'renderer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AudienceMapFigures {
  audiences: number;
  navigateMs: number[];
  coldLoadMs: number[];
  listCallMs: number[];
  saveMs: number[];
  confirmedMs: number[];
  longestDragTaskMs: number[];
}

/** Waits in the page until a map card is painted; resolves with performance.now() at that frame. */
const CARDS_PAINTED = `new Promise((resolve) => {
  const check = () => {
    if (document.querySelector('.map-chip')) requestAnimationFrame(() => resolve(performance.now()));
    else requestAnimationFrame(check);
  };
  check();
})`;

async function navigateToMap(page: Page, strategyId: string): Promise<{ ms: number; listMs: number | null }> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/s/${strategyId}/overview`);
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.evaluate(() => performance.clearResourceTimings());
  await page.getByRole('navigation', { name: 'Strategy sections' }).getByRole('link', { name: 'Influence map' }).waitFor();
  // Start the clock in the page at the click itself, and stop it when the cards are painted.
  // (A string, so that no helper of the TypeScript loader ends up in the page.)
  const ms = (await page.evaluate(`(async () => {
    const link = document.querySelector('nav[aria-label="Strategy sections"] a[href$="/audience-map"]');
    const start = performance.now();
    link.click();
    const end = await ${CARDS_PAINTED};
    return end - start;
  })()`)) as number;
  const listMs = await page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('audience.list'));
    return entry ? entry.duration : null;
  });
  return { ms, listMs };
}

async function dragFirstCard(page: Page, from: [number, number], to: [number, number]): Promise<boolean> {
  const source = page.getByRole('group', { name: new RegExp(`^influence ${from[0]}, interest ${from[1]}:`) });
  const target = page.getByRole('group', { name: new RegExp(`^influence ${to[0]}, interest ${to[1]}:`) });
  const card = source.locator('.map-chip').first();
  if ((await card.count()) === 0) return false;
  const a = await card.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) return false;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 4, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.up();
  return true;
}

export async function benchAudienceMap(audienceCount = 1_000, runs = 5, drops = 15): Promise<AudienceMapFigures> {
  if (!fs.existsSync(path.join(BUILT_UI, 'index.html'))) {
    throw new Error(`No built UI in ${BUILT_UI}: run "npx electron-vite build" before this benchmark.`);
  }
  const dataDir = tempDir('audience-map');
  const core = openCore({ dataDir, host: 'web', appRoot: REPO });
  const figures: AudienceMapFigures = { audiences: audienceCount, navigateMs: [], coldLoadMs: [], listCallMs: [], saveMs: [], confirmedMs: [], longestDragTaskMs: [] };
  let host: Awaited<ReturnType<typeof startWebHost>> | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const strategy = await core.call('strategy.createSample', { audiences: audienceCount });
    const listed = await core.call('audience.list', { strategyId: strategy.id });
    if (listed.length !== audienceCount) throw new Error(`the sample has ${listed.length} audiences, expected ${audienceCount}`);
    host = await startWebHost({ core, staticDir: BUILT_UI });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(60_000);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    // 1a. Inside the app: from the overview to the painted map, after one warm-up.
    for (let r = -1; r < runs; r++) {
      const { ms, listMs } = await navigateToMap(page, strategy.id);
      if (r < 0) continue;
      figures.navigateMs.push(ms);
      if (listMs !== null) figures.listCallMs.push(listMs);
    }

    // 1b. Cold: a fresh page load straight onto the map (bundle, fonts, first calls, render).
    const mapUrl = `${new URL(page.url()).origin}/#/s/${encodeURIComponent(strategy.id)}/audience-map`;
    for (let r = -1; r < runs; r++) {
      await page.goto('about:blank');
      await page.goto(mapUrl);
      const ms = (await page.evaluate(CARDS_PAINTED)) as number;
      if (r >= 0) figures.coldLoadMs.push(ms);
    }

    // 2. Drops: the first card of a busy cell onto another cell, round and round the grid.
    await page.getByRole('region', { name: 'Influence-interest grid' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const moves: [[number, number], [number, number]][] = [
      [[3, 3], [1, 1]],
      [[4, 4], [2, 5]],
      [[2, 2], [5, 1]],
      [[3, 4], [1, 3]],
      [[4, 2], [2, 4]],
    ];
    let done = 0;
    for (let i = 0; done < drops && i < drops * 3; i++) {
      const [from, to] = moves[i % moves.length]!;
      await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
      const before = await page.evaluate(() => performance.getEntriesByName('audience-map:confirmed').length);
      if (!(await dragFirstCard(page, from, to))) continue;
      await page.waitForFunction((n) => performance.getEntriesByName('audience-map:confirmed').length > n, before);
      figures.longestDragTaskMs.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
      done++;
    }
    const measures = await page.evaluate(() => ({
      save: performance.getEntriesByName('audience-map:save').map((e) => e.duration),
      confirmed: performance.getEntriesByName('audience-map:confirmed').map((e) => e.duration),
    }));
    figures.saveMs = measures.save;
    figures.confirmedMs = measures.confirmed;
  } finally {
    await browser.close();
    await host?.close();
    core.close();
    removeTempDir(dataDir);
  }
  return figures;
}

export function printAudienceMapFigures(f: AudienceMapFigures): void {
  const rows: string[][] = [];
  const line = (name: string, samples: number[]) => rows.push(summaryRow(name, samples));
  line('navigate to the map (click → cards painted)', f.navigateMs);
  line('  of which the audience.list request', f.listCallMs);
  line('cold page load onto the map (→ cards painted)', f.coldLoadMs);
  line('drop → audience.place saved (round trip)', f.saveMs);
  line('drop → refetched list shows the card', f.confirmedMs);
  line('longest main-thread task during a drag', f.longestDragTaskMs);
  printTable(`Influence map with ${fmt(f.audiences, 0)} audiences in Chromium, 1440×900; ms`, ['', 'median', 'p95', 'max', 'n'], rows);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 1_000);
  process.on('exit', removeAllTempDirs);
  printAudienceMapFigures(await benchAudienceMap(count));
}
