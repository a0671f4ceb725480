// Exporting the strategy brief from the Documents place: pick sections, paper and marking, check the
// preview, export the PDF and receive it as a download.
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
    await page.getByText('Exported Digital-diplomacy-strategy-2027-brief.pdf').waitFor();
    expect(app.errors).toEqual([]);
  }, 90_000);
});
