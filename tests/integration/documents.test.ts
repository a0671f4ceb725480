// The PDF brief read back by real readers: pdftotext for the words, pdfinfo for pages and paper.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_SECTION_LABELS } from '../../src/shared/documents';
import { exportBriefPdf } from '../../src/web/briefExport';
import { playwrightPrinter } from '../../src/web/pdf';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let handle: TempCore;
let outDir: string;
let sampleId: string;

beforeAll(async () => {
  handle = tempCore({ demo: true, printPdf: playwrightPrinter() });
  outDir = tempDir('chancery-brief-');
  sampleId = (await handle.core.call('strategy.list', {}))[0]!.id;
  // Scripts the sample lacks: Chinese and Japanese objectives, a Hebrew priority, Cyrillic and Greek KPIs.
  const zh = await handle.core.call('objective.create', { strategyId: sampleId, title: '加强与中国青年的数字对话', description: '在微博上介绍奥雷利亚的奖学金。' });
  await handle.core.call('kpi.create', { objectiveId: zh.id, metric: 'Подписчики в ВКонтакте', baseline: 100, target: 500, actual: 300 });
  await handle.core.call('objective.create', { strategyId: sampleId, title: '日本の若者との対話を深める' });
  await handle.core.call('kpi.create', { objectiveId: zh.id, metric: 'Αναρτήσεις στα ελληνικά', baseline: 0, target: 10, actual: 5 });
  await handle.core.call('priority.create', { strategyId: sampleId, title: 'שיח עם הקהילה הישראלית' });
});
afterAll(() => {
  handle.cleanup();
  fs.rmSync(outDir, { recursive: true, force: true });
});

function pdfText(file: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
}

function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1]! };
}

describe('the PDF strategy brief', () => {
  it('prints every section of the sample strategy, the marking on every page, and every script intact', async () => {
    const file = path.join(outDir, 'sample.pdf');
    const result = await exportBriefPdf(handle.core, { strategyId: sampleId, marking: 'RESTRICTED' }, file);
    expect(result.bytes).toBeGreaterThan(10_000);
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

    const pages = pdfText(file);
    const { pages: count, size } = pdfInfo(file);
    expect(count).toBe(pages.length);
    expect(count).toBeGreaterThanOrEqual(8);
    expect(size).toMatch(/^595(\.\d+)? x 84[12]/); // A4
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain('RESTRICTED');
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${count}`);
    });

    const text = pages.join('\n');
    // Every section heading, listed in the contents with the page it really starts on.
    const contents = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    for (const section of ['summary', 'objectives', 'priorities', 'platforms', 'audiences', 'messages', 'channelPlan', 'campaigns', 'calendarOverview', 'upcoming'] as const) {
      const label = BRIEF_SECTION_LABELS[section];
      expect(text).toContain(label);
      const listed = new RegExp(`\\d+\\s+${label}\\s+(\\d+)`).exec(contents);
      expect(listed, label).not.toBeNull();
      expect(pages[Number(listed![1]) - 1], label).toMatch(new RegExp(`^\\s*\\d+\\s+${label}`, 'm'));
    }
    for (const heading of ['Contents', 'Key messages by audience', 'Figure 1', 'Digital diplomacy strategy 2027']) expect(text).toContain(heading);
    expect(text.toLowerCase()).toContain('manage closely');
    // Arabic from the sample's message versions, Chinese, Japanese, Hebrew, Cyrillic and Greek added above.
    // Noto's Arabic fonts join letters by cursive attachment, which pdftotext reads as gaps inside
    // words; the letters themselves come out complete and in order, so compare without spaces.
    const squeezed = text.replace(/[\s\u200e\u200f\u202a-\u202e]/g, '');
    for (const arabic of ['منحة دراسية كل عام', 'شراكة أوريليا في تقنيات المياه مفتوحة لجميع دول منطقة الخليج']) {
      expect(squeezed).toContain(arabic.replace(/\s/g, ''));
    }
    expect(text).toContain('加强与中国青年的数字对话');
    expect(text).toContain('日本の若者との対話を深める');
    expect(text).toContain('Подписчики в ВКонтакте');
    expect(text).toContain('Αναρτήσεις στα ελληνικά');
    expect(text).toMatch(/הקהילה/);
    // The fonts come from the app, not the laptop: every font is a Noto one.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain('NotoSans-Regular');
    expect(fonts).toContain('NotoSansArabic');
    expect(fonts).toMatch(/NotoSans(SC|JP)/);
  });

  it('prints a short, sensible brief of an empty strategy on US Letter, with only the sections it has', async () => {
    const empty = await handle.core.call('strategy.create', { title: 'Empty plan', year: 2028 });
    const file = path.join(outDir, 'empty.pdf');
    await exportBriefPdf(handle.core, { strategyId: empty.id, paper: 'letter', marking: 'Aurelia internal' }, file);
    const { pages, size } = pdfInfo(file);
    expect(size).toMatch(/^612(\.\d+)? x 792/);
    expect(pages).toBeLessThanOrEqual(3);
    const text = pdfText(file).join('\n');
    expect(text).toContain('Empty plan 2028');
    expect(text).toContain('No objectives have been set yet.');
    expect(text).toContain('Aurelia internal');
    expect(text).not.toContain(BRIEF_SECTION_LABELS.channelPlan);
    expect(text).not.toContain(BRIEF_SECTION_LABELS.platforms);
  });

  it('prints very long texts whole, across pages', async () => {
    const long = await handle.core.call('strategy.create', { title: `A ${'very '.repeat(37)}long title`, year: 2029 });
    const objective = await handle.core.call('objective.create', { strategyId: long.id, title: 'Long', description: `${'Lorem ipsum dolor sit amet. '.repeat(170)}THE END OF IT` });
    for (let i = 0; i < 40; i++) await handle.core.call('kpi.create', { objectiveId: objective.id, metric: `Metric ${i} ${'with a long name '.repeat(6)}`, target: 10 });
    const file = path.join(outDir, 'long.pdf');
    await exportBriefPdf(handle.core, { strategyId: long.id }, file);
    const pages = pdfText(file);
    const text = pages.join('\n');
    expect(text).toContain('THE END OF IT');
    expect(text).toContain('Metric 39');
    // The KPI table runs over several pages, with its header row repeated on each.
    const withRows = pages.filter((page) => /Metric \d+/.test(page));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toContain('Baseline');
  });

  it('leaves out the sections the planner did not pick', async () => {
    const preview = await handle.core.call('document.preview', { strategyId: sampleId, sections: ['cover', 'priorities'] });
    expect(preview.html).toContain('Priorities');
    expect(preview.html).not.toContain('Executive summary');
    expect(preview.html).not.toContain('Channel plan');
    expect(preview.fileName).toBe('Digital-diplomacy-strategy-2027-brief.pdf');
  });

  it('escapes every piece of user text', async () => {
    const hostile = await handle.core.call('strategy.create', { title: '<script>alert(1)</script> & "Co"', year: 2027, mission: '<img src=x onerror=alert(1)>' });
    await handle.core.call('priority.create', { strategyId: hostile.id, title: '</style><b>bold</b>' });
    const { html } = await handle.core.call('document.preview', { strategyId: hostile.id, marking: '<i>SECRET</i>' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('<i>SECRET');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
  });

  it('refuses an output folder that is missing or not a folder, before printing, and leaves no file', async () => {
    const missing = path.join(outDir, 'no-such-folder', 'brief.pdf');
    await expect(exportBriefPdf(handle.core, { strategyId: sampleId }, missing)).rejects.toThrow(/does not exist/);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
    const aFile = path.join(outDir, 'not-a-folder');
    fs.writeFileSync(aFile, 'x');
    await expect(exportBriefPdf(handle.core, { strategyId: sampleId }, path.join(aFile, 'brief.pdf'))).rejects.toThrow(/is not a folder/);
    expect(fs.readdirSync(outDir).filter((name) => name.includes('.part'))).toEqual([]);
  });

  it('says which strategy is unknown', async () => {
    await expect(handle.core.call('document.exportPdf', { strategyId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('exports from the command line, and explains an unknown strategy or an unwritable folder', () => {
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) => spawnSync(tsx, [path.join(repoRoot, 'src/web/brief.ts'), '--data', handle.dataDir, ...args], { encoding: 'utf8', timeout: 60_000 });
    // One process per data folder: the command line gets the workspace once this test's core lets go.
    handle.core.close();
    try {
      const unknown = run('--strategy', 'nope', '--out', path.join(outDir, 'x.pdf'));
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('No strategy with id "nope"');
      expect(unknown.stderr).toContain('Digital diplomacy strategy 2027');
      const unwritable = run('--strategy', sampleId, '--out', path.join(outDir, 'missing', 'x.pdf'));
      expect(unwritable.status).toBe(1);
      expect(unwritable.stderr).toMatch(/does not exist/);
      const out = path.join(outDir, 'cli.pdf');
      const ok = run('--strategy', sampleId, '--out', out, '--paper', 'letter', '--marking', 'OFFICIAL', '--sections', 'cover,summary');
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(pdfInfo(out).size).toMatch(/^612/);
      expect(pdfText(out).every((page) => page.includes('OFFICIAL'))).toBe(true);
    } finally {
      handle.reopen();
    }
  }, 90_000);
});
