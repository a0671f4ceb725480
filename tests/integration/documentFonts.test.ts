// Missing fonts and scripts no bundled font covers: the PDF brief still prints, whole and readable,
// and the export tells the planner which text prints in the laptop's own fonts, and why.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/core';
import type { ExportedFile } from '../../src/shared/documents';
import { playwrightPrinter } from '../../src/web/pdf';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const SECTIONS = ['cover', 'objectives', 'priorities'] as const;
const CHINESE = '加强与中国青年的数字对话';
const THAI = 'สวัสดี นักศึกษาไทย';
const KOREAN = '한국 청년과의 대화';
const HINDI = 'भारत के युवाओं से संवाद';
const KHMER = 'សួស្តី និស្សិត';
const GEORGIAN = 'გამარჯობა სტუდენტებო';
const handles: TempCore[] = [];
const dirs: string[] = [];

afterAll(() => {
  for (const handle of handles) handle.cleanup();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * An app folder like a damaged install: the repository's migrations and resources, except that
 * `fonts` decides what resources/fonts holds. No node_modules beside it, so nothing falls back there.
 */
function appRootWith(fonts: 'latin-only' | 'none'): string {
  const root = tempDir('chancery-fonts-app-');
  dirs.push(root);
  fs.symlinkSync(path.join(repoRoot, 'drizzle'), path.join(root, 'drizzle'));
  const resources = path.join(root, 'resources');
  fs.mkdirSync(resources);
  for (const entry of ['templates', 'observances.json']) fs.symlinkSync(path.join(repoRoot, 'resources', entry), path.join(resources, entry));
  if (fonts === 'latin-only') {
    // fonts.css and its files, but not the Chinese, Japanese and Korean folders.
    const from = path.join(repoRoot, 'resources', 'fonts');
    fs.mkdirSync(path.join(resources, 'fonts'));
    for (const name of fs.readdirSync(from)) if (fs.statSync(path.join(from, name)).isFile()) fs.copyFileSync(path.join(from, name), path.join(resources, 'fonts', name));
  }
  return root;
}

async function sampleWith(core: Core, texts: string[]): Promise<string> {
  const strategyId = (await core.call('strategy.list', {}))[0]!.id;
  for (const title of texts) await core.call('priority.create', { strategyId, title });
  return strategyId;
}

async function exportPdf(core: Core, strategyId: string): Promise<{ file: ExportedFile; text: string; pages: number; out: string }> {
  const file = await core.call('document.export', { strategyId, format: 'pdf', sections: [...SECTIONS] });
  const out = path.join(tempDir('chancery-fonts-out-'), file.fileName);
  dirs.push(path.dirname(out));
  fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
  expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
  return { file, text, pages, out };
}

function open(appRoot?: string): Core {
  const handle = tempCore({ demo: true, printPdf: playwrightPrinter(), ...(appRoot ? { appRoot } : {}) });
  handles.push(handle);
  return handle.core;
}

describe('fonts the brief lacks', () => {
  let complete: Core;
  beforeAll(() => {
    complete = open();
  });

  it('prints Chinese, Korean, Thai and Hindi in bundled fonts; Khmer and Georgian in the laptop’s, and says so', async () => {
    const strategyId = await sampleWith(complete, [CHINESE, THAI, KOREAN, HINDI, KHMER, GEORGIAN]);
    const { file, text, out } = await exportPdf(complete, strategyId);
    for (const words of [CHINESE, KOREAN, 'นักศึกษาไทย', 'युवाओं']) expect(text).toContain(words);
    expect(text).toContain('Priorities');
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    for (const family of ['NotoSansSC', 'NotoSansKR', 'NotoSansThai', 'NotoSansDevanagari']) expect(fonts).toContain(family);
    expect(file.notices).toEqual([
      'Khmer text has no bundled font; it prints in this computer’s own fonts, which may look different or show as empty boxes.',
      'Georgian text has no bundled font; it prints in this computer’s own fonts, which may look different or show as empty boxes.',
    ]);
  });

  it('prints the page header and footer (title, marking, page numbers) in the bundled font, not the laptop’s', async () => {
    const strategyId = (await complete.call('strategy.list', {}))[0]!.id;
    const { out } = await exportPdf(complete, strategyId);
    // The cover page's own text is Latin, so every font on it is the bundled Noto Sans; the margins used to print in DejaVu Sans.
    const fonts = execFileSync('pdffonts', ['-f', '1', '-l', '1', out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.startsWith('NotoSans'))).toBe(true);
  });

  it('has nothing to say about a brief whose every letter has its font, and nothing for a DOCX', async () => {
    const strategyId = (await complete.call('strategy.create', { title: 'Plan', year: 2027 })).id;
    await complete.call('priority.create', { strategyId, title: `${CHINESE} الشباب Молодёжь` });
    expect((await exportPdf(complete, strategyId)).file.notices).toEqual([]);
    expect((await complete.call('document.export', { strategyId, format: 'docx' })).notices).toEqual([]);
  });

  it('prints a whole brief when the Chinese, Japanese and Korean fonts are missing, and names the missing folders', async () => {
    const core = open(appRootWith('latin-only'));
    const strategyId = await sampleWith(core, [CHINESE, '日本の若者との対話']);
    const { file, text, pages } = await exportPdf(core, strategyId);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Priorities');
    expect(text).toContain('Objectives and KPIs');
    expect(file.notices).toEqual([
      'Chinese (Han) text has no bundled font; it prints in this computer’s own fonts, which may look different or show as empty boxes.',
      'Japanese (kana) text has no bundled font; it prints in this computer’s own fonts, which may look different or show as empty boxes.',
      'Some of Chancery’s fonts are missing (resources/fonts/noto-sans-sc, resources/fonts/noto-sans-jp, resources/fonts/noto-sans-kr); reinstalling Chancery restores them.',
    ]);
  });

  it('prints a whole brief with no bundled fonts at all, and says every script falls back', async () => {
    const core = open(appRootWith('none'));
    const strategyId = await sampleWith(core, []);
    const { file, text } = await exportPdf(core, strategyId);
    expect(text).toContain('Digital diplomacy strategy 2027');
    expect(text).toContain('Priorities');
    expect(file.notices[0]).toMatch(/^Latin text has no bundled font/);
    expect(file.notices.at(-1)).toBe(
      'Some of Chancery’s fonts are missing (resources/fonts/fonts.css, resources/fonts/noto-sans-sc, resources/fonts/noto-sans-jp, resources/fonts/noto-sans-kr); reinstalling Chancery restores them.',
    );
  });
});
