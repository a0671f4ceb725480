// Approvals a press office can trust, as a planner meets them: an approved post says who approved it
// and when; rewording it sends it back to review with the reason, in the save message and in the
// editor; a text over X's limit is marked on its calendar chip and in the warnings panel.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthTitle } from '../../src/renderer/features/calendar/days';
import { formatDateTime } from '../../src/renderer/ui/RelativeTime';
import { calendarScreen, nextMonth } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
let xId = '';
let approvedId = '';

const MONTH = nextMonth();
const DAY = `${MONTH}-12`;
const LONG_DAY = `${MONTH}-14`;

const { chipIn, dayCell, shot } = calendarScreen(() => page);

async function openMonth() {
  await page.goto(`${app.url}#/s/${strategyId}/calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  const title = page.locator('.cal-month-title');
  // With nothing remembered the calendar opens on the month that has posts: this one.
  await expect.poll(() => title.textContent()).toBe(monthTitle(MONTH));
  await dayCell(DAY).waitFor();
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { core } = app;
  strategyId = (await core.call('strategy.create', { title: 'Plan', year: Number(MONTH.slice(0, 4)) })).id;
  xId = (await core.call('platform.create', { strategyId, kind: 'x', handle: '@AureliaUN' })).id;
  const schedule = (date: string) => ({ date, time: '09:00', timeZone: 'Europe/Paris' });
  const { item } = await core.call('contentItem.create', { strategyId, title: 'Press freedom', variants: [{ platformId: xId, text: 'Journalists must work safely.' }], schedule: schedule(DAY), status: 'draft' });
  approvedId = item.id;
  await core.call('contentItem.setStatus', { id: item.id, status: 'in_review' });
  await core.call('contentItem.setStatus', { id: item.id, status: 'approved', approver: 'Amira Haddad' });
  await core.call('contentItem.create', { strategyId, title: 'Overlong thread', variants: [{ platformId: xId, text: 'Word '.repeat(60) }], schedule: schedule(LONG_DAY) });
});

afterAll(async () => {
  await app?.close();
});

describe('approvals and limits in the calendar', () => {
  it('shows who approved and when, and rewording sends the post back to review with the reason', async () => {
    await openMonth();
    await chipIn(DAY, 'Press freedom').click();
    const dialog = page.getByRole('dialog', { name: 'Edit post: Press freedom' });
    const approved = await app.core.call('contentItem.get', { id: approvedId });
    await expect.poll(() => dialog.getByText(/^Approved by Amira Haddad on/).textContent()).toContain(`Approved by Amira Haddad on ${formatDateTime(approved.approvedAt!)}.`);

    await dialog.getByLabel('Text for X (@AureliaUN)').fill('Journalists must be able to work safely, everywhere.');
    await dialog.getByRole('button', { name: 'Save post' }).click();
    await dialog.waitFor({ state: 'detached' });
    const reason = 'Back in review: the X (@AureliaUN) text changed after Amira Haddad approved it.';
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved “Press freedom”' }).textContent()).toContain(reason);

    await chipIn(DAY, 'Press freedom').click();
    const again = page.getByRole('dialog', { name: 'Edit post: Press freedom' });
    await expect.poll(() => again.getByText(reason).count()).toBe(1);
    expect(await again.getByLabel('Status').inputValue()).toBe('in_review');
    await shot('approval-back-in-review.png');
    await again.getByRole('button', { name: 'Cancel' }).click();
    expect((await app.core.call('contentItem.get', { id: approvedId })).status).toBe('in_review');
  });

  it('marks a text over the X limit on its chip and in the warnings', async () => {
    await openMonth();
    const chip = chipIn(LONG_DAY, 'Overlong thread');
    await expect.poll(() => chip.getAttribute('aria-label')).toContain('text too long for a platform');
    expect(await chip.getByText('Too long').count()).toBe(1);
    const warnings = page.getByRole('region', { name: /^Warnings/ });
    await expect.poll(() => warnings.getByText('"Overlong thread" is too long for X (@AureliaUN): shorten the text before it goes out').count()).toBe(1);
    await shot('over-limit-chip.png');
    expect(app.errors).toEqual([]);
  });
});
