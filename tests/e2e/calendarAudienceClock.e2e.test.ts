// A post planned in its audience's zone shows the audience's clock beside the planner's, and names the
// audience's day when it is not the planner's: a Kiritimati (UTC+14) morning is the day before almost
// everywhere else, and the chip must say so rather than show a bare time that reads as the same day.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayLabel, plannerZone, todayIn } from '../../src/renderer/features/calendar/days';
import { calendarScreen } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
const month = todayIn(plannerZone()).slice(0, 7);
/** The 16th in Kiritimati, 05:00: the 15th, 15:00 UTC. */
const kiritimatiDay = `${month}-16`;
const plannerDay = addDays(kiritimatiDay, -1);
const TITLE = 'Line Islands greeting';

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  const strategyId = (await app.core.call('strategy.create', { title: 'Pacific plan', year: Number(month.slice(0, 4)) })).id;
  const platformId = (await app.core.call('platform.create', { strategyId, kind: 'x' })).id;
  await app.core.call('contentItem.create', {
    strategyId,
    title: TITLE,
    variants: [{ platformId, text: 'Mauri!' }],
    schedule: { date: kiritimatiDay, time: '05:00', timeZone: 'Pacific/Kiritimati' },
  });
  await page.goto(`${app.url}#/s/${strategyId}/calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe("the audience's clock on a chip", () => {
  it("names the audience's weekday when its day is not the planner's", async () => {
    // Between UTC-12 and UTC+8 the post falls on the 15th for the planner; the test machines run in UTC.
    const offsetHours = -new Date(`${plannerDay}T12:00:00Z`).getTimezoneOffset() / 60;
    expect(offsetHours, 'planner zone for this test').toBeLessThan(9);
    const { chipIn } = calendarScreen(() => page);
    const post = chipIn(plannerDay, TITLE);
    await post.waitFor();
    const weekday = dayLabel(kiritimatiDay).slice(0, 3);
    await expect.poll(() => post.textContent()).toContain(`${weekday} 05:00 Kiritimati`);
    expect(await post.getAttribute('aria-label')).toContain(`${weekday} 05:00 in Kiritimati`);
    expect(app.errors).toEqual([]);
  });
});
