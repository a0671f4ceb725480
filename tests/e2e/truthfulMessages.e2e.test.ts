// Messages that tell the truth, as a planner meets them: a refused duplicate link says why beside the
// field, the calendar's "moved… Saved." line goes away once it is no longer true (after Undo, on
// another month), and the toasts that follow a save never sit over the warnings panel.
// Elements are found by role and accessible name.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, monthWeeks, plannerZone, todayIn } from '../../src/renderer/features/calendar/days';
import { calendarScreen } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

const zone = plannerZone();
const today = todayIn(zone);
const month = today.slice(0, 7);
/** A Wednesday inside this month's grid, away from its edges, so the post can step a day either way. */
const postDay = addDays(monthWeeks(month)[2]![0]!, 2);
const POST = 'Minister visit recap';
const JOURNALIST = 'Anna Berg';
const OUTLET = 'Nordhaven Herald';

const { chip, dayCell, monthHeading, live, shot } = calendarScreen(() => page);

/** Moves the post one day on by keyboard and waits for the calendar to say it saved. */
async function moveOneDayOn() {
  // Wherever it is now: the previous test leaves it a day on.
  const post = chip(POST).first();
  await post.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => live().textContent()).toContain(`Picked up ${POST}`);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(60);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.cal-saved').textContent()).toMatch(new RegExp(`^${POST} moved to .*\\. Saved\\.$`));
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  strategyId = (await app.core.call('strategy.create', { title: 'Truthful plan', year: Number(today.slice(0, 4)) })).id;
  const platformId = (await app.core.call('platform.create', { strategyId, kind: 'x' })).id;
  const anna = await app.core.call('audience.create', { strategyId, name: JOURNALIST, kind: 'journalist' });
  const herald = await app.core.call('audience.create', { strategyId, name: OUTLET, kind: 'news_outlet' });
  await app.core.call('contentItem.create', {
    strategyId,
    title: POST,
    audienceIds: [anna.id],
    variants: [{ platformId, text: 'Thank you, Nordhaven.' }],
    schedule: { date: postDay, time: '10:00', timeZone: zone },
  });
  await app.core.call('relationship.create', { fromId: anna.id, toId: herald.id, kind: 'works_for' });
});

afterAll(async () => {
  await app?.close();
});

describe('messages that tell the truth', () => {
  it('says why a duplicate relationship is refused, beside the field it names', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/relationships`);
    await page.getByRole('heading', { level: 1, name: 'Relationships' }).waitFor();
    const form = page.getByRole('form', { name: 'Add a relationship' });
    await form.getByRole('combobox', { name: 'From' }).selectOption({ label: JOURNALIST });
    await form.getByRole('combobox', { name: 'Relationship' }).selectOption({ label: 'works for' });
    await form.getByRole('combobox', { name: 'To' }).selectOption({ label: OUTLET });
    await form.getByRole('button', { name: 'Add relationship' }).click();
    const message = `${JOURNALIST} already works for ${OUTLET}`;
    await form.getByRole('alert').filter({ hasText: message }).waitFor();
    // The red field tells a screen reader the same thing.
    await expect.poll(() => form.getByRole('combobox', { name: 'Relationship' }).getAttribute('aria-invalid')).toBe('true');
    const described = await form.getByRole('combobox', { name: 'Relationship' }).evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(described).toContain(message);
    expect(await app.core.call('relationship.list', { strategyId })).toHaveLength(1);
    // The browser logs the refused call (400); that refusal is the point here, so it is not a fault.
    expect(app.errors.every((e) => e.includes('status of 400'))).toBe(true);
    app.errors.length = 0;
  });

  it('clears the "moved… Saved." line after Undo and on another month', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await monthHeading(month).waitFor();
    const saved = page.locator('.cal-saved');


    await moveOneDayOn();
    await page.getByRole('button', { name: /^Undo move/ }).click();
    await dayCell(postDay).getByRole('button', { name: new RegExp(`^${POST},`) }).waitFor();
    await expect.poll(() => saved.textContent()).toBe('');

    await moveOneDayOn();
    await page.getByRole('button', { name: 'Next month' }).click();
    await monthHeading(addMonths(month, 1)).waitFor();
    await expect.poll(() => saved.textContent()).toBe('');
    await page.getByRole('button', { name: 'Previous month' }).click();
    await monthHeading(month).waitFor();
    expect(await saved.textContent()).toBe('');
    await chip(POST).first().waitFor();
    expect(app.errors).toEqual([]);
  });

  it('keeps toasts off the warnings panel at 1280x800 and 1440x1000', async () => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1440, height: 1000 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${app.url}#/s/${strategyId}/calendar`);
      await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
      await page.getByRole('button', { name: 'Month', exact: true }).click();
      await monthHeading(month).waitFor();
      await moveOneDayOn();
      await page.getByRole('button', { name: /^Undo move/ }).click();
      const toast = page.getByRole('status').locator('.toast').filter({ hasText: /^Undone: move/ }).last();
      const panel = page.getByRole('region', { name: /^Warnings/ });
      await panel.waitFor();
      await toast.waitFor();
      const a = await toast.boundingBox();
      const b = await panel.boundingBox();
      await shot(`toast-${size.width}x${size.height}.png`);
      if (!a || !b) throw new Error('toast or warnings panel not on screen');
      // Not merely clear of the panel as it is now: clear of its whole column, however many warnings it grows to hold.
      const sharesColumn = a.x < b.x + b.width && b.x < a.x + a.width;
      expect(sharesColumn, `toast ${JSON.stringify(a)} in the column of panel ${JSON.stringify(b)} at ${size.width}x${size.height}`).toBe(false);
      expect(a.y + a.height).toBeLessThanOrEqual(size.height);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(app.errors).toEqual([]);
  });

  it('names the posts aimed at an audience before removing it', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/audiences`);
    await page.getByRole('heading', { level: 1, name: 'Audiences' }).waitFor();
    await page.getByRole('link', { name: JOURNALIST }).click();
    await page.getByRole('heading', { level: 1, name: JOURNALIST }).waitFor();
    await page.getByRole('button', { name: 'Remove audience' }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove ${JOURNALIST}?` });
    await confirm.getByText('1 relationship goes with it. You can bring it back with Undo.').waitFor();
    await confirm.getByText(`1 post is aimed at it. They stay on the calendar, no longer aimed at ${JOURNALIST}:`).waitFor();
    const posts = confirm.getByRole('list', { name: `Posts aimed at ${JOURNALIST}` });
    await expect.poll(() => posts.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(new RegExp(`^${POST}, \\d+ \\w+ \\d{4}$`))]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await app.core.call('audience.list', { strategyId })).toHaveLength(2);
    expect(app.errors).toEqual([]);
  });

  it('does not call the plan covered when no audience is high priority and none has a message', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/channel-plan`);
    await page.getByRole('heading', { level: 1, name: 'Channel plan' }).waitFor();
    await page.getByText('No audience is marked high priority, so none is listed as a gap. 2 of 2 audiences have no key message yet.', { exact: false }).waitFor();
    expect(await page.getByText(/^Every .*audience has a message/).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});

