// Laying out posts quickly: a post opened in the editor is duplicated (not while edits are unsaved),
// the copy opens to get its own date and text, and both are on the calendar; in a new post, a
// platform ticked after another starts with the text already written.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentItem } from '../../src/shared/calendar';
import { dayName } from '../../src/shared/calendarTime';
import { plannerZone, todayIn } from '../../src/renderer/features/calendar/days';
import { calendarScreen } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
let xId = '';
let facebookId = '';
let originalId = '';

// Days of the current month: the calendar opens on today's month, in the browser's zone (this process's).
const zone = plannerZone();
const month = todayIn(zone).slice(0, 7);
const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
const TITLE = 'Scholarship fair';
const X_TEXT = 'Meet our universities at the scholarship fair on Saturday.';
const FACEBOOK_TEXT = 'Meet our universities at the scholarship fair on Saturday: talks, advice and application help all day.';

const { chipIn, shot } = calendarScreen(() => page);

/** Every live post of the strategy with this title, on the calendar this month or in the backlog. */
async function postsTitled(title: string): Promise<ContentItem[]> {
  const { items } = await app.core.call('calendar.range', { strategyId, from: `${month}-01T00:00:00Z`, to: `${day(28)}T00:00:00Z` });
  const backlog = await app.core.call('contentItem.backlog', { strategyId });
  const ids = [...items, ...backlog].filter((i) => i.title === title).map((i) => i.id);
  return Promise.all([...new Set(ids)].map((id) => app.core.call('contentItem.get', { id })));
}

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { core } = app;
  strategyId = (await core.call('strategy.create', { title: 'Embassy in Nordhaven', year: Number(month.slice(0, 4)) })).id;
  xId = (await core.call('platform.create', { strategyId, kind: 'x' })).id;
  facebookId = (await core.call('platform.create', { strategyId, kind: 'facebook' })).id;
  // An approved, scheduled post on the 10th: the copy must not inherit that approval.
  const { item } = await core.call('contentItem.create', {
    strategyId,
    title: TITLE,
    variants: [
      { platformId: xId, text: X_TEXT },
      { platformId: facebookId, text: FACEBOOK_TEXT },
    ],
    tags: ['education'],
    notes: 'Bring the banner',
    status: 'draft',
    schedule: { date: day(10), time: '10:30', timeZone: zone },
  });
  await core.call('contentItem.setStatus', { id: item.id, status: 'in_review' });
  await core.call('contentItem.setStatus', { id: item.id, status: 'approved', approver: 'Head of mission' });
  await core.call('contentItem.setStatus', { id: item.id, status: 'scheduled' });
  originalId = item.id;
});

afterAll(async () => {
  await app?.close();
});

describe('duplicating posts and writing once for several platforms', () => {
  it('duplicates a post from the editor, opens the copy, and saves it on another day', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await chipIn(day(10), TITLE).click();
    const dialog = page.getByRole('dialog', { name: `Edit post: ${TITLE}` });
    const duplicate = dialog.getByRole('button', { name: 'Duplicate' });
    const notes = dialog.getByLabel('Notes', { exact: true });
    await expect.poll(() => notes.inputValue()).toBe('Bring the banner');

    // Unsaved edits hold Duplicate back (it copies the saved post), with a hint saying why.
    await notes.fill('Bring the banner and flyers');
    await expect.poll(() => duplicate.isDisabled()).toBe(true);
    await dialog.getByText('Save or cancel your changes to duplicate this post').waitFor();
    await duplicate.scrollIntoViewIfNeeded();
    await shot('duplicate-unsaved.png');
    await notes.fill('Bring the banner');
    await expect.poll(() => duplicate.isEnabled()).toBe(true);
    await duplicate.scrollIntoViewIfNeeded();
    await shot('duplicate-editor.png');

    await duplicate.click();
    await dialog.getByText(`This is a new copy of “${TITLE}”, saved as a draft`).waitFor();
    await page.getByRole('status').getByText(`Copy of “${TITLE}” made on ${dayName(day(10))}.`).waitFor();
    await expect.poll(async () => (await postsTitled(TITLE)).length).toBe(2);
    const copy = (await postsTitled(TITLE)).find((p) => p.id !== originalId)!;
    expect(copy).toMatchObject({ localDate: day(10), localTime: '10:30', status: 'draft', approvedBy: null, recurrence: null, notes: 'Bring the banner' });
    // The copy is what the editor now shows, ready for its own date: the date field has focus.
    await expect.poll(() => dialog.getByLabel('Status').inputValue()).toBe('draft');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('date');
    await shot('duplicate-copy-open.png');

    await dialog.getByLabel('Date', { exact: true }).fill(day(20));
    await dialog.getByRole('textbox', { name: 'Text for X' }).fill('Scholarship fair, second day: come back on Sunday.');
    await dialog.getByRole('button', { name: 'Save post' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Both posts are on the calendar: the original untouched, the copy on the 20th with its own X text.
    await chipIn(day(20), TITLE).waitFor();
    await expect.poll(() => chipIn(day(10), TITLE).count()).toBe(1);
    await expect.poll(() => chipIn(day(20), TITLE).count()).toBe(1);
    await page.getByRole('button', { name: `${TITLE}, X · FB, 10:30, Scheduled` }).waitFor();
    await page.getByRole('button', { name: `${TITLE}, X · FB, 10:30, Draft` }).waitFor();
    await shot('duplicate-calendar.png');
    const original = await app.core.call('contentItem.get', { id: originalId });
    expect(original).toMatchObject({ localDate: day(10), status: 'scheduled', approvedBy: 'Head of mission', notes: 'Bring the banner' });
    expect(original.variants.find((v) => v.platformId === xId)?.text).toBe(X_TEXT);
    const saved = await app.core.call('contentItem.get', { id: copy.id });
    expect(saved).toMatchObject({ localDate: day(20), localTime: '10:30', status: 'draft', approvedBy: null, tags: ['education'] });
    expect(saved.variants).toEqual([
      { platformId: xId, text: 'Scholarship fair, second day: come back on Sunday.' },
      { platformId: facebookId, text: FACEBOOK_TEXT },
    ]);
    expect(app.errors).toEqual([]);
  });

  it('starts a newly ticked platform with the text already written, never over a text there', async () => {
    await page.getByRole('button', { name: 'New post', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New post' });
    await dialog.getByLabel('Title').fill('Visa hours');
    await dialog.getByRole('checkbox', { name: 'X' }).check();
    const xText = dialog.getByRole('textbox', { name: 'Text for X' });
    await xText.fill('The visa section opens at 9:00 from Monday.');
    await dialog.getByRole('checkbox', { name: 'Facebook' }).check();
    const facebookText = dialog.getByRole('textbox', { name: 'Text for Facebook' });
    await expect.poll(() => facebookText.inputValue()).toBe('The visa section opens at 9:00 from Monday.');
    await shot('duplicate-platform-text.png');

    // Trimmed for Facebook, then X unticked and ticked again: each keeps its own text.
    await facebookText.fill('Visa section: open at 9:00 from Monday.');
    await dialog.getByRole('checkbox', { name: 'X' }).uncheck();
    await xText.waitFor({ state: 'detached' });
    await dialog.getByRole('checkbox', { name: 'X' }).check();
    await expect.poll(() => xText.inputValue()).toBe('The visa section opens at 9:00 from Monday.');
    await expect.poll(() => facebookText.inputValue()).toBe('Visa section: open at 9:00 from Monday.');

    await dialog.getByRole('button', { name: 'Create post' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await postsTitled('Visa hours'))[0]?.variants).toEqual([
      { platformId: xId, text: 'The visa section opens at 9:00 from Monday.' },
      { platformId: facebookId, text: 'Visa section: open at 9:00 from Monday.' },
    ]);
    expect(app.errors).toEqual([]);
  });
});
