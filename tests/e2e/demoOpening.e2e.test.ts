// The demo's calendar opens on a month with posts: with nothing remembered and nothing planned in
// the current month, the calendar turns to the month of the nearest post instead of an empty page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthTitle, plannerZone, todayIn } from '../../src/renderer/features/calendar/days';
import { instantToLocal } from '../../src/shared/calendarTime';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

beforeAll(async () => {
  app = await startApp({ demo: true });
  page = app.page;
  const [strategy] = await app.core.call('strategy.list', {});
  strategyId = strategy!.id;
});

afterAll(async () => {
  await app?.close();
});

describe('the demo calendar', () => {
  it('opens on the month of the nearest post when this month has none', async () => {
    const zone = plannerZone();
    const month = todayIn(zone).slice(0, 7);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const from = new Date(Date.UTC(y, m - 1, 1)).toISOString();
    const to = new Date(Date.UTC(y, m, 1)).toISOString();
    const thisMonth = await app.core.call('calendar.range', { strategyId, from, to });
    const { scheduledAt } = await app.core.call('calendar.nearestPost', { strategyId, from });
    expect(scheduledAt).not.toBeNull();
    // With posts this month the calendar rightly stays on it; the sample plans the next year, so it has none today.
    const expected = thisMonth.entries.length > 0 ? month : instantToLocal(scheduledAt!, zone).date.slice(0, 7);

    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('heading', { level: 2, name: monthTitle(expected) }).waitFor();
    // And it shows posts: at least one post in a day of that month.
    await expect.poll(() => page.getByRole('group', { name: /;/ }).getByRole('button', { name: /,/ }).count()).toBeGreaterThan(0);

    // Once turned, the page is remembered: Today still goes to today's month.
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: monthTitle(month) }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: monthTitle(month) }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
