// The editorial calendar in Debian's Chromium against the real web host and core, with a sample
// strategy of N posts spread over a year (issue 5: 5,000 and 20,000):
//   1. month render: moving to the calendar inside the app (click in the side navigation until the
//      month's chips are painted), and switching to the next or previous month (click → painted);
//   2. week switch: next or previous week, click → the week's chips painted;
//   3. drop to saved: a keyboard move (Space, ArrowRight, Space) from the drop key to the core's
//      answer to contentItem.move, measured in the page; and drop → the refetched month answered;
//   4. the calendar.range request for a month as the page sees it (transfer and JSON included).
// Every in-page figure is split into the request it waited for and the rest (React render, layout,
// paint), so a missed target says where the time went. Screenshots go to CALENDAR_SHOTS if set;
// CALENDAR_DEBUG=<folder> saves a screenshot and the page's calls when a drop is never saved.
// CALENDAR_PROFILE=<file.cpuprofile> records the page's CPU profile during the drops (build with
// PROFILE_BUILD=1 npx electron-vite build for readable function names).
// Needs the built UI (`npx electron-vite build`) and /usr/bin/chromium (or CHROMIUM_PATH).
// Run alone with `npx tsx tests/bench/calendarView.bench.ts [items]`; prints figures, never fails on them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { openCore } from '../../src/core/index';
import { startWebHost } from '../../src/web/server';
import { fmt, printTable, removeAllTempDirs, removeTempDir, summaryRow, tempDir } from './stats';

const REPO = path.resolve(import.meta.dirname, '../..');
const BUILT_UI = path.join(REPO, 'out', 'renderer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface CalendarViewFigures {
  items: number;
  /** Chips and "+N more" buttons of the busiest month shown, to say what "a month" held. */
  monthChips: number;
  monthMore: number;
  navigateMs: number[];
  monthSwitchMs: number[];
  monthRangeMs: number[];
  monthRestMs: number[];
  weekSwitchMs: number[];
  weekRangeMs: number[];
  dropSavedMs: number[];
  /** Drop key → the contentItem.move request leaving the page (the renderer's own share). */
  dropSentMs: number[];
  /** Drop key → the answer's last byte as the network stack saw it (main-thread delays left out). */
  dropSavedNetMs: number[];
  /** contentItem.move inside the core as the web host served it (no HTTP, no queue). */
  coreMoveMs: number[];
  /** Drop (the page's key event) to the core's committed write, both on the machine's wall clock. */
  dropCommittedMs: number[];
  /** Calls the page made between the drop and the move, if any (they delay the save). */
  callsBeforeMove: string[];
  dropRefetchedMs: number[];
  longestDropTaskMs: number[];
  monthItems: number;
  /** Chromium's own accounting of a month switch (CDP Performance metrics), summed per switch. */
  monthScriptMs: number[];
  monthStyleMs: number[];
  monthLayoutMs: number[];
  monthDomNodes: number;
  weekDomNodes: number;
}

const METRICS = { ScriptDuration: 'script', RecalcStyleDuration: 'style', LayoutDuration: 'layout' } as const;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.filter((m) => m.name in METRICS).map((m) => [m.name, m.value * 1000]));
}

/**
 * In the page, before the app loads: every contract call's start and end (body read included) and
 * every key press's time stamp, so figures are taken with the page's own clock.
 */
const INSTRUMENT = `(() => {
  const calls = (window.__calls = []);
  const keys = (window.__keys = []);
  window.__longest = 0;
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input.url;
    const match = /\\/api\\/call\\/([^/?]+)/.exec(url);
    if (!match) return realFetch(input, init);
    const entry = { method: decodeURIComponent(match[1]), start: performance.now(), end: 0, bytes: 0 };
    calls.push(entry);
    const response = await realFetch(input, init);
    const body = await response.text();
    entry.end = performance.now();
    entry.bytes = body.length;
    return new Response(body, { status: response.status, headers: response.headers });
  };
  addEventListener('keydown', (event) => keys.push({ key: event.key, t: event.timeStamp }), true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: false });
})()`;

/**
 * Clicks the button matching `selector`, then waits frame by frame until a calendar section whose
 * label starts with `labelPrefix` and differs from the one shown before holds a painted chip.
 * Returns the click → painted time and the calendar.range request it waited for.
 */
async function clickUntilPainted(page: Page, selector: string, labelPrefix: string): Promise<{ ms: number; rangeMs: number | null }> {
  return (await page.evaluate(
    `(async () => {
      const sectionNow = () => [...document.querySelectorAll('section[aria-label^="${labelPrefix}"]')][0];
      const before = sectionNow()?.getAttribute('aria-label') ?? '';
      const button = document.querySelector(${JSON.stringify(selector)});
      if (!button) throw new Error('no ${selector}');
      const start = performance.now();
      button.click();
      const end = await new Promise((resolve) => {
        const check = () => {
          const s = sectionNow();
          if (s && s.getAttribute('aria-label') !== before && s.querySelector('.cal-chip')) requestAnimationFrame(() => resolve(performance.now()));
          else requestAnimationFrame(check);
        };
        check();
      });
      const range = window.__calls.filter((c) => c.method === 'calendar.range' && c.start >= start && c.end > 0 && c.end <= end).at(-1);
      return { ms: end - start, rangeMs: range ? range.end - range.start : null };
    })()`,
  )) as { ms: number; rangeMs: number | null };
}

async function navigateToCalendar(page: Page, strategyId: string): Promise<number> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/s/${strategyId}/overview`);
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.getByRole('navigation', { name: 'Strategy sections' }).getByRole('link', { name: 'Calendar', exact: true }).waitFor();
  return (await page.evaluate(`(async () => {
    const link = document.querySelector('nav[aria-label="Strategy sections"] a[href$="/calendar"]');
    const start = performance.now();
    link.click();
    const end = await new Promise((resolve) => {
      const check = () => {
        if (document.querySelector('section[aria-label^="Month of"] .cal-chip')) requestAnimationFrame(() => resolve(performance.now()));
        else requestAnimationFrame(check);
      };
      check();
    });
    return end - start;
  })()`)) as number;
}

/** Picks up the first chip of the n-th day of the month with the keyboard and drops it a day later. */
async function keyboardDrop(page: Page, n: number): Promise<{ dropEpoch: number; saved: number; savedNet: number | null; sent: number; refetched: number | null; longest: number; before: string[] } | null> {
  const chip = page.locator('section[aria-label^="Month of"] .cal-day:not(.cal-day-out)').nth(n).locator('.cal-chip').first();
  if ((await chip.count()) === 0) return null;
  // Start from a quiet page: the refetches after the previous drop have all been answered.
  await page.waitForFunction(() => (window as unknown as { __calls: { end: number }[] }).__calls.every((c) => c.end > 0));
  await page.waitForTimeout(300);
  await chip.scrollIntoViewIfNeeded();
  await chip.focus();
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  await live.filter({ hasText: 'Picked up' }).waitFor();
  await page.keyboard.press('ArrowRight');
  // Drop only once dnd-kit says the chip is over another day; otherwise put it back and skip.
  const over = await live.filter({ hasText: ' is over ' }).waitFor({ timeout: 5_000 }).then(() => true, () => false);
  if (!over) {
    await page.keyboard.press('Escape');
    return null;
  }
  await page.evaluate(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    performance.clearResourceTimings();
  });
  const calls = (await page.evaluate('window.__calls.length')) as number;
  await page.keyboard.press('Space');
  await page.waitForFunction(
    (from) => {
      const w = window as unknown as { __calls: { method: string; end: number }[] };
      const after = w.__calls.slice(from);
      return after.some((c) => c.method === 'contentItem.move' && c.end > 0) && after.some((c) => c.method === 'calendar.range' && c.end > 0);
    },
    calls,
    { timeout: 30_000 },
  ).catch(async (error: unknown) => {
    if (process.env.CALENDAR_DEBUG) {
      await page.screenshot({ path: path.join(process.env.CALENDAR_DEBUG, 'drop-timeout.png') });
      console.error(await page.evaluate(`JSON.stringify({ calls: window.__calls.slice(${calls}), live: document.querySelector('[id^="DndLiveRegion"]')?.textContent })`));
    }
    throw error;
  });
  return (await page.evaluate(`(() => {
    const drop = window.__keys.filter((k) => k.key === ' ').at(-1).t;
    const after = window.__calls.slice(${calls});
    const move = after.find((c) => c.method === 'contentItem.move');
    const range = after.find((c) => c.method === 'calendar.range' && c.start >= move.start);
    const before = after.filter((c) => c.start < move.start).map((c) => c.method);
    // The network stack's own clock: when the answer arrived, whether or not the main thread was free.
    const net = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/contentItem.move'));
    return { dropEpoch: performance.timeOrigin + drop, saved: move.end - drop, savedNet: net ? net.responseEnd - drop : null, sent: move.start - drop, refetched: range ? range.end - drop : null, longest: window.__longest, before };
  })()`)) as { dropEpoch: number; saved: number; savedNet: number | null; sent: number; refetched: number | null; longest: number; before: string[] };
}

export async function benchCalendarView(itemCount: number, options: { runs?: number; drops?: number; shots?: string } = {}): Promise<CalendarViewFigures> {
  const runs = options.runs ?? 6;
  const drops = options.drops ?? 10;
  if (!fs.existsSync(path.join(BUILT_UI, 'index.html'))) {
    throw new Error(`No built UI in ${BUILT_UI}: run "npx electron-vite build" before this benchmark.`);
  }
  const dataDir = tempDir('calendar-view');
  const core = openCore({ dataDir, host: 'web', appRoot: REPO });
  const f: CalendarViewFigures = {
    items: itemCount, monthChips: 0, monthMore: 0, navigateMs: [], monthSwitchMs: [], monthRangeMs: [], monthRestMs: [],
    weekSwitchMs: [], weekRangeMs: [], dropSavedMs: [], dropSentMs: [], dropSavedNetMs: [], coreMoveMs: [], dropCommittedMs: [], callsBeforeMove: [], dropRefetchedMs: [], longestDropTaskMs: [], monthItems: 0,
    monthScriptMs: [], monthStyleMs: [], monthLayoutMs: [], monthDomNodes: 0, weekDomNodes: 0,
  };
  let host: Awaited<ReturnType<typeof startWebHost>> | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const strategy = await core.call('strategy.createSample', { items: itemCount });
    const year = strategy.year;
    const march = await core.call('calendar.range', { strategyId: strategy.id, from: `${year}-03-01T00:00:00Z`, to: `${year}-04-01T00:00:00Z` });
    f.monthItems = march.items.length;
    // Time each call inside the core as served, to tell the core's share from HTTP and queueing.
    let lastMoveDone = 0;
    const served = core.call.bind(core);
    core.call = (async (method: string, input: unknown) => {
      const start = performance.now();
      try {
        return await served(method as never, input as never);
      } finally {
        if (method === 'contentItem.move') {
          f.coreMoveMs.push(performance.now() - start);
          lastMoveDone = performance.timeOrigin + performance.now();
        }
      }
    }) as typeof core.call;
    host = await startWebHost({ core, staticDir: BUILT_UI });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Open on March of the sample's year in the month view (the calendar keeps this per strategy).
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`chancery.calendar.${strategy.id}`, JSON.stringify({ view: 'month', anchor: `${year}-03-15`, filters: {} })],
    );

    // 1a. Inside the app: overview → calendar, chips painted (after one warm-up).
    for (let r = -1; r < runs; r++) {
      const ms = await navigateToCalendar(page, strategy.id);
      if (r >= 0) f.navigateMs.push(ms);
    }
    f.monthChips = await page.locator('section[aria-label^="Month of"] .cal-chip').count();
    f.monthMore = await page.locator('section[aria-label^="Month of"] .cal-more').count();
    f.monthDomNodes = (await page.evaluate('document.querySelectorAll("*").length')) as number;
    if (options.shots) {
      await page.screenshot({ path: path.join(options.shots, `calendar-month-${itemCount}.png`), fullPage: true });
    }

    // 1b. Month switch: next, next, …, then back, so every month shown is a full one of the year.
    for (let r = -1; r < runs; r++) {
      const forward = r < runs / 2;
      const before = await metrics(cdp);
      const { ms, rangeMs } = await clickUntilPainted(page, `button[aria-label="${forward ? 'Next month' : 'Previous month'}"]`, 'Month of');
      const after = await metrics(cdp);
      if (r < 0) continue;
      f.monthSwitchMs.push(ms);
      f.monthScriptMs.push(after.ScriptDuration! - before.ScriptDuration!);
      f.monthStyleMs.push(after.RecalcStyleDuration! - before.RecalcStyleDuration!);
      f.monthLayoutMs.push(after.LayoutDuration! - before.LayoutDuration!);
      if (rangeMs !== null) {
        f.monthRangeMs.push(rangeMs);
        f.monthRestMs.push(ms - rangeMs);
      }
    }

    // 2. Week view: switch weeks back and forth.
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
    await page.locator('section[aria-label^="Week of"] .cal-chip').first().waitFor();
    f.weekDomNodes = (await page.evaluate('document.querySelectorAll("*").length')) as number;
    if (options.shots) {
      await page.screenshot({ path: path.join(options.shots, `calendar-week-${itemCount}.png`), fullPage: true });
    }
    for (let r = -1; r < runs; r++) {
      const forward = r < runs / 2;
      const { ms, rangeMs } = await clickUntilPainted(page, `button[aria-label="${forward ? 'Next week' : 'Previous week'}"]`, 'Week of');
      if (r < 0) continue;
      f.weekSwitchMs.push(ms);
      if (rangeMs !== null) f.weekRangeMs.push(rangeMs);
    }
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();
    await page.locator('section[aria-label^="Month of"] .cal-chip').first().waitFor();

    // 3. Drops with the keyboard in the month view.
    if (process.env.CALENDAR_PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    for (let i = 0, done = 0; done < drops && i < drops * 3; i++) {
      const drop = await keyboardDrop(page, 1 + ((i * 3) % 25));
      if (!drop) continue;
      f.dropSavedMs.push(drop.saved);
      f.dropSentMs.push(drop.sent);
      if (drop.savedNet !== null) f.dropSavedNetMs.push(drop.savedNet);
      f.dropCommittedMs.push(lastMoveDone - drop.dropEpoch);
      for (const method of drop.before) if (!f.callsBeforeMove.includes(method)) f.callsBeforeMove.push(method);
      if (drop.refetched !== null) f.dropRefetchedMs.push(drop.refetched);
      f.longestDropTaskMs.push(drop.longest);
      done++;
    }
    if (process.env.CALENDAR_PROFILE) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(process.env.CALENDAR_PROFILE, JSON.stringify(profile));
    }
  } finally {
    await browser.close();
    await host?.close();
    core.close();
    removeTempDir(dataDir);
  }
  return f;
}

export function printCalendarViewFigures(f: CalendarViewFigures): void {
  const rows: string[][] = [];
  const line = (name: string, samples: number[]) => rows.push(summaryRow(name, samples));
  line('navigate to the calendar (click → month chips painted)', f.navigateMs);
  line('switch month (click → chips painted)  [target < 100]', f.monthSwitchMs);
  line('  of which the calendar.range request', f.monthRangeMs);
  line('  of which the rest (render, layout, paint)', f.monthRestMs);
  line('  Chromium: script (JSON, React) per switch', f.monthScriptMs);
  line('  Chromium: style recalculation per switch', f.monthStyleMs);
  line('  Chromium: layout per switch', f.monthLayoutMs);
  line('switch week (click → chips painted)', f.weekSwitchMs);
  line('  of which the calendar.range request', f.weekRangeMs);
  line('drop → move saved in the database  [target < 16]', f.dropCommittedMs);
  line('  of which drop → move request sent (renderer)', f.dropSentMs);
  line('  of which contentItem.move in the core', f.coreMoveMs);
  line('drop → the page holds the core’s answer', f.dropSavedMs);
  line('drop → answer received by the network stack', f.dropSavedNetMs);
  line('drop → refetched month answered', f.dropRefetchedMs);
  line('longest main-thread task during a drop', f.longestDropTaskMs);
  printTable(
    `Calendar with ${fmt(f.items, 0)} posts in Chromium, 1440×900 (March: ${fmt(f.monthItems, 0)} occurrences; ${f.monthChips} chips painted, ${f.monthMore} "+N more"; DOM nodes: month ${fmt(f.monthDomNodes, 0)}, week ${fmt(f.weekDomNodes, 0)}); ms`,
    ['', 'median', 'p95', 'max', 'n'],
    rows,
  );
  if (f.callsBeforeMove.length > 0) console.log(`calls made between the drop and the move: ${f.callsBeforeMove.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 5_000);
  process.on('exit', removeAllTempDirs);
  printCalendarViewFigures(await benchCalendarView(count, { shots: process.env.CALENDAR_SHOTS }));
}
