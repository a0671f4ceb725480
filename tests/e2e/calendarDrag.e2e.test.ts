// Drag and drop across weeks and within a series, as a planner does it in the week view: rest a post
// on the right edge until the next week shows and drop it there, find it after a reload, carry a
// post past Sunday with the keyboard, move one occurrence of a weekly series (only that one moves),
// and undo it. Elements are found by role and accessible name.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../src/shared/calendar';
import { addDays, addMonths, dayLabel, monthTitle, monthWeeks, plannerZone, todayIn, weekdayIndex } from '../../src/renderer/features/calendar/days';
import { calendarScreen } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
let platform = '';

const zone = plannerZone();
const today = todayIn(zone);
/** Monday of this week, the week the calendar opens on. */
const monday = addDays(today, -weekdayIndex(today));
const nextMonday = addDays(monday, 7);

const MOUSE = 'Edge traveller';
const KEYS = 'Keyboard traveller';
const SERIES = 'Weekly digest';
const MONTH_END = 'Month-end note';

async function items(title: string): Promise<CalendarItem[]> {
  const { items } = await app.core.call('calendar.range', { strategyId, from: `${addDays(monday, -45)}T00:00:00Z`, to: `${addDays(monday, 75)}T00:00:00Z` });
  return items.filter((i) => i.title === title);
}
const whenOf = async (title: string) => {
  const item = (await items(title))[0];
  return item ? `${item.localDate} ${item.localTime}` : 'missing';
};

const { chip, slot, weekTitle, monthHeading, dayCell, live, pickUp, dropOn } = calendarScreen(() => page);

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  strategyId = (await app.core.call('strategy.create', { title: 'Drag plan', year: Number(today.slice(0, 4)) })).id;
  const platformId = (await app.core.call('platform.create', { strategyId, kind: 'x' })).id;
  platform = platformId;
  const post = (title: string, date: string, time: string, more: Record<string, unknown> = {}) =>
    app.core.call('contentItem.create', { strategyId, title, variants: [{ platformId, text: `${title} text` }], schedule: { date, time, timeZone: zone }, ...more });
  await post(MOUSE, addDays(monday, 2), '10:00');
  await post(KEYS, addDays(monday, 6), '10:00');
  // Started last week, so this week's Monday is not its first occurrence.
  await post(SERIES, addDays(monday, -7), '11:00', { recurrence: { freq: 'weekly', byDay: ['MO'] } });
  await page.goto(`${app.url}#/s/${strategyId}/calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await weekTitle(monday).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('dragging across weeks and within a series', () => {
  it('rests a post on the right edge, sees the next week, and drops it there', async () => {
    await slot(addDays(monday, 2), '10:00').getByRole('button', { name: new RegExp(`^${MOUSE},`) }).waitFor();
    await pickUp(chip(MOUSE));
    const week = await page.getByRole('region', { name: `Week of ${dayLabel(monday)}` }).boundingBox();
    if (!week) throw new Error('week not on screen');
    await page.mouse.move(week.x + week.width - 15, week.y + week.height / 2, { steps: 8 });
    // Still dragging while the page turns after a moment's rest.
    await weekTitle(nextMonday).waitFor({ timeout: 3000 });
    // The new week's posts are drawn (the series on Monday) before aiming at the slot.
    await slot(nextMonday, '11:00').getByRole('button', { name: new RegExp(`^${SERIES},`) }).waitFor();
    await dropOn(slot(addDays(nextMonday, 2), '10:00'));
    await expect.poll(() => whenOf(MOUSE)).toBe(`${addDays(nextMonday, 2)} 10:00`);
    await expect.poll(() => page.getByText(`Now showing week of ${dayLabel(nextMonday)}.`).count()).toBe(1);
    await slot(addDays(nextMonday, 2), '10:00').getByRole('button', { name: new RegExp(`^${MOUSE},`) }).waitFor();
  });

  it('finds the moved post after a reload', async () => {
    await page.reload();
    await weekTitle(nextMonday).waitFor();
    await slot(addDays(nextMonday, 2), '10:00').getByRole('button', { name: new RegExp(`^${MOUSE},`) }).waitFor();
  });

  it('carries a post past Sunday with the keyboard, turning to the next week', async () => {
    await page.getByRole('button', { name: 'Previous week' }).click();
    await weekTitle(monday).waitFor();
    await chip(KEYS).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`Picked up ${KEYS}, planned for ${dayLabel(addDays(monday, 6))}.`);
    await page.waitForTimeout(100); // the sensor listens for arrows from the next tick
    await page.keyboard.press('ArrowRight');
    await weekTitle(nextMonday).waitFor();
    await expect.poll(() => live().textContent()).toContain(`${KEYS} is over ${dayLabel(nextMonday)} at 10:00.`);
    await expect.poll(() => page.getByText(`Now showing week of ${dayLabel(nextMonday)}.`).count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live().textContent()).toContain(`${KEYS} is over ${dayLabel(addDays(nextMonday, 1))} at 10:00.`);
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`${KEYS} was moved to ${dayLabel(addDays(nextMonday, 1))} at 10:00.`);
    await expect.poll(() => whenOf(KEYS)).toBe(`${addDays(nextMonday, 1)} 10:00`);
  });

  it('moves one occurrence of a series only, and Undo brings it back', async () => {
    const occurrence = slot(nextMonday, '11:00').getByRole('button', { name: new RegExp(`^${SERIES},.*repeats`) });
    await occurrence.waitFor();
    await pickUp(occurrence);
    await dropOn(slot(addDays(nextMonday, 3), '14:00'));
    await page.getByText(/Moved this occurrence only/).first().waitFor();
    await expect.poll(async () => (await items(SERIES)).map((i) => `${i.localDate} ${i.localTime} ${i.recurrence ? 'series' : 'one-off'}`).sort()).toEqual(
      [`${addDays(monday, -7)} 11:00 series`, `${addDays(nextMonday, 3)} 14:00 one-off`].sort(),
    );
    const [series] = (await items(SERIES)).filter((i) => i.recurrence);
    expect(series!.recurrence!.exceptions).toEqual([nextMonday]);
    // The other occurrences stay: this week's Monday, and the Monday after next.
    const shown = await app.core.call('calendar.range', { strategyId, from: `${monday}T00:00:00Z`, to: `${addDays(monday, 21)}T00:00:00Z` });
    expect(shown.entries.filter((e) => e.itemId === series!.id).map((e) => e.localDate)).toEqual([monday, addDays(monday, 14)]);
    await slot(addDays(nextMonday, 3), '14:00').getByRole('button', { name: new RegExp(`^${SERIES},`) }).waitFor();
    expect(await slot(nextMonday, '11:00').getByRole('button', { name: new RegExp(`^${SERIES},`) }).count()).toBe(0);

    await page.getByRole('button', { name: /^Undo move one occurrence/ }).click();
    await expect.poll(async () => (await items(SERIES)).map((i) => `${i.localDate} ${i.recurrence?.exceptions.length ?? 'one-off'}`)).toEqual([`${addDays(monday, -7)} 0`]);
    await slot(nextMonday, '11:00').getByRole('button', { name: new RegExp(`^${SERIES},`) }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('in the month, carries a post past the last day shown with the keyboard, then drags it back a month over the left edge', async () => {
    // The month view opens on the month of the week shown last.
    const month = nextMonday.slice(0, 7);
    const weeks = monthWeeks(month);
    const lastShown = weeks[weeks.length - 1]![6]!;
    await app.core.call('contentItem.create', { strategyId, title: MONTH_END, variants: [{ platformId: platform, text: 'Wrap-up' }], schedule: { date: lastShown, time: '10:00', timeZone: zone } });
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await monthHeading(month).waitFor();
    await page.reload();
    await dayCell(lastShown).getByRole('button', { name: new RegExp(`^${MONTH_END},`) }).waitFor();

    await chip(MONTH_END).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => live().textContent()).toContain(`Picked up ${MONTH_END}`);
    await page.waitForTimeout(100);
    await page.keyboard.press('ArrowRight');
    const next = addMonths(month, 1);
    await monthHeading(next).waitFor();
    await expect.poll(() => page.getByText(`Now showing ${monthTitle(next)}.`).count()).toBe(1);
    await expect.poll(() => live().textContent()).toContain(`${MONTH_END} is over ${dayLabel(addDays(lastShown, 1))}.`);
    await page.keyboard.press('Space');
    await expect.poll(() => whenOf(MONTH_END)).toBe(`${addDays(lastShown, 1)} 10:00`);

    // With the mouse: rest on the left edge until the month before shows, then drop on its 15th.
    await dayCell(addDays(lastShown, 1)).getByRole('button', { name: new RegExp(`^${MONTH_END},`) }).waitFor();
    await pickUp(chip(MONTH_END));
    const grid = await page.getByRole('region', { name: `Month of ${monthTitle(next)}` }).boundingBox();
    if (!grid) throw new Error('month not on screen');
    await page.mouse.move(grid.x + 15, grid.y + grid.height / 2, { steps: 8 });
    await monthHeading(month).waitFor({ timeout: 3000 });
    await dayCell(nextMonday).getByRole('button', { name: new RegExp(`^${SERIES},`) }).waitFor();
    await dropOn(dayCell(`${month}-15`));
    await expect.poll(() => whenOf(MONTH_END)).toBe(`${month}-15 10:00`);
    expect(app.errors).toEqual([]);
  });

  it('still drags a post from the backlog onto a day and back', async () => {
    const month = nextMonday.slice(0, 7);
    const IDEA = 'Backlog idea';
    await app.core.call('contentItem.create', { strategyId, title: IDEA, variants: [{ platformId: platform, text: 'Some day' }] });
    await page.reload();
    await monthHeading(month).waitFor();
    const backlog = page.getByRole('region', { name: 'Backlog' });
    await pickUp(backlog.getByRole('button', { name: new RegExp(`^${IDEA},`) }));
    await dropOn(dayCell(`${month}-20`));
    await expect.poll(async () => (await items(IDEA))[0]?.localDate).toBe(`${month}-20`);
    // Both the backlog and the month have reloaded before the post is picked up again.
    await backlog.getByText('Nothing waiting.').waitFor();
    await pickUp(dayCell(`${month}-20`).getByRole('button', { name: new RegExp(`^${IDEA},`) }));
    await dropOn(backlog);
    await expect.poll(async () => (await app.core.call('contentItem.backlog', { strategyId })).map((i) => i.title)).toEqual([IDEA]);
    await backlog.getByRole('button', { name: new RegExp(`^${IDEA},`) }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('drags one occurrence of a series to the backlog as a one-off copy, and Undo brings it back', async () => {
    // The steps before leave the month of next Monday shown, the series whole again and one idea in the backlog.
    const month = nextMonday.slice(0, 7);
    await page.reload();
    await monthHeading(month).waitFor();
    const backlog = page.getByRole('region', { name: 'Backlog' });
    const inBacklog = () => backlog.getByRole('button', { name: new RegExp(`^${SERIES},`) });
    const onMonday = () => dayCell(nextMonday).getByRole('button', { name: new RegExp(`^${SERIES},`) });
    const backlogCopies = async () => (await app.core.call('contentItem.backlog', { strategyId })).filter((i) => i.title === SERIES);
    const exceptions = async () => (await items(SERIES)).find((i) => i.recurrence)?.recurrence?.exceptions;
    expect(await backlogCopies()).toEqual([]);
    await backlog.getByRole('button', { name: /^Backlog idea,/ }).waitFor();

    await pickUp(onMonday());
    await dropOn(backlog);
    await page.getByText(`Moved this occurrence only: ${SERIES} on ${dayLabel(nextMonday)} moved to the backlog. The rest of the series stays.`, { exact: false }).first().waitFor();
    await expect.poll(async () => (await backlogCopies()).map((i) => `${i.localDate} ${i.recurrence}`)).toEqual(['null null']);
    await expect.poll(exceptions).toEqual([nextMonday]);
    const [copy] = await backlogCopies();
    expect((await app.core.call('contentItem.get', { id: copy!.id })).variants.map((v) => v.text)).toEqual([`${SERIES} text`]);
    // Drawn once, in the backlog only; the series keeps its other Mondays.
    await inBacklog().waitFor();
    await expect.poll(() => inBacklog().count()).toBe(1);
    await expect.poll(() => onMonday().count()).toBe(0);
    const otherMonday = monthWeeks(month)
      .map((week) => week[0]!)
      .find((d) => d !== nextMonday && d >= addDays(monday, -7))!;
    await dayCell(otherMonday).getByRole('button', { name: new RegExp(`^${SERIES},`) }).waitFor();

    await page.getByRole('button', { name: /^Undo move one occurrence/ }).click();
    await expect.poll(backlogCopies).toEqual([]);
    await expect.poll(exceptions).toEqual([]);
    await expect.poll(() => inBacklog().count()).toBe(0);
    await onMonday().waitFor();
    expect(app.errors).toEqual([]);
  });
});
