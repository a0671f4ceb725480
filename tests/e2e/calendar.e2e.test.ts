// The editorial calendar as a planner lives it: create a campaign and posts, drag a post to another
// day with the mouse, move one with the keyboard, drag one from the backlog onto a day, find every
// move again after a reload, undo a move, see a platform's load warning, and export the calendar as
// iCalendar read back with a real parser (ical.js). Elements are found by role and accessible name.
import ICAL from 'ical.js';
import fs from 'node:fs';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../src/shared/calendar';
import { xLength } from '../../src/shared/calendarText';
import { dayLabel, plannerZone, todayIn } from '../../src/renderer/features/calendar/days';
import { calendarScreen } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
let platformId = '';

// Days of the current month (the calendar opens on today's month, in the browser's zone, which is this process's zone).
const month = todayIn(plannerZone()).slice(0, 7);
const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;

const MOUSE = 'Press freedom thread';
const KEYS = 'Scholarship reminder';
const IDEA = 'Interview with alumni';

async function item(title: string): Promise<CalendarItem | undefined> {
  const { items } = await app.core.call('calendar.range', { strategyId, from: `${month}-01T00:00:00Z`, to: `${addDays(day(28), 7)}T00:00:00Z` });
  const backlog = await app.core.call('contentItem.backlog', { strategyId });
  return [...items, ...backlog].find((i) => i.title === title);
}
const dateOf = async (title: string) => (await item(title))?.localDate ?? 'backlog';

const { dayCell, chip, dragWithMouse } = calendarScreen(() => page);

async function newPost(date: string, title: string, text: string) {
  await page.getByRole('button', { name: `New post on ${dayLabel(date)}` }).click();
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('checkbox', { name: 'X' }).check();
  await dialog.getByRole('textbox', { name: 'Text for X' }).fill(text);
  await dialog.getByText(`${xLength(text)} / 280`).waitFor();
  await dialog.getByRole('button', { name: 'Create post' }).click();
  await dialog.waitFor({ state: 'detached' });
  await dayCell(date).getByRole('button', { name: new RegExp(`^${title},`) }).waitFor();
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 900 });
});

afterAll(async () => {
  await app?.close();
});

describe('the editorial calendar', () => {
  it('starts a strategy with X and goes to the calendar', async () => {
    await page.getByRole('button', { name: 'Blank strategy' }).click();
    const dialog = page.getByRole('dialog', { name: 'New strategy' });
    await dialog.getByLabel('Title').fill('Digital diplomacy, Embassy in Nordhaven');
    await dialog.getByLabel('Year').fill(month.slice(0, 4));
    await dialog.getByRole('button', { name: 'Create strategy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    strategyId = decodeURIComponent(/#\/s\/([^/]+)/.exec(page.url())?.[1] ?? '');
    platformId = (await app.core.call('platform.create', { strategyId, kind: 'x', handle: 'aureliainnordhaven' })).id;
    await page.reload();
    await page.getByRole('navigation', { name: 'Strategy sections' }).getByRole('link', { name: 'Calendar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  });

  it('creates a campaign and posts with a live length counter', async () => {
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Campaign name').fill('Press Freedom Week');
    await dialog.getByLabel('Starts').fill(day(9));
    await dialog.getByLabel('Ends').fill(day(15));
    await dialog.getByRole('button', { name: 'Create campaign' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await app.core.call('campaign.list', { strategyId })).map((c) => c.name)).toEqual(['Press Freedom Week']);
    await page.getByRole('group', { name: new RegExp(`^${dayLabel(day(10))};.*; campaign Press Freedom Week`) }).waitFor();

    await newPost(day(10), MOUSE, 'Journalists must be free to work. Our statement: https://aurelia.example/press');
    await newPost(day(11), KEYS, 'Applications for the scholarships close on Friday.');

    await page.getByRole('button', { name: 'New idea' }).click();
    const idea = page.getByRole('dialog', { name: 'New post' });
    await idea.getByLabel('Title').fill(IDEA);
    await idea.getByRole('button', { name: 'Create post' }).click();
    await idea.waitFor({ state: 'detached' });
    await page.getByRole('region', { name: 'Backlog' }).getByRole('button', { name: new RegExp(`^${IDEA},`) }).waitFor();
    expect(await dateOf(MOUSE)).toBe(day(10));
    expect(await dateOf(IDEA)).toBe('backlog');
  });

  it('drags a post to another day with the mouse', async () => {
    const gridTop = async () => (await dayCell(day(12)).boundingBox())?.y;
    const before = await gridTop();
    let backlogReads = 0;
    const countBacklogReads = (request: Request) => void (request.url().includes('/api/call/contentItem.backlog') && backlogReads++);
    page.on('request', countBacklogReads);
    await dragWithMouse(chip(MOUSE), dayCell(day(12)));
    await expect.poll(() => dateOf(MOUSE)).toBe(day(12));
    await dayCell(day(12)).getByRole('button', { name: new RegExp(`^${MOUSE},`) }).waitFor();
    expect((await item(MOUSE))?.localTime).toBe('09:00');
    // The saved message, however long, leaves the grid where it was: the next drop must land where aimed.
    await page.getByRole('status').filter({ hasText: `${MOUSE} moved to ${dayLabel(day(12))}. Saved.` }).waitFor();
    expect(await gridTop()).toBe(before);
    // Each screen reads again once after the save, not once for the core's event and again for the answer.
    await expect.poll(() => backlogReads).toBe(1);
    // Longer than the answer waits for the core's event before asking again itself.
    await page.waitForTimeout(1500);
    page.off('request', countBacklogReads);
    expect(backlogReads).toBe(1);
  });

  it('moves a post with the keyboard: Space, arrows, Space', async () => {
    await chip(KEYS).focus();
    await page.keyboard.press('Space');
    const live = page.locator('[id^="DndLiveRegion"]');
    await expect.poll(() => live.textContent()).toContain(`Picked up ${KEYS}, planned for ${dayLabel(day(11))}.`);
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(60);
    }
    await expect.poll(() => live.textContent()).toContain(`${KEYS} is over ${dayLabel(addDays(day(11), 9))}.`);
    await page.keyboard.press('Space');
    await expect.poll(() => live.textContent()).toContain(`${KEYS} was moved to ${dayLabel(addDays(day(11), 9))}.`);

    // Escape puts it back where it was.
    await chip(KEYS).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => live.textContent()).toContain(`Picked up ${KEYS}`);
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(60);
    await page.keyboard.press('Escape');
    await expect.poll(() => live.textContent()).toContain(`Moving ${KEYS} was cancelled.`);
    expect(await dateOf(KEYS)).toBe(addDays(day(11), 9));
    await expect.poll(() => dateOf(KEYS)).toBe(addDays(day(11), 9));
  });

  it('drags a post from the backlog onto a day', async () => {
    const backlogChip = page.getByRole('region', { name: 'Backlog' }).getByRole('button', { name: new RegExp(`^${IDEA},`) });
    await dragWithMouse(backlogChip, dayCell(day(14)));
    await expect.poll(() => dateOf(IDEA)).toBe(day(14));
  });

  it('finds every move again after a reload, and undoes the last one', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await dayCell(day(12)).getByRole('button', { name: new RegExp(`^${MOUSE},`) }).waitFor();
    await dayCell(addDays(day(11), 9)).getByRole('button', { name: new RegExp(`^${KEYS},`) }).waitFor();
    await dayCell(day(14)).getByRole('button', { name: new RegExp(`^${IDEA},`) }).waitFor();

    await page.getByRole('button', { name: /^Undo move post/ }).click();
    await expect.poll(() => dateOf(IDEA)).toBe('backlog');
    await page.getByRole('region', { name: 'Backlog' }).getByRole('button', { name: new RegExp(`^${IDEA},`) }).waitFor();
  });

  it('warns when a platform has too many posts on one day', async () => {
    for (let n = 1; n <= 7; n++) {
      await app.core.call('contentItem.create', {
        strategyId,
        title: `Thread part ${n}`,
        variants: [{ platformId, text: `Part ${n}` }],
        schedule: { date: day(22), time: `1${n}:00`, timeZone: plannerZone() },
      });
    }
    await page.reload();
    const warnings = page.getByRole('region', { name: /^Warnings/ });
    await warnings.getByText(/7 posts on X \(aureliainnordhaven\) on/).waitFor();
    await page.getByRole('group', { name: new RegExp(`^${dayLabel(day(22))}; 7 posts; has a warning`) }).waitFor();
  });

  it('exports the calendar as iCalendar that a real parser reads back', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export .ics' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const mouse = events.find((e) => e.summary === MOUSE);
    expect(mouse).toBeDefined();
    expect(mouse!.startDate.toString().slice(0, 10)).toBe(day(12));
    expect(events.some((e) => e.summary === KEYS)).toBe(true);
    expect(app.errors).toEqual([]);
  });
});

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('the week, the list and kept filters', () => {
  const HOURLY = 'Embassy open day';

  it('drags a post to another hour in the week view', async () => {
    const today = todayIn(plannerZone());
    await app.core.call('contentItem.create', { strategyId, title: HOURLY, variants: [{ platformId, text: 'Open day' }], schedule: { date: today, time: '10:00', timeZone: plannerZone() } });
    await page.reload();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
    const from = page.getByRole('group', { name: `${dayLabel(today)} at 10:00; 1 post` });
    await from.waitFor();
    await dragWithMouse(from.getByRole('button', { name: new RegExp(`^${HOURLY},`) }), page.getByRole('group', { name: new RegExp(`^${dayLabel(today)} at 14:00;`) }));
    await expect.poll(async () => (await item(HOURLY))?.localTime).toBe('14:00');
  });

  it('keeps the view and filters after a reload, and lists posts in the list view', async () => {
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Status').selectOption({ label: 'Idea' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    expect(await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('group', { name: 'Filters' }).getByLabel('Status').inputValue()).toBe('idea');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    await page.getByRole('table').getByRole('button', { name: MOUSE }).waitFor();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();
  });

  it('refuses a malformed CSV import row by row and imports nothing', async () => {
    const before = (await app.core.call('contentItem.backlog', { strategyId })).length;
    await page.getByLabel('CSV file to import').setInputFiles({ name: 'posts.csv', mimeType: 'text/csv', buffer: Buffer.from('title,date,time\nGood post,2027-03-01,09:00\nBad post,2027-02-30,09:00\n') });
    const dialog = page.getByRole('dialog', { name: 'The CSV file was not imported' });
    await dialog.getByRole('listitem').filter({ hasText: /^row \d+\.date: / }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    expect((await app.core.call('contentItem.backlog', { strategyId })).length).toBe(before);
    // The refused call answers 400 over HTTP, which Chromium logs; nothing else may show up.
    expect(app.errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });
});
