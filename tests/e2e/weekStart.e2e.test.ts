// A mission whose working week starts on Sunday (or Saturday) sets the calendar's first day once; the
// month and week views follow it, and it is still set after a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayLabel, monthWeeks, todayIn, plannerZone, startOfWeek } from '../../src/renderer/features/calendar/days';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  strategyId = (await app.core.call('strategy.create', { title: 'Week', year: 2027 })).id;
});

afterAll(async () => {
  await app?.close();
});

describe('the first day of the week', () => {
  it('starts weeks on the day the planner chooses, and keeps the choice', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    const weekdays = page.locator('.cal-weekdays span');
    // The harness browser is British: Monday first.
    expect(await page.getByLabel('Week starts on').inputValue()).toBe('0');
    expect(await weekdays.first().textContent()).toBe('Mon');

    await page.getByLabel('Week starts on').selectOption({ label: 'Sunday' });
    await expect.poll(() => weekdays.first().textContent()).toBe('Sun');
    const month = todayIn(plannerZone()).slice(0, 7);
    const firstDay = monthWeeks(month, 6)[0]![0]!;
    await page.getByRole('group', { name: new RegExp(`^${dayLabel(firstDay)};`) }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    expect(await page.getByLabel('Week starts on').inputValue()).toBe('6');
    await page.getByLabel('Week starts on').selectOption({ label: 'Saturday' });
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    const today = todayIn(plannerZone());
    await page.getByRole('heading', { level: 2, name: `Week of ${dayLabel(startOfWeek(today, 5))}` }).waitFor();
    expect(app.errors).toEqual([]);
  });
});
