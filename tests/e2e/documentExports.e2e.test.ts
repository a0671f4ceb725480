// Every format the Documents place offers, exported from the UI in Chromium with the sample strategy,
// caught as a download and read back by a real reader: pdftotext for the PDF, mammoth for the Word
// document, csv-parse for the tables, ical.js for the calendar. The calendar place's ICS and CSV
// buttons download too. Each check looks for something the planner wrote, not just a file signature.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_BUTTON_LABELS, EXPORT_FILE_SUFFIXES, EXPORT_FORMATS, type ExportFormat } from '../../src/shared/documents';
import { startApp, type RunningApp } from './harness';

let app: RunningApp;
let page: Page;
let strategyId = '';
/** Things the sample strategy holds, read from the core, that each export must carry. */
const known = { objective: '', audience: '', item: '', campaign: '' };

beforeAll(async () => {
  app = await startApp({ demo: true });
  page = app.page;
  const [strategy] = await app.core.call('strategy.list', {});
  strategyId = strategy!.id;
  const detail = await app.core.call('strategy.get', { id: strategyId });
  known.objective = detail.objectives[0]!.title;
  known.audience = (await app.core.call('audience.list', { strategyId }))[0]!.name;
  known.campaign = (await app.core.call('campaign.list', { strategyId }))[0]!.name;
  const { items } = await app.core.call('calendar.range', { strategyId, from: `${detail.year}-01-01T00:00:00Z`, to: `${detail.year + 1}-01-01T00:00:00Z` });
  known.item = items[0]!.title;
  expect(Object.values(known).every(Boolean)).toBe(true);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

async function exportFromDocuments(format: ExportFormat): Promise<{ download: Download; file: string }> {
  await page.getByLabel('Format', { exact: true }).selectOption(format);
  const downloading = page.waitForEvent('download', { timeout: 90_000 });
  await page.getByRole('button', { name: EXPORT_BUTTON_LABELS[format], exact: true }).click();
  const download = await downloading;
  const file = await download.path();
  // The web host has no save dialog: the file goes to the browser's downloads, and the toast says so.
  await page.getByRole('status').getByText(`Downloaded ${download.suggestedFilename()}`).waitFor();
  return { download, file };
}

const csvRecords = (file: string) => parse(fs.readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
const icsEvents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

describe('exporting every format from the Documents place', () => {
  beforeAll(async () => {
    await page.goto(`${app.url}#/s/${strategyId}/documents`);
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
  });

  it('offers exactly the formats the documents module knows', async () => {
    const offered = await page.getByLabel('Format', { exact: true }).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual([...EXPORT_FORMATS]);
  });

  it('exports the PDF brief, and pdftotext finds the objectives, audiences and campaigns in it', async () => {
    const { download, file } = await exportFromDocuments('pdf');
    expect(download.suggestedFilename()).toMatch(new RegExp(`${EXPORT_FILE_SUFFIXES.pdf}$`));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const heading of ['Executive summary', 'Objectives', 'Audiences', 'Campaigns']) expect(text).toContain(heading);
    expect(text).toContain(known.objective);
    expect(text).toContain(known.audience);
    expect(text).toContain(known.campaign);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
  }, 120_000);

  it('exports the Word document, which mammoth opens with its headings and content', async () => {
    const { download, file } = await exportFromDocuments('docx');
    expect(download.suggestedFilename()).toMatch(/-brief\.docx$/);
    const html = (await mammoth.convertToHtml({ path: file })).value;
    // Real Word headings (Heading 1 → <h1>), each with its bookmark for the table of contents.
    expect(html).toMatch(/<h1>(?:<a id="[^"]*"><\/a>)?\d* ?Executive summary<\/h1>/);
    expect(html).toMatch(/<h1>(?:<a id="[^"]*"><\/a>)?\d* ?Audiences<\/h1>/);
    const text = (await mammoth.extractRawText({ path: file })).value;
    expect(text).toContain(known.objective);
    expect(text).toContain(known.audience);
  }, 120_000);

  it('exports Markdown with headings and the strategy’s content', async () => {
    const { file } = await exportFromDocuments('markdown');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^#{1,2} .*Executive summary/m);
    expect(text).toContain(known.objective);
    expect(text).toContain(known.audience);
  }, 60_000);

  it('exports the objectives, audiences and content items as CSV tables csv-parse reads', async () => {
    const objectives = csvRecords((await exportFromDocuments('csv-objectives')).file);
    expect(objectives.map((row) => row['Objective'])).toContain(known.objective);

    const audiences = csvRecords((await exportFromDocuments('csv-audiences')).file);
    expect(audiences.map((row) => row['Audience'])).toContain(known.audience);
    expect(audiences).toHaveLength((await app.core.call('audience.list', { strategyId })).length);

    const items = csvRecords((await exportFromDocuments('csv-items')).file);
    expect(items.some((row) => Object.values(row).includes(known.item))).toBe(true);
  }, 90_000);

  it('exports the items and campaigns as iCalendar that ical.js reads', async () => {
    const { download, file } = await exportFromDocuments('ics');
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const summaries = icsEvents(fs.readFileSync(file, 'utf8')).map((e) => e.summary);
    expect(summaries).toContain(known.item);
    expect(summaries.some((s) => s.includes(known.campaign))).toBe(true);
    expect(app.errors).toEqual([]);
  }, 60_000);
});

describe('exporting from the calendar place', () => {
  beforeAll(async () => {
    await page.goto(`${app.url}#/s/${strategyId}/calendar`);
    await page.getByRole('button', { name: 'Export .ics' }).waitFor();
  });

  it('downloads the calendar as iCalendar and as CSV', async () => {
    let downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .ics' }).click();
    const ics = await downloading;
    expect(ics.suggestedFilename()).toMatch(/\.ics$/);
    expect(icsEvents(fs.readFileSync(await ics.path(), 'utf8')).map((e) => e.summary)).toContain(known.item);
    await page.getByRole('status').getByText(`Downloaded ${ics.suggestedFilename()}`).waitFor();

    downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await downloading;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(csvRecords(await csv.path()).some((row) => Object.values(row).includes(known.item))).toBe(true);
    await page.getByRole('status').getByText(`Downloaded ${csv.suggestedFilename()}`).waitFor();
    expect(app.errors).toEqual([]);
  }, 60_000);
});
