// The calendar by keyboard alone: Enter opens a post, Space picks it up, B takes it to the backlog
// and an arrow brings it back onto a day; Tab during a move does not drop it; posts behind "+N more"
// are reached by Tab; the keys are listed in the app ("Keyboard", or "?").
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayLabel, monthTitle, plannerZone } from '../../src/renderer/features/calendar/days';
import { calendarScreen, nextMonth } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

const zone = plannerZone();
const MONTH = nextMonth();
const OPEN_DAY = `${MONTH}-08`;
const MOVE_DAY = `${MONTH}-15`;
const BUSY_DAY = `${MONTH}-22`;
const MOVER = 'Keyboard mover';

const { chipIn, dayCell, live } = calendarScreen(() => page);
const backlog = () => page.getByRole('region', { name: 'Backlog' });
let moverId = '';
const mover = () => app.core.call('contentItem.get', { id: moverId });

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  strategyId = (await app.core.call('strategy.create', { title: 'Keys', year: Number(MONTH.slice(0, 4)) })).id;
  const platformId = (await app.core.call('platform.create', { strategyId, kind: 'x' })).id;
  const post = (title: string, date: string, time = '10:00') =>
    app.core.call('contentItem.create', { strategyId, title, variants: [{ platformId, text: title }], schedule: { date, time, timeZone: zone } });
  await post('Opened by Enter', OPEN_DAY);
  moverId = (await post(MOVER, MOVE_DAY)).item.id;
  for (let n = 1; n <= 6; n++) await post(`Busy post ${n}`, BUSY_DAY, `1${n}:00`);
  await page.goto(`${app.url}#/s/${strategyId}/calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  // This month has no posts, so the calendar opens on next month's, where they are.
  await page.getByRole('heading', { level: 2, name: monthTitle(MONTH) }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('the calendar by keyboard', () => {
  it('opens a post with Enter', async () => {
    await chipIn(OPEN_DAY, 'Opened by Enter').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit post: Opened by Enter' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('takes a post to the backlog with Space, B, Space, and back onto a day; Tab does not drop it', async () => {
    await chipIn(MOVE_DAY, MOVER).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`Picked up ${MOVER}`);
    // As between arrows: the drop targets are measured a moment after the pick-up.
    await page.waitForTimeout(200);
    await page.keyboard.press('KeyB');
    await expect.poll(() => live().textContent()).toContain(`${MOVER} is over the backlog.`);
    // Tab mid-move neither drops the post nor takes focus away.
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect((await mover()).scheduledAt).not.toBeNull();
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`${MOVER} was moved to the backlog.`);
    await expect.poll(async () => (await mover()).scheduledAt).toBeNull();

    // From the backlog, an arrow brings it onto the first day shown; two more move it on.
    const inBacklog = backlog().getByRole('button', { name: new RegExp(`^${MOVER},`) });
    await inBacklog.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`Picked up ${MOVER}`);
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(60);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => live().textContent()).toMatch(new RegExp(`${MOVER} was moved to `));
    await expect.poll(async () => (await mover()).scheduledAt).not.toBeNull();
  });

  it('reaches the posts behind "+N more" with the keyboard', async () => {
    const more = dayCell(BUSY_DAY).getByRole('button', { name: `Show 2 more posts on ${dayLabel(BUSY_DAY)}` });
    await more.focus();
    await page.keyboard.press('Enter');
    const fifth = chipIn(BUSY_DAY, 'Busy post 5');
    await expect.poll(() => fifth.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await chipIn(BUSY_DAY, 'Busy post 6').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Edit post: Busy post 6' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('lists the keys in the app, from its button and from "?"', async () => {
    await page.getByRole('button', { name: 'Keyboard', exact: true }).click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByRole('row', { name: /Enter Open the post/ }).waitFor();
    await help.getByRole('row', { name: /^B While moving: to the backlog/ }).waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await chipIn(OPEN_DAY, 'Opened by Enter').focus();
    await page.keyboard.press('Shift+Slash');
    await help.waitFor();
    await page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
  });
});
