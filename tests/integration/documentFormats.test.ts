// The brief's other formats read back by real readers: the DOCX unzipped (jszip) and its WordprocessingML
// read, the Markdown's headings, the CSV parsed by csv-parse; progress events and cancelling.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Events } from '../../src/shared/contract';
import { BRIEF_SECTION_LABELS } from '../../src/shared/documents';
import { exportBrief } from '../../src/web/briefExport';
import { playwrightPrinter } from '../../src/web/pdf';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const NUMBERED = ['summary', 'objectives', 'priorities', 'platforms', 'audiences', 'messages', 'channelPlan', 'campaigns', 'calendarOverview', 'upcoming'] as const;
const ARABIC = 'منحة دراسية كل عام';
// Names hold no line breaks (the contract turns them into spaces); quotes, commas and pipes they may.
const TRICKY = 'Youth, "digital" natives | second line';
let handle: TempCore;
let outDir: string;
let sampleId: string;

beforeAll(async () => {
  handle = tempCore({ demo: true, printPdf: playwrightPrinter() });
  outDir = tempDir('chancery-formats-');
  sampleId = (await handle.core.call('strategy.list', {}))[0]!.id;
  await handle.core.call('priority.create', { strategyId: sampleId, title: 'שיח עם הקהילה הישראלית' });
  await handle.core.call('audience.create', { strategyId: sampleId, name: TRICKY, kind: 'public_segment', needs: 'الشباب في الخليج' });
});
afterAll(() => {
  handle.cleanup();
  fs.rmSync(outDir, { recursive: true, force: true });
});

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Each <w:p> of a WordprocessingML part: its style, whether it is right to left, and its text. */
function paragraphs(xml: string): { style: string | null; bidi: boolean; text: string }[] {
  return xml.split('</w:p>').map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    bidi: /<w:bidi\s*\/>|<w:bidi w:val="(true|1)"/.test(p),
    text: decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

describe('the DOCX brief', () => {
  it('has every section as a Word heading, a TOC field, the marking in header and footer, repeated table headers and right-to-left Arabic', async () => {
    const file = path.join(outDir, 'brief.docx');
    await exportBrief(handle.core, { strategyId: sampleId, format: 'docx', marking: 'RESTRICTED' }, file);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(bytes);
    const document = await zip.file('word/document.xml')!.async('string');
    const paras = paragraphs(document);

    const headings = paras.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual([...NUMBERED.map((s, i) => `${i + 1} ${BRIEF_SECTION_LABELS[s]}`)]);
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain('Key messages by audience');
    expect(paras.some((p) => p.style === 'Title' && p.text === 'Digital diplomacy strategy 2027')).toBe(true);
    expect(document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(paras.some((p) => p.style === null && p.text === 'Contents')).toBe(true);
    expect(document).toContain('<w:tblHeader/>');
    expect(await zip.file('word/settings.xml')!.async('string')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);

    // The marking on the cover, and in the header and footer with "Page n of N" fields.
    expect(paras.some((p) => p.text === 'RESTRICTED')).toBe(true);
    const parts = Object.keys(zip.files);
    const headers = await Promise.all(parts.filter((p) => /^word\/header\d*\.xml$/.test(p)).map((p) => zip.file(p)!.async('string')));
    const footers = await Promise.all(parts.filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => zip.file(p)!.async('string')));
    expect(headers.some((xml) => xml.includes('RESTRICTED'))).toBe(true);
    const footer = footers.find((xml) => xml.includes('RESTRICTED'))!;
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);

    // Arabic and Hebrew intact, in bidirectional paragraphs.
    const arabic = paras.find((p) => p.text.includes(ARABIC));
    expect(arabic?.bidi).toBe(true);
    expect(document).toContain('<w:rtl/>');
    expect(paras.find((p) => p.text.includes('שיח עם הקהילה הישראלית'))?.bidi).toBe(true);
    expect(paras.find((p) => p.style === 'Heading1' && p.text === '1 Executive summary')?.bidi).toBe(false);
    // An independent DOCX reader (mammoth) finds the same headings and text, the Arabic intact.
    const { value: raw } = await mammoth.extractRawText({ buffer: bytes });
    for (const s of NUMBERED) expect(raw).toContain(BRIEF_SECTION_LABELS[s]);
    expect(raw).toContain(ARABIC);
    expect(raw).toContain('Digital diplomacy strategy 2027');
    // Quotes and pipes inside user text stay as typed.
    expect(raw).toContain(TRICKY);
    expect(document).toContain('Youth, &quot;digital&quot; natives | second line');
    const { value: markup } = await mammoth.convertToHtml({ buffer: bytes });
    expect(markup).toMatch(/<h1>(?:<a id="[^"]*"><\/a>)?3 Priorities<\/h1>/);
    // Paper: A4 in twips.
    expect(document).toMatch(/<w:pgSz w:w="1190[4-8]" w:h="1683[6-9]"/);
  });

  it('is short and sensible for an empty strategy, on US Letter', async () => {
    const empty = await handle.core.call('strategy.create', { title: 'Empty plan', year: 2028 });
    const out = await handle.core.call('document.export', { strategyId: empty.id, format: 'docx', paper: 'letter' });
    expect(out.fileName).toBe('Empty-plan-2028-brief.docx');
    expect(out.mimeType).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(Buffer.from(out.base64, 'base64'));
    const document = await zip.file('word/document.xml')!.async('string');
    const headings = paragraphs(document).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(['1 Executive summary']);
    expect(document).toContain('No objectives have been set yet.');
    expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });
});

describe('the Markdown brief', () => {
  it('has the same sections as headings, and the marking', async () => {
    const out = await handle.core.call('document.export', { strategyId: sampleId, format: 'markdown', marking: 'OFFICIAL' });
    expect(out.fileName).toBe('Digital-diplomacy-strategy-2027-brief.md');
    const md = Buffer.from(out.base64, 'base64').toString('utf8');
    const h2 = md.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(h2).toEqual(['Contents', ...NUMBERED.map((s, i) => `${i + 1} ${BRIEF_SECTION_LABELS[s]}`)]);
    expect(md.startsWith('**OFFICIAL**')).toBe(true);
    expect(md).toContain('# Digital diplomacy strategy 2027');
    expect(md).toContain('### Key messages by audience');
    expect(md).toContain(ARABIC);
    // The tricky audience stays in one table row, its pipe-free text escaped where needed.
    expect(md).toContain('| Youth, "digital" natives \\| second line |');
  });
});

describe('the CSV tables', () => {
  it('round-trips quotes, commas, line breaks and Arabic, with a byte-order mark for Excel', async () => {
    const out = await handle.core.call('document.export', { strategyId: sampleId, format: 'csv-audiences' });
    expect(out.fileName).toBe('Digital-diplomacy-strategy-2027-audiences.csv');
    const bytes = Buffer.from(out.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true });
    expect(rows[0]!.slice(0, 3)).toEqual(['#', 'Audience', 'Kind']);
    const audiences = await handle.core.call('audience.list', { strategyId: sampleId });
    expect(rows.length).toBe(audiences.length + 1);
    const tricky = rows.find((r) => r[1] === TRICKY)!;
    expect(tricky).toBeDefined();
    expect(tricky[11]).toBe('الشباب في الخليج');
  });

  it('lists every KPI of every objective', async () => {
    const out = await handle.core.call('document.export', { strategyId: sampleId, format: 'csv-objectives' });
    const rows: string[][] = parse(Buffer.from(out.base64, 'base64'), { bom: true, columns: true });
    const detail = await handle.core.call('strategy.get', { id: sampleId });
    const kpis = detail.objectives.reduce((n, o) => n + Math.max(1, o.kpis.length), 0);
    expect(rows.length).toBe(kpis);
    const first = detail.objectives[0]!;
    expect(rows[0]).toMatchObject({ 'Objective #': '1', Objective: first.title, KPI: first.kpis[0]?.metric ?? '' });
  });
});

describe('the calendar exports', () => {
  it('writes the content items as CSV, through the calendar core, and it parses back', async () => {
    const out = await handle.core.call('document.export', { strategyId: sampleId, format: 'csv-items' });
    expect(out.fileName).toBe('Digital-diplomacy-strategy-2027-items.csv');
    expect(out.mimeType).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = parse(Buffer.from(out.base64, 'base64'), { bom: true, columns: true });
    const direct = await handle.core.call('calendar.exportCsv', { strategyId: sampleId });
    const expected: Record<string, string>[] = parse(direct.content, { bom: true, columns: true });
    expect(rows.length).toBeGreaterThan(10);
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r.title)).toContain('Scholarship call opens');
    expect(rows.every((r) => r.time_zone !== '')).toBe(true);
  });

  it('writes the calendar as iCalendar that ical.js reads back, with the sample’s posts as events', async () => {
    const out = await handle.core.call('document.export', { strategyId: sampleId, format: 'ics' });
    expect(out.fileName).toBe('Digital-diplomacy-strategy-2027-calendar.ics');
    expect(out.mimeType).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(out.base64, 'base64').toString('utf8')));
    expect(calendar.name).toBe('vcalendar');
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.length).toBeGreaterThan(10);
    expect(summaries.some((s) => s.includes('Scholarship call opens'))).toBe(true);
  });
});

describe('long exports', () => {
  it('report progress in order, ending at the total', async () => {
    const seen: Events['progress'][] = [];
    const off = handle.core.on('progress', (p) => {
      if (p.task === 'progress-test') seen.push(p);
    });
    await handle.core.call('document.export', { strategyId: sampleId, format: 'docx', exportId: 'progress-test' });
    off();
    expect(seen.length).toBeGreaterThanOrEqual(NUMBERED.length + 2);
    const total = seen[0]!.total;
    expect(seen.every((p) => p.total === total)).toBe(true);
    seen.forEach((p, i) => {
      if (i > 0) expect(p.done).toBeGreaterThan(seen[i - 1]!.done);
    });
    expect(seen.at(-1)!.done).toBe(total);
    expect(seen.at(-1)!.label).toMatch(/done$/);
    expect(seen.some((p) => p.label.includes('3 Priorities'))).toBe(true);
  });

  it('can be cancelled, and a cancelled export writes nothing', async () => {
    const file = path.join(outDir, 'cancelled.docx');
    const off = handle.core.on('progress', (p) => {
      if (p.task === 'cancel-test' && p.done === 1) void handle.core.call('document.cancelExport', { exportId: 'cancel-test' });
    });
    await expect(exportBrief(handle.core, { strategyId: sampleId, format: 'docx', exportId: 'cancel-test' }, file)).rejects.toThrow(/cancelled/);
    off();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(outDir).filter((name) => name.includes('cancelled'))).toEqual([]);
    expect(await handle.core.call('document.cancelExport', { exportId: 'cancel-test' })).toEqual({ cancelled: false });
  });

  it('stops a PDF export cancelled while it prints, before the second printing, and writes nothing', async () => {
    const file = path.join(outDir, 'cancelled.pdf');
    const seen: string[] = [];
    const off = handle.core.on('progress', (p) => {
      if (p.task !== 'cancel-pdf') return;
      seen.push(p.label);
      if (p.label.endsWith('printing')) void handle.core.call('document.cancelExport', { exportId: 'cancel-pdf' });
    });
    await expect(exportBrief(handle.core, { strategyId: sampleId, format: 'pdf', exportId: 'cancel-pdf' }, file)).rejects.toThrow(/cancelled/);
    off();
    expect(seen.some((label) => label.endsWith('numbering the pages'))).toBe(false);
    expect(seen.at(-1)).toMatch(/cancelled$/);
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);

  it('exports the PDF through the same call, in order', async () => {
    const steps: number[] = [];
    const off = handle.core.on('progress', (p) => {
      if (p.task === 'pdf-test') steps.push(p.done);
    });
    const out = await handle.core.call('document.export', { strategyId: sampleId, format: 'pdf', exportId: 'pdf-test', sections: ['cover', 'summary'] });
    off();
    expect(out.fileName).toBe('Digital-diplomacy-strategy-2027-brief.pdf');
    expect(Buffer.from(out.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(steps).toEqual([0, 1, 3]);
  }, 60_000);

  it('refuses an unknown format and an unknown strategy', async () => {
    await expect(handle.core.call('document.export', { strategyId: sampleId, format: 'rtf' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(handle.core.call('document.export', { strategyId: 'nope', format: 'docx' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the command line', () => {
  // Four cold starts of the command line one after another (one process per data folder): each takes
  // 10 to 20 s while the other test files fill both cores, so the whole needs more than the default.
  it('takes the format from --format or from the --out extension', () => {
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) => spawnSync(tsx, [path.join(repoRoot, 'src/web/brief.ts'), '--data', handle.dataDir, '--strategy', sampleId, ...args], { encoding: 'utf8', timeout: 120_000 });
    // One process per data folder: the command line gets the workspace once this test's core lets go.
    handle.core.close();
    try {
      const docx = path.join(outDir, 'cli.docx');
      const a = run('--out', docx);
      expect(a.stderr).toBe('');
      expect(a.status).toBe(0);
      expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
      const md = path.join(outDir, 'cli.txt');
      const b = run('--out', md, '--format', 'markdown');
      expect(b.status).toBe(0);
      expect(fs.readFileSync(md, 'utf8')).toContain('## 1 Executive summary');
      const c = run('--out', path.join(outDir, 'cli.xyz'));
      expect(c.status).toBe(1);
      expect(c.stderr).toContain('--format');
      const ics = path.join(outDir, 'cli.ics');
      const d = run('--out', ics);
      expect(d.stderr).toBe('');
      expect(d.status).toBe(0);
      expect(fs.readFileSync(ics, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    } finally {
      handle.reopen();
    }
  }, 240_000);
});
