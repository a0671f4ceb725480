// The interface ships its own fonts for the scripts Inter does not cover, and for emoji: post titles in
// Chinese, Japanese, Korean, Hindi, Thai, Arabic and Hebrew, and with emoji, are drawn in the bundled
// Noto families (loaded from the app itself), so a laptop without those fonts shows them, not boxes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';

const TITLES = ['数字外交对话', 'デジタル外交の対話', '디지털 외교 대화', 'डिजिटल कूटनीति संवाद', 'การทูตดิจิทัล', 'الحوار الرقمي', 'דיאלוג דיגיטלי', 'Celebrating our partners 🎉🇪🇺'];
const FAMILIES = ['Noto Sans SC', 'Noto Sans Devanagari', 'Noto Sans Thai', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Emoji'];

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  strategyId = (await app.core.call('strategy.create', { title: 'Scripts', year: 2027 })).id;
  for (const title of TITLES) await app.core.call('contentItem.create', { strategyId, title });
});

afterAll(async () => {
  await app?.close();
});

describe('fonts for every script', () => {
  it('draws post titles in each script and emoji with the bundled Noto fonts', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    const backlog = page.getByRole('region', { name: 'Backlog' });
    for (const title of TITLES) await backlog.getByText(title).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
    });
    for (const family of FAMILIES) expect(loaded, family).toContain(family);
    // Served by the app itself, not the system's fonts.
    const fontRequests = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /noto-(sans|emoji)/.test(n)));
    expect(fontRequests.length).toBeGreaterThanOrEqual(FAMILIES.length);
    const origin = new URL(app.url).origin;
    expect(fontRequests.every((n) => n.startsWith(origin))).toBe(true);
    if (process.env.CHANCERY_SHOTS) await backlog.screenshot({ path: `${process.env.CHANCERY_SHOTS}/scripts-backlog.png` });
    expect(app.errors).toEqual([]);
  });
});
