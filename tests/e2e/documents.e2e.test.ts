// Exporting the strategy brief from the Documents place: pick sections, paper and marking, check the
// preview, export the PDF (or a Word document) and receive it as a download.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;

beforeAll(async () => {
  app = await startApp({ demo: true });
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

describe('the Documents place', () => {
  it('previews the brief with the chosen options and exports it as a PDF download', async () => {
    const [strategy] = await app.core.call('strategy.list', {});
    await page.goto(`${app.url}#/s/${strategy!.id}/documents`);
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();

    const preview = page.frameLocator('iframe[title="Preview of the brief"]');
    await preview.getByRole('heading', { name: 'Executive summary' }).waitFor();
    await expect(preview.getByRole('heading', { name: 'Channel plan' }).count()).resolves.toBe(1);

    // Leave out the channel plan, pick Letter and a custom marking: the preview follows.
    await page.getByRole('checkbox', { name: 'Channel plan' }).uncheck();
    await page.getByLabel('Paper size').selectOption('letter');
    await page.getByLabel('Classification marking').selectOption('custom');
    await page.getByLabel('Custom marking', { exact: true }).fill('OFFICIAL-SENSITIVE');
    await preview.getByText('OFFICIAL-SENSITIVE').first().waitFor();
    await expect.poll(() => preview.getByRole('heading', { name: 'Channel plan' }).count()).toBe(0);

    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Digital-diplomacy-strategy-2027-brief.pdf');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByText('Downloaded Digital-diplomacy-strategy-2027-brief.pdf').waitFor();
    expect(app.errors).toEqual([]);
  }, 90_000);

  it('exports the brief as an editable Word document, the button following the chosen format', async () => {
    const [strategy] = await app.core.call('strategy.list', {});
    await page.goto(`${app.url}#/s/${strategy!.id}/documents`);
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();

    await page.getByLabel('Format', { exact: true }).selectOption('docx');
    const button = page.getByRole('button', { name: 'Export Word document' });
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Digital-diplomacy-strategy-2027-brief.docx');
    expect(fs.readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
    await page.getByText('Downloaded Digital-diplomacy-strategy-2027-brief.docx').waitFor();

    await page.getByLabel('Format', { exact: true }).selectOption('csv-audiences');
    await expect(page.getByRole('button', { name: 'Export audiences CSV' }).count()).resolves.toBe(1);
    expect(app.errors).toEqual([]);
  }, 90_000);

  it('says so after the export when some text has no bundled font (Khmer here), and still gives the PDF', async () => {
    const [strategy] = await app.core.call('strategy.list', {});
    const detail = await app.core.call('strategy.get', { id: strategy!.id });
    await app.core.call('objective.update', { id: detail.objectives[0]!.id, patch: { title: 'ទាក់ទងសាធារណជនដោយផ្ទាល់' } });
    await page.goto(`${app.url}#/s/${strategy!.id}/documents`);
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await page.getByLabel('Format', { exact: true }).selectOption('pdf');
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await downloading;
    const notices = page.getByRole('status').filter({ has: page.getByRole('heading', { name: /^About .*\.pdf$/ }) });
    await notices.getByText('Khmer text has no bundled font').waitFor();
    expect(app.errors).toEqual([]);
  }, 90_000);

  it('shows the progress of a PDF export and cancels it without saving a file', async () => {
    const [strategy] = await app.core.call('strategy.list', {});
    await page.goto(`${app.url}#/s/${strategy!.id}/documents`);
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await page.getByLabel('Format', { exact: true }).selectOption('pdf');

    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('progressbar', { name: 'Export progress' }).waitFor();
    await page.getByText(/: printing$/).first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await page.getByText('Export cancelled; no file was saved.').waitFor({ timeout: 60_000 });
    await expect(page.getByRole('progressbar', { name: 'Export progress' }).count()).resolves.toBe(0);
    expect(downloads).toBe(0);
    // The cancelled call answers 409 (conflict), which Chromium logs; nothing else went wrong.
    expect(app.errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  }, 90_000);
});
