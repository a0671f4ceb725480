// The DOCX brief opened by a real word processor: LibreOffice (headless) converts the sample strategy's
// export to text and to PDF. Every section heading, the audience map picture with its caption, and
// Arabic and Chinese text must come through. CI installs LibreOffice (.ci/run, scripts/ensure-test-tools.mjs);
// without it these tests fail, saying how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_SECTION_LABELS } from '../../src/shared/documents';
import { exportBrief } from '../../src/web/briefExport';
import { tempCore, tempDir, type TempCore } from '../support/tempCore';

const NUMBERED = ['summary', 'objectives', 'priorities', 'platforms', 'audiences', 'messages', 'channelPlan', 'campaigns', 'calendarOverview', 'upcoming'] as const;
const ARABIC = 'منحة دراسية كل عام';
const CHINESE = '加强与中国青年的数字对话';
const HEBREW = 'שיח עם הקהילה הישראלית';
/** LibreOffice's first start (building its profile) is slow on a busy two-core machine. */
const SLOW = 240_000;

let handle: TempCore;
let outDir: string;
let docx: string;

beforeAll(async () => {
  handle = tempCore({ demo: true });
  outDir = tempDir('chancery-docx-lo-');
  const strategyId = (await handle.core.call('strategy.list', {}))[0]!.id;
  await handle.core.call('objective.create', { strategyId, title: CHINESE, description: '在微博上介绍奥雷利亚的奖学金。' });
  await handle.core.call('priority.create', { strategyId, title: HEBREW });
  docx = path.join(outDir, 'brief.docx');
  await exportBrief(handle.core, { strategyId, format: 'docx', marking: 'RESTRICTED' }, docx);
});
afterAll(() => {
  handle.cleanup();
  fs.rmSync(outDir, { recursive: true, force: true });
});

/** Converts `file` with headless LibreOffice into `outDir`, using a profile of its own so parallel runs do not clash. */
function soffice(file: string, to: string): string {
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error(
      'LibreOffice (soffice) is not installed, so the DOCX cannot be opened with a real word processor. Install it with:\n' +
        '  apt-get install -y --no-install-recommends libreoffice-writer-nogui\n(`npm test` installs it through scripts/ensure-test-tools.mjs when run as root.)',
    );
  }
  const profile = pathToFileURL(fs.mkdtempSync(path.join(outDir, 'lo-profile-'))).href;
  const target = fs.mkdtempSync(path.join(outDir, 'converted-'));
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', target, file], { encoding: 'utf8', timeout: SLOW - 10_000, stdio: 'pipe' });
  const [converted] = fs.readdirSync(target);
  if (!converted) throw new Error(`LibreOffice wrote nothing converting ${path.basename(file)} to ${to}`);
  return path.join(target, converted);
}

describe('the DOCX brief in LibreOffice', () => {
  it('embeds the audience map as a PNG picture (with its SVG) and alt text, referenced from the document', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const pngs = Object.keys(zip.files).filter((name) => /^word\/media\/[^/]+\.png$/.test(name));
    expect(pngs).toHaveLength(1);
    expect(Object.keys(zip.files).some((name) => /^word\/media\/[^/]+\.svg$/.test(name))).toBe(true);
    const png = await zip.file(pngs[0]!)!.async('nodebuffer');
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBeGreaterThan(1000);

    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const relId = new RegExp(`Id="([^"]+)"[^>]*Target="${pngs[0]!.replace('word/', '')}"`).exec(rels)?.[1];
    expect(relId).toBeTruthy();
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain(`r:embed="${relId}"`);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Audiences placed by influence and interest\. [^"]+"[^>]*title="Influence-interest map of \d+ audiences"/);
  });

  it(
    'opens as text with every section heading, the figure caption, and Arabic, Hebrew and Chinese intact',
    () => {
      const text = fs.readFileSync(soffice(docx, 'txt:Text (encoded):UTF8'), 'utf8').normalize('NFC');
      NUMBERED.forEach((section, i) => expect(text).toMatch(new RegExp(`^${i + 1} ${BRIEF_SECTION_LABELS[section]}$`, 'm')));
      expect(text).toContain('Digital diplomacy strategy 2027');
      expect(text).toContain('RESTRICTED');
      expect(text).toContain('Figure 1. Audiences by influence (up) and interest (right)');
      expect(text).toContain(ARABIC);
      expect(text).toContain(HEBREW);
      expect(text).toContain(CHINESE);
      expect(text).toContain('在微博上介绍奥雷利亚的奖学金。');
    },
    SLOW,
  );

  it(
    'prints to PDF with the map as a picture on the Audiences page',
    () => {
      const pdf = soffice(docx, 'pdf');
      const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
      const audiencesPage = pages.findIndex((page) => new RegExp(`^5 ${BRIEF_SECTION_LABELS.audiences}$`, 'm').test(page)) + 1;
      expect(audiencesPage).toBeGreaterThan(0);
      expect(pages[audiencesPage - 1]).toContain('Figure 1.');
      // pdfimages -list: "page num type width height ..." per image, after two header lines.
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '')
        .map((line) => line.trim().split(/\s+/).map(Number));
      expect(images.some(([page, , , width]) => page === audiencesPage && width! > 1000)).toBe(true);
    },
    SLOW,
  );
});
