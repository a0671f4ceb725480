// An Arabic-speaking mission's plan in the English interface: fields and shown text take their
// direction from their content, mixed Arabic and English in one title keeps its order, and a long
// unbroken link in a post wraps instead of pushing the editor sideways.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarScreen, nextMonth } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

const MONTH = nextMonth();
const DAY = `${MONTH}-09`;
const TITLE = 'بيان اليوم العالمي لحرية الصحافة (World Press Freedom Day)';
const LINK = `https://example.org/${'press-freedom-'.repeat(15)}statement`;

const { dayCell, shot } = calendarScreen(() => page);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1400, height: 1000 });
  const { core } = app;
  strategyId = (await core.call('strategy.create', { title: 'خطة السفارة الرقمية', year: Number(MONTH.slice(0, 4)) })).id;
  const xId = (await core.call('platform.create', { strategyId, kind: 'x', handle: '@AureliaEmbassyAR' })).id;
  await core.call('contentItem.create', {
    strategyId,
    title: TITLE,
    variants: [{ platformId: xId, text: `نؤمن بحرية الصحافة. ${LINK}` }],
    schedule: { date: DAY, time: '10:00', timeZone: 'Asia/Riyadh' },
  });
});

afterAll(async () => {
  await app?.close();
});

describe('right to left and every script', () => {
  it('shows an Arabic title in its own direction on the chip and in the editor, and wraps a long link', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    // This month has no posts, so the calendar opens on next month's, where the post is.
    const chip = dayCell(DAY).getByRole('button', { name: new RegExp(`^${escaped(TITLE)},`) });
    await chip.waitFor();
    expect(await chip.locator('.cal-chip-title').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext');
    await shot('rtl-month.png');

    await chip.click();
    const dialog = page.getByRole('dialog', { name: `Edit post: ${TITLE}` });
    const title = dialog.getByLabel('Title', { exact: true });
    expect(await title.getAttribute('dir')).toBe('auto');
    expect(await title.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
    const text = dialog.getByLabel('Text for X (@AureliaEmbassyAR)');
    expect(await text.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
    // Typed English in the same field turns it left to right.
    await dialog.getByLabel('Assignee').fill('Press attaché');
    expect(await dialog.getByLabel('Assignee').evaluate((el) => el.matches(':dir(ltr)'))).toBe(true);
    await dialog.getByLabel('Links', { exact: true }).fill(LINK);
    const body = page.locator('dialog[open] .dialog-body');
    const { scroll, client } = await body.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await shot('rtl-editor.png');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    expect(app.errors).toEqual([]);
  });
});
