// A busy hour in the week view, as a planner meets it: an hour with seven posts shows three and
// "+4 more", unfolds to all seven and folds back; a post only shown unfolded is dragged to another
// hour with the mouse, and another is carried there with the keyboard, and both are saved there.
// Elements are found by role and accessible name.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayLabel, plannerZone, todayIn, weekdayIndex } from '../../src/renderer/features/calendar/days';
import { calendarScreen } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

const zone = plannerZone();
const today = todayIn(zone);
/** Monday of this week, the week the calendar opens on. */
const monday = addDays(today, -weekdayIndex(today));
/** Wednesday: inside the week on any date, and never a day the clocks change. */
const busyDay = addDays(monday, 2);
/** Seven posts at 08:00 … 08:30, so they show in this order. */
const BUSY = Array.from({ length: 7 }, (_, i) => ({ title: `Busy post ${i + 1}`, time: `08:${String(i * 5).padStart(2, '0')}` }));

const { slot, chip, live, pickUp, dropOn } = calendarScreen(() => page);
const busyChips = (hour: string) => slot(busyDay, hour).getByRole('button', { name: /^Busy post \d,/ });

async function whenOf(title: string) {
  const { items } = await app.core.call('calendar.range', { strategyId, from: `${addDays(monday, -1)}T00:00:00Z`, to: `${addDays(monday, 8)}T00:00:00Z` });
  const item = items.find((i) => i.title === title);
  return item ? `${item.localDate} ${item.localTime}` : 'missing';
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  strategyId = (await app.core.call('strategy.create', { title: 'Busy plan', year: Number(today.slice(0, 4)) })).id;
  const platformId = (await app.core.call('platform.create', { strategyId, kind: 'x' })).id;
  for (const { title, time } of BUSY) {
    await app.core.call('contentItem.create', { strategyId, title, variants: [{ platformId, text: `${title} text` }], schedule: { date: busyDay, time, timeZone: zone } });
  }
  await page.goto(`${app.url}#/s/${strategyId}/calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: `Week of ${dayLabel(monday)}` }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('a busy hour in the week', () => {
  const more = () => slot(busyDay, '08:00').getByRole('button', { name: `Show 4 more posts on ${dayLabel(busyDay)} at 08:00` });
  const fewer = () => slot(busyDay, '08:00').getByRole('button', { name: `Show fewer posts on ${dayLabel(busyDay)} at 08:00` });

  it('shows three posts and "+4 more", unfolds to all seven and folds back', async () => {
    await slot(busyDay, '08:00').and(page.getByRole('group', { name: /; 7 posts$/ })).waitFor();
    await more().waitFor();
    await expect.poll(() => busyChips('08:00').allTextContents()).toEqual(BUSY.slice(0, 3).map((b) => expect.stringContaining(b.title)));
    expect(await more().textContent()).toBe('+4 more');
    expect(await more().getAttribute('aria-expanded')).toBe('false');

    await more().click();
    await fewer().waitFor();
    await expect.poll(() => busyChips('08:00').count()).toBe(7);
    expect(await fewer().textContent()).toBe('Show fewer');
    expect(await fewer().getAttribute('aria-expanded')).toBe('true');

    await fewer().click();
    await more().waitFor();
    await expect.poll(() => busyChips('08:00').count()).toBe(3);
    expect(await chip(BUSY[6]!.title).count()).toBe(0);
  });

  it('drags a post shown only when unfolded to another hour, and it is saved there', async () => {
    const title = BUSY[6]!.title;
    await more().click();
    await fewer().waitFor();
    const from = slot(busyDay, '08:00').getByRole('button', { name: new RegExp(`^${title},`) });
    await pickUp(from);
    await dropOn(slot(busyDay, '09:00'));

    await expect.poll(() => whenOf(title)).toBe(`${busyDay} 09:30`);
    await slot(busyDay, '09:00').getByRole('button', { name: new RegExp(`^${title},`) }).waitFor();
    // The busy hour stays unfolded, now with six posts.
    await slot(busyDay, '08:00').and(page.getByRole('group', { name: /; 6 posts$/ })).waitFor();
    await expect.poll(() => busyChips('08:00').count()).toBe(6);
    await fewer().waitFor();
    expect(app.errors).toEqual([]);
  });

  it('carries a post of the unfolded hour to the next hour with the keyboard', async () => {
    const title = BUSY[5]!.title;
    await fewer().waitFor();
    await chip(title).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`Picked up ${title}, planned for ${dayLabel(busyDay)}.`);
    await page.waitForTimeout(100); // the sensor listens for arrows from the next tick
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => live().textContent()).toContain(`${title} is over ${dayLabel(busyDay)} at 09:00.`);
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`${title} was moved to ${dayLabel(busyDay)} at 09:00.`);
    await expect.poll(() => whenOf(title)).toBe(`${busyDay} 09:25`);
    await slot(busyDay, '09:00').getByRole('button', { name: new RegExp(`^${title},`) }).waitFor();
    await expect.poll(() => busyChips('08:00').count()).toBe(5);
    expect(app.errors).toEqual([]);
  });
});
