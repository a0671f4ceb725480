// The calendar as its end-to-end tests see it, shared so that each file keeps only its own steps: day
// cells, hours and posts found by role and accessible name, a planner's mouse drags, and screenshots
// for review (written only when CHANCERY_SHOTS names a folder).
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { addMonths, dayLabel, monthTitle, plannerZone, todayIn } from '../../src/renderer/features/calendar/days';

const SHOTS = process.env.CHANCERY_SHOTS ?? '';

/** The month after the one the calendar opens on (YYYY-MM), in the planner's zone as the calendar reckons it. */
export const nextMonth = (): string => addMonths(todayIn(plannerZone()).slice(0, 7), 1);

/** Takes the page as a function: the tests open it in beforeAll, after they have made their helpers. */
export function calendarScreen(page: () => Page) {
  const dayCell = (date: string): Locator => page().getByRole('group', { name: new RegExp(`^${dayLabel(date)};`) });
  const chipIn = (date: string, title: string): Locator => dayCell(date).getByRole('button', { name: new RegExp(`^${title},`) });
  const slot = (date: string, hour: string): Locator => page().getByRole('group', { name: new RegExp(`^${dayLabel(date)} at ${hour};`) });
  const chip = (title: string): Locator => page().getByRole('button', { name: new RegExp(`^${title},`) });
  const live = (): Locator => page().locator('[id^="DndLiveRegion"]');
  const weekTitle = (date: string): Locator => page().getByRole('heading', { level: 2, name: `Week of ${dayLabel(date)}` });
  const monthHeading = (month: string): Locator => page().getByRole('heading', { level: 2, name: monthTitle(month) });

  /** Where an element is once the layout has stopped moving (posts, bands and messages load a moment after a page turns). */
  async function settledBox(target: Locator) {
    let box = await target.boundingBox();
    for (let i = 0; i < 20; i++) {
      await page().waitForTimeout(150);
      const again = await target.boundingBox();
      if (box && again && box.x === again.x && box.y === again.y && box.width === again.width && box.height === again.height) return box;
      box = again;
    }
    return box;
  }

  /** Presses on a chip and moves far enough for the drag to start. */
  async function pickUp(from: Locator) {
    // The chip may be redrawn in a new element as the month's fresh data arrives; find it again then.
    for (let attempt = 1; ; attempt++) {
      try {
        await from.scrollIntoViewIfNeeded();
        break;
      } catch (error) {
        if (attempt === 5 || !/not attached/.test(String(error))) throw error;
        await page().waitForTimeout(200);
      }
    }
    const a = await settledBox(from);
    if (!a) throw new Error('post not on screen');
    await page().mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page().mouse.down();
    await page().mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 6, { steps: 3 });
  }
  async function dropOn(to: Locator) {
    const b = await settledBox(to);
    if (!b) throw new Error('target not on screen');
    await page().mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    // As a planner would, aim again if the grid moved under the pointer on the way (scrolling near an edge).
    const now = await to.boundingBox();
    if (now && (now.x !== b.x || now.y !== b.y)) await page().mouse.move(now.x + now.width / 2, now.y + now.height / 2, { steps: 2 });
    await page().mouse.up();
  }

  /** A whole drag in one go, for a drop where nothing loads on the way. */
  async function dragWithMouse(from: Locator, to: Locator) {
    // Both ends in view first, as a planner would have them: near the window's edge the calendar scrolls.
    await to.scrollIntoViewIfNeeded();
    await from.scrollIntoViewIfNeeded();
    const a = await from.boundingBox();
    if (!a) throw new Error('post not on screen');
    await page().mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page().mouse.down();
    await page().mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 6, { steps: 3 });
    const b = await to.boundingBox();
    if (!b) throw new Error('day not on screen');
    await page().mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    // Aim again if the calendar scrolled under the pointer on the way, as a planner would.
    const now = await to.boundingBox();
    if (now && (now.x !== b.x || now.y !== b.y)) await page().mouse.move(now.x + now.width / 2, now.y + now.height / 2, { steps: 2 });
    await page().mouse.up();
  }

  /** Saves a screenshot of the page (or of one part of it) into CHANCERY_SHOTS, if set. */
  async function shot(name: string, target: Locator | Page = page()) {
    if (!SHOTS) return;
    fs.mkdirSync(SHOTS, { recursive: true });
    await target.screenshot({ path: path.join(SHOTS, name) });
  }

  return { dayCell, chipIn, slot, chip, live, weekTitle, monthHeading, settledBox, pickUp, dropOn, dragWithMouse, shot };
}
