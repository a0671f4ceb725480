// Typed work is never thrown away unasked: a half-written post survives Escape (the planner is
// asked), a reload (the editor comes back with its text), and the Vision survives a reload before the
// field is left; a field or post changed in another window while the planner types is shown to them
// to choose, never silently overwritten.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
let xId = '';

beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.setViewportSize({ width: 1400, height: 1000 });
  strategyId = (await app.core.call('strategy.create', { title: 'Plan', year: 2027 })).id;
  xId = (await app.core.call('platform.create', { strategyId, kind: 'x' })).id;
});

afterAll(async () => {
  await app?.close();
});

/** Reloads as a planner who answers "Leave" to the browser's question; answers whether it was asked. */
async function reloadAnsweringLeave(): Promise<boolean> {
  let asked = false;
  const answer = (dialog: { type(): string; accept(): Promise<void> }) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.accept();
  };
  page.once('dialog', answer);
  await page.reload();
  page.off('dialog', answer);
  return asked;
}

const postDialog = () => page.getByRole('dialog', { name: 'New post' });

describe('never losing typed work', () => {
  it('asks before Escape throws away a half-written post, and a reload brings the post back', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('button', { name: 'New post', exact: true }).click();
    const dialog = postDialog();
    await dialog.getByLabel('Title', { exact: true }).fill('Statement on the summit');
    await dialog.getByRole('checkbox', { name: 'X' }).check();
    await dialog.getByLabel('Text for X').fill('The summit opens a new chapter.');

    await page.keyboard.press('Escape');
    const question = dialog.getByRole('alert').filter({ hasText: 'You have unsaved changes. Close and lose them?' });
    await question.waitFor();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    expect(await dialog.getByLabel('Title', { exact: true }).inputValue()).toBe('Statement on the summit');

    expect(await reloadAnsweringLeave()).toBe(true);
    const back = postDialog();
    await back.waitFor();
    expect(await back.getByLabel('Title', { exact: true }).inputValue()).toBe('Statement on the summit');
    expect(await back.getByLabel('Text for X').inputValue()).toBe('The summit opens a new chapter.');
    await back.getByRole('status').filter({ hasText: /Your unsaved changes from .* are back/ }).waitFor();

    // Cancel asks too; discarding closes for good, and a reload does not bring it back.
    await back.getByRole('button', { name: 'Cancel' }).click();
    await back.getByRole('button', { name: 'Discard changes' }).click();
    await back.waitFor({ state: 'detached' });
    expect(await reloadAnsweringLeave()).toBe(false);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    expect(await postDialog().count()).toBe(0);
  });

  it('keeps the Vision typed before a reload, without leaving the field', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/overview`);
    const vision = page.getByLabel('Vision');
    await vision.fill('Be the most trusted voice on press freedom in the region.');
    expect(await reloadAnsweringLeave()).toBe(true);
    await expect.poll(() => page.getByLabel('Vision').inputValue()).toBe('Be the most trusted voice on press freedom in the region.');
    // Saved as the page went, so it is in the core, not only in this browser.
    await expect.poll(async () => (await app.core.call('strategy.get', { id: strategyId })).vision).toBe('Be the most trusted voice on press freedom in the region.');
  });

  it('shows a field changed in another window while the planner types, and lets them keep theirs', async () => {
    await page.goto(`${app.url}#/s/${strategyId}/overview`);
    const other = await app.context.newPage();
    try {
      await other.goto(`${app.url}#/s/${strategyId}/overview`);
      await page.getByLabel('Vision').fill('Mine: listen first, then speak.');
      const theirs = other.getByLabel('Vision');
      await theirs.fill('Theirs: speak often.');
      await theirs.blur();
      await expect.poll(async () => (await app.core.call('strategy.get', { id: strategyId })).vision).toBe('Theirs: speak often.');

      const notice = page.getByRole('alert').filter({ hasText: 'This was changed elsewhere while you were typing. It now says: “Theirs: speak often.”' });
      await notice.waitFor();
      // Leaving the field does not overwrite theirs: the planner has to choose.
      await page.getByLabel('Vision').blur();
      expect((await app.core.call('strategy.get', { id: strategyId })).vision).toBe('Theirs: speak often.');
      await page.getByRole('button', { name: 'Keep mine' }).click();
      await expect.poll(async () => (await app.core.call('strategy.get', { id: strategyId })).vision).toBe('Mine: listen first, then speak.');
      await notice.waitFor({ state: 'detached' });
    } finally {
      await other.close();
    }
  });

  it('tells the post editor when the post is saved elsewhere meanwhile, and can show the saved version', async () => {
    const { item } = await app.core.call('contentItem.create', { strategyId, title: 'Alumni evening', variants: [{ platformId: xId, text: 'Join us.' }] });
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('region', { name: 'Backlog' }).getByRole('button', { name: /^Alumni evening,/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit post: Alumni evening' });
    await dialog.getByLabel('Notes', { exact: true }).fill('Ask the alumni office for photos');
    await app.core.call('contentItem.update', { id: item.id, patch: { variants: [{ platformId: xId, text: 'Join us on Friday.' }] } });
    await dialog.getByRole('alert').filter({ hasText: 'This post was saved elsewhere' }).waitFor();
    await dialog.getByRole('button', { name: 'Show the saved version instead' }).click();
    expect(await dialog.getByLabel('Text for X').inputValue()).toBe('Join us on Friday.');
    expect(await dialog.getByLabel('Notes', { exact: true }).inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
  });
});
