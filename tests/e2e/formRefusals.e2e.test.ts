// A refused save shows its reason where the planner is looking: in a post editor taller than the
// window, the field the refusal names scrolls into view and takes the focus, whether the editor's own
// check refused (no title) or the core did (a link that is not a web address). Elements are found by
// role and accessible name.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayLabel, plannerZone, todayIn } from '../../src/renderer/features/calendar/days';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
const today = todayIn(plannerZone());

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1280, height: 560 });
  const strategyId = (await app.core.call('strategy.create', { title: 'Refusals', year: Number(today.slice(0, 4)) })).id;
  await app.core.call('platform.create', { strategyId, kind: 'x' });
  await page.goto(`${app.url}#/s/${strategyId}/calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

/** Whether the element is the focused one and lies wholly inside the window. */
async function focusedAndVisible(field: Locator) {
  return field.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { focused: document.activeElement === el, visible: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0 };
  });
}

describe('a refused save points at its field', () => {
  it('brings the missing title and then the refused link into view', async () => {
    await page.getByRole('button', { name: `New post on ${dayLabel(today)}` }).click();
    const dialog = page.getByRole('dialog', { name: 'New post' });
    await dialog.getByRole('checkbox', { name: 'X' }).check();
    await dialog.getByRole('textbox', { name: 'Text for X' }).fill('Embassy open day');
    const links = dialog.getByRole('textbox', { name: 'Links' });
    await links.fill('ftp://files.example.org/open-day.zip');
    // The planner has scrolled down to the links, far from the title at the top.
    await links.scrollIntoViewIfNeeded();
    const title = dialog.getByRole('textbox', { name: 'Title' });
    expect((await focusedAndVisible(title)).visible, 'the title starts out of sight').toBe(false);

    await dialog.getByRole('button', { name: 'Create post' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Give the post a title' }).waitFor();
    await expect.poll(() => focusedAndVisible(title)).toEqual({ focused: true, visible: true });
    expect(await title.getAttribute('aria-invalid')).toBe('true');

    await title.fill('Open day');
    await dialog.getByRole('button', { name: 'Create post' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Not saved yet: see the message under Links' }).waitFor();
    await expect.poll(() => focusedAndVisible(links)).toEqual({ focused: true, visible: true });
    expect(await links.getAttribute('aria-invalid')).toBe('true');
    // The browser logs the refused call (400); that refusal is the point here.
    expect(app.errors.every((e) => e.includes('status of 400'))).toBe(true);
  });
});
