// Editing the sample strategy's calendar as a demanding planner would: a post's tags, links, hashtags
// and notes, made a weekly series on two weekdays with a skipped date (a bad link is refused with a
// clear message and nothing typed is lost); a campaign renamed, moved and deleted; a national day
// added, renamed from its day cell and another deleted; all of it still there after a restart.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentItem } from '../../src/shared/calendar';
import { dayLabel } from '../../src/renderer/features/calendar/days';
import { calendarScreen } from './calendarScreen';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
let postId = '';

const SERIES = 'Weekly alumni spotlight';
const START = '2027-05-10'; // a Monday with a sample post
const SKIPPED = '2027-05-17';
const SERIES_DAYS = ['2027-05-10', '2027-05-13', '2027-05-20', '2027-05-24', '2027-05-27', '2027-05-31'];
const BAD_LINK = 'aurelia.example/alumni';

const { dayCell, chipIn, shot } = calendarScreen(() => page);

/** The calendar of the sample strategy, turned to May 2027 with Next as a planner would. */
async function openMay() {
  await page.goto(`${app.url}#/s/${strategyId}/calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  const title = page.locator('.cal-month-title');
  for (let i = 0; i < 36 && (await title.textContent()) !== 'May 2027'; i++) {
    const shown = (await title.textContent()) ?? '';
    const before = /2028|2029/.test(shown) || /(June|July|August|September|October|November|December) 2027/.test(shown);
    await page.getByRole('button', { name: before ? 'Previous month' : 'Next month' }).click();
    await page.waitForTimeout(30);
  }
  expect(await title.textContent()).toBe('May 2027');
  await dayCell(START).waitFor();
}

/** Page errors other than the three refusals this test asks for (bad link, end before start, 30 February), which the browser logs as 400s. */
function unexpectedErrors(): string[] {
  const refused = app.errors.filter((e) => e.includes('status of 400 (Bad Request)'));
  expect(refused.length).toBeLessThanOrEqual(3);
  return app.errors.filter((e) => !refused.includes(e));
}

async function post(): Promise<ContentItem> {
  return app.core.call('contentItem.get', { id: postId });
}

beforeAll(async () => {
  app = await startApp({ demo: true });
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 1000 });
  const [strategy] = await app.core.call('strategy.list', {});
  strategyId = strategy!.id;
  const { items, entries } = await app.core.call('calendar.range', { strategyId, from: `${START}T00:00:00Z`, to: '2027-05-11T00:00:00Z' });
  const own = entries.find((e) => !e.recurring);
  postId = items.find((i) => i.id === own?.itemId)!.id;
});

afterAll(async () => {
  await app?.close();
});

describe('editing the editorial calendar', () => {
  it('edits a post’s tags, links, hashtags and notes; a bad link is refused with a clear message and nothing typed is lost', async () => {
    await openMay();
    const before = await post();
    await chipIn(START, before.title).click();
    const dialog = page.getByRole('dialog', { name: `Edit post: ${before.title}` });
    await dialog.getByLabel('Title', { exact: true }).fill(SERIES);
    await dialog.getByLabel('Tags', { exact: true }).fill('education, alumni, outreach');
    await dialog.getByLabel('Hashtags', { exact: true }).fill('StudyInAurelia #AlumniStories');
    await dialog.getByLabel('Links', { exact: true }).fill(`https://aurelia.example/study\n${BAD_LINK}`);
    await dialog.getByLabel('Notes', { exact: true }).fill('Ask the alumni office for a new portrait each week.');

    // Weekly on Monday and Thursday until the end of May, skipping 17 May.
    await dialog.getByLabel('Repeats').selectOption('weekly');
    await dialog.getByRole('checkbox', { name: 'Monday' }).check();
    await dialog.getByRole('checkbox', { name: 'Thursday' }).check();
    await dialog.getByRole('radio', { name: 'On a date' }).check();
    await dialog.getByLabel('Last date').fill('2027-05-31');
    await dialog.getByLabel('Date to skip').fill('2027-05-18');
    await dialog.getByRole('button', { name: 'Skip date' }).click();
    await dialog.getByText(`The series has no post on ${dayLabel('2027-05-18')}; choose one of its dates`).waitFor();
    await dialog.getByLabel('Date to skip').fill(SKIPPED);
    await dialog.getByRole('button', { name: 'Skip date' }).click();
    await dialog.getByText(`Skip ${dayLabel(SKIPPED)}`).waitFor();
    await dialog.getByText('Every week on Mon and Thu, until 31 May 2027, skipping 1 date').waitFor();
    await dialog.getByRole('group', { name: 'Repeat' }).scrollIntoViewIfNeeded();
    await shot('editor-recurrence.png', dialog);
    await dialog.getByLabel('Links', { exact: true }).scrollIntoViewIfNeeded();
    await shot('editor-fields.png', dialog);

    await dialog.getByRole('button', { name: 'Save post' }).click();
    await dialog.getByText(`“${BAD_LINK}”: Links must be full web addresses (https://…)`).waitFor();
    await dialog.getByText('Not saved yet: see the message under Links').waitFor();
    await dialog.getByLabel('Links', { exact: true }).scrollIntoViewIfNeeded();
    await shot('editor-bad-link.png', dialog);
    // Nothing was saved, and nothing typed was lost.
    expect((await post()).title).toBe(before.title);
    expect(await dialog.getByLabel('Tags', { exact: true }).inputValue()).toBe('education, alumni, outreach');
    expect(await dialog.getByLabel('Notes', { exact: true }).inputValue()).toBe('Ask the alumni office for a new portrait each week.');
    expect(await dialog.getByLabel('Links', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByRole('checkbox', { name: 'Thursday' }).isChecked()).toBe(true);
    await dialog.getByText(`Skip ${dayLabel(SKIPPED)}`).waitFor();

    await dialog.getByLabel('Links', { exact: true }).fill(`https://aurelia.example/study\nhttps://${BAD_LINK}`);
    await dialog.getByRole('button', { name: 'Save post' }).click();
    await dialog.waitFor({ state: 'detached' });

    const saved = await post();
    expect(saved.title).toBe(SERIES);
    expect(saved.tags).toEqual(['education', 'alumni', 'outreach']);
    expect(saved.hashtags).toEqual(['#StudyInAurelia', '#AlumniStories']);
    expect(saved.links).toEqual(['https://aurelia.example/study', `https://${BAD_LINK}`]);
    expect(saved.notes).toBe('Ask the alumni office for a new portrait each week.');
    expect(saved.recurrence).toEqual({ freq: 'weekly', interval: 1, byDay: ['MO', 'TH'], until: '2027-05-31', count: null, exceptions: [SKIPPED] });
  });

  it('shows the series on Mondays and Thursdays without the skipped date', async () => {
    for (const date of SERIES_DAYS) await chipIn(date, SERIES).waitFor();
    expect(await chipIn(SKIPPED, SERIES).count()).toBe(0);
    expect(await chipIn('2027-05-11', SERIES).count()).toBe(0);
    expect(await chipIn('2027-05-03', SERIES).count()).toBe(0);

    // Reopened, the editor shows the hashtags with their # and the series in a sentence.
    await chipIn('2027-05-13', SERIES).click();
    const dialog = page.getByRole('dialog', { name: `Edit post: ${SERIES}` });
    expect(await dialog.getByLabel('Hashtags', { exact: true }).inputValue()).toBe('#StudyInAurelia #AlumniStories');
    await dialog.getByText('Every week on Mon and Thu, until 31 May 2027, skipping 1 date').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('edits a campaign from its band: the core refuses an end before the start, then the band moves', async () => {
    expect(await dayCell('2027-04-28').getAttribute('aria-label')).toContain('campaign Press Freedom Week');
    await dayCell('2027-04-28').getByRole('button', { name: /^Campaign Press Freedom Week/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit campaign' });
    expect(await dialog.getByLabel('Campaign name').inputValue()).toBe('Press Freedom Week');
    await dialog.getByLabel('Campaign name').fill('Press Freedom Fortnight');
    await dialog.getByLabel('Starts').fill('2027-05-10');
    await dialog.getByLabel('Ends').fill('2027-05-05');
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await dialog.getByText('The campaign ends before it starts; choose an end date on or after the start').waitFor();
    expect(await dialog.getByLabel('Campaign name').inputValue()).toBe('Press Freedom Fortnight');
    await shot('campaign-dialog-error.png', dialog);

    await dialog.getByLabel('Ends').fill('2027-05-23');
    await shot('campaign-dialog.png', dialog);
    await dialog.getByRole('button', { name: 'Save campaign' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => dayCell('2027-05-21').getAttribute('aria-label')).toContain('campaign Press Freedom Fortnight');
    expect(await dayCell('2027-04-28').getAttribute('aria-label')).not.toContain('Press Freedom');
    expect(await dayCell('2027-05-07').getAttribute('aria-label')).not.toContain('Press Freedom');
    const campaign = (await app.core.call('campaign.list', { strategyId })).find((c) => c.name === 'Press Freedom Fortnight');
    expect(campaign).toMatchObject({ startDate: '2027-05-10', endDate: '2027-05-23' });
  });

  it('deletes a campaign from the Campaigns list, after a confirmation', async () => {
    await page.getByRole('button', { name: 'Campaigns', exact: true }).click();
    const list = page.getByRole('dialog', { name: 'Campaigns' });
    await list.getByRole('button', { name: /^Study in Aurelia,/ }).waitFor();
    await shot('campaign-list.png', list);
    await list.getByRole('button', { name: /^Study in Aurelia,/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit campaign' });
    await dialog.getByRole('button', { name: 'Delete campaign' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Study in Aurelia”?' });
    await confirm.getByRole('button', { name: 'Delete campaign' }).click();
    await confirm.waitFor({ state: 'detached' });
    // Back on the list, without it.
    await list.getByRole('button', { name: /^Press Freedom Fortnight,/ }).waitFor();
    await expect.poll(() => list.getByRole('button', { name: /^Study in Aurelia,/ }).count()).toBe(0);
    await list.getByRole('button', { name: 'Close', exact: true }).first().click();
    await list.waitFor({ state: 'detached' });
    await expect.poll(async () => dayCell('2027-05-04').getAttribute('aria-label')).not.toContain('Study in Aurelia');
    expect((await app.core.call('campaign.list', { strategyId })).map((c) => c.name).sort()).toEqual(['Green Aurelia', 'Press Freedom Fortnight']);
  });

  it('adds a national day, renames it from its day cell, deletes another; international days are read-only', async () => {
    await page.getByRole('button', { name: 'National days' }).click();
    let dialog = page.getByRole('dialog', { name: 'National days' });
    await dialog.getByLabel('Name of the day').fill('Nordhaven Liberation Day');
    await dialog.getByLabel('Month').selectOption({ label: 'May' });
    await dialog.getByLabel('Day', { exact: true }).selectOption({ label: '19' });
    await dialog.getByRole('button', { name: 'Add national day' }).click();
    await dialog.getByRole('button', { name: 'Edit Nordhaven Liberation Day' }).waitFor();

    // A day that does not exist is refused with the core's words.
    await dialog.getByLabel('Name of the day').fill('Leap day');
    await dialog.getByLabel('Month').selectOption({ label: 'February' });
    await dialog.getByLabel('Day', { exact: true }).selectOption({ label: '30' });
    await dialog.getByRole('button', { name: 'Add national day' }).click();
    await dialog.getByText('There is no 02-30 (month 2 has 29 days)').waitFor();

    // The sample's own national day goes, after a confirmation.
    await dialog.getByRole('button', { name: 'Delete Aurelia National Day' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Aurelia National Day”?' });
    await confirm.getByRole('button', { name: 'Delete national day' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => dialog.getByRole('button', { name: 'Delete Aurelia National Day' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await dialog.waitFor({ state: 'detached' });

    // Seen in its day; activating it there opens it for editing.
    await dayCell('2027-05-19').getByRole('button', { name: 'Nordhaven Liberation Day, national day' }).click();
    dialog = page.getByRole('dialog', { name: 'National days' });
    const name = dialog.getByLabel('Name of the day');
    await expect.poll(() => name.inputValue()).toBe('Nordhaven Liberation Day');
    await name.fill('Nordhaven Freedom Day');
    await dialog.getByRole('button', { name: 'Save national day' }).click();
    await dialog.getByRole('button', { name: 'Edit Nordhaven Freedom Day' }).waitFor();
    await shot('national-days.png', dialog);
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await dialog.waitFor({ state: 'detached' });
    await dayCell('2027-05-19').getByRole('button', { name: 'Nordhaven Freedom Day, national day' }).waitFor();

    // A bundled international day opens read-only.
    await dayCell('2027-05-03').getByRole('button', { name: 'World Press Freedom Day, international day' }).click();
    dialog = page.getByRole('dialog', { name: 'National days' });
    await dialog.getByRole('note').getByText(/It is read-only/).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await dialog.waitFor({ state: 'detached' });

    const national = (await app.core.call('observance.list', { strategyId })).filter((o) => o.source === 'national');
    expect(national.map((o) => [o.name, o.monthDay])).toEqual([['Nordhaven Freedom Day', '05-19']]);
    expect(unexpectedErrors()).toEqual([]);
  });

  it('keeps every change after a restart', async () => {
    await app.restart();
    await openMay();
    for (const date of SERIES_DAYS) await chipIn(date, SERIES).waitFor();
    expect(await chipIn(SKIPPED, SERIES).count()).toBe(0);
    await shot('month-after-restart.png');
    await dayCell('2027-05-19').getByRole('button', { name: 'Nordhaven Freedom Day, national day' }).waitFor();
    expect(await dayCell('2027-05-21').getAttribute('aria-label')).toContain('campaign Press Freedom Fortnight');
    expect(await dayCell('2027-05-04').getAttribute('aria-label')).not.toContain('Study in Aurelia');
    expect(await dayCell('2027-04-28').getAttribute('aria-label')).not.toContain('Press Freedom');

    await chipIn('2027-05-24', SERIES).click();
    const dialog = page.getByRole('dialog', { name: `Edit post: ${SERIES}` });
    expect(await dialog.getByLabel('Tags', { exact: true }).inputValue()).toBe('education, alumni, outreach');
    expect(await dialog.getByLabel('Links', { exact: true }).inputValue()).toBe(`https://aurelia.example/study\nhttps://${BAD_LINK}`);
    expect(await dialog.getByLabel('Notes', { exact: true }).inputValue()).toBe('Ask the alumni office for a new portrait each week.');
    expect(await dialog.getByRole('checkbox', { name: 'Monday' }).isChecked()).toBe(true);
    await dialog.getByText(`Skip ${dayLabel(SKIPPED)}`).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(unexpectedErrors()).toEqual([]);
  });
});
