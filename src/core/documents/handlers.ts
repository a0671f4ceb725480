import type { BriefOptions, ExportOptions, documentCalls } from '../../shared/contract/documents';
import { BRIEF_SECTIONS, EXPORT_FILE_SUFFIXES, EXPORT_MIME_TYPES, type BriefPdf, type BriefSection, type ExportFormat, type ExportedFile } from '../../shared/documents';
import { ChanceryError } from '../../shared/errors';
import type { Context, FeatureHandlers } from '../context';
import { exchangeHandlers } from '../calendar/exchange';
import { audiencesCsv, objectivesCsv } from './csv';
import { loadBriefData } from './data';
import { briefDocx } from './docx';
import { fontNotices, htmlText } from './fontCoverage';
import { bundledFonts, marginFontCss } from './fonts';
import { cancelExport, runExport, type ExportJob } from './jobs';
import { audienceMapFigure, type MapFigure } from './mapFigure';
import { briefMarkdown } from './markdown';
import { readOutline } from './outline';
import { buildOutline } from './briefBlocks';
import { renderBrief, sectionPages, type BriefData, type RenderedBrief } from './render';

export const documentHandlers: FeatureHandlers<typeof documentCalls> = {
  'document.preview': (ctx, input) => {
    // The preview frame cannot load file:// fonts; it shows the brief in the fonts at hand.
    const brief = buildBrief(ctx, input, false);
    return { title: brief.title, fileName: briefFileName(brief.title), html: brief.html };
  },
  'document.exportPdf': (ctx, input) => printBrief(ctx, input),
  'document.export': (ctx, input) => exportDocument(ctx, input),
  'document.cancelExport': (ctx, input) => ({ cancelled: cancelExport(ctx, input.exportId) }),
};

/** Prints the brief to PDF; with a job, reports each printing and stops when cancelled. */
async function printBrief(ctx: Context, input: BriefOptions, job?: ExportJob, data?: BriefData): Promise<BriefPdf> {
  const print = ctx.printPdf;
  if (!print) throw new ChanceryError('internal', 'This version of Chancery cannot print PDF files here.');
  const brief = buildBrief(ctx, input, true, undefined, data);
  let bytes: Uint8Array;
  try {
    await job?.step(1, 'printing');
    bytes = await print({ html: brief.html, ...brief.job, tempDir: ctx.tempDir });
    // A second printing puts on the contents page the page numbers the first one revealed.
    if (brief.sections.includes('contents')) {
      await job?.step(2, 'numbering the pages');
      const pageNumbers = sectionPages(brief.sections, readOutline(bytes));
      if (Object.keys(pageNumbers).length > 0) {
        const numbered = buildBrief(ctx, input, true, pageNumbers, data);
        bytes = await print({ html: numbered.html, ...numbered.job, tempDir: ctx.tempDir });
      }
    }
  } catch (error) {
    if (error instanceof ChanceryError) throw error;
    console.error('[documents] printing failed:', error);
    throw new ChanceryError('internal', `The brief could not be printed to PDF: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // Letters no bundled font covers still print (in the laptop's fonts); the planner hears which.
  const notices = fontNotices(htmlText(brief.html), bundledFonts(ctx.resourcesDir).available);
  return { fileName: briefFileName(brief.title), base64: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength, notices };
}

let exportCount = 0;

/** Any export format, reported through `progress` (task = the export id) and cancellable between steps. */
async function exportDocument(ctx: Context, input: ExportOptions): Promise<ExportedFile> {
  const id = input.exportId ?? `export-${process.pid}-${++exportCount}`;
  const format = input.format;
  const options = { sections: input.sections ?? BRIEF_SECTIONS, marking: input.marking ?? 'UNCLASSIFIED', date: new Date(ctx.now()).toISOString().slice(0, 10) };
  // Load first, so an unknown strategy fails before any progress is reported.
  const data = loadBriefData(ctx, input.strategyId);
  const outline = buildOutline(data, options);
  const total = format === 'pdf' ? 3 : format === 'docx' ? outline.sections.length + 2 : 2;
  let notices: string[] = [];
  const bytes = await runExport(ctx, id, `Exporting ${outline.title}`, total, async (job): Promise<Uint8Array> => {
    await job.step(0, 'gathering the strategy');
    switch (format) {
      case 'pdf': {
        const pdf = await printBrief(ctx, input, job, data);
        notices = pdf.notices;
        return Buffer.from(pdf.base64, 'base64');
      }
      case 'docx': {
        const audienceMap = outline.sections.some((s) => s.section === 'audiences') ? await docxMap(data, notices) : undefined;
        return briefDocx(outline, { paper: input.paper ?? 'a4', audienceMap, onSection: (i) => job.step(i + 1, outline.sections[i]!.heading) });
      }
      case 'markdown':
        await job.step(1, 'writing');
        return Buffer.from(briefMarkdown(outline), 'utf8');
      case 'csv-objectives':
        await job.step(1, 'writing');
        return objectivesCsv(data);
      case 'csv-audiences':
        await job.step(1, 'writing');
        return audiencesCsv(data);
      // The calendar core's own exports, as the Calendar place writes them.
      case 'csv-items':
        await job.step(1, 'writing');
        return Buffer.from((await exchangeHandlers['calendar.exportCsv'](ctx, { strategyId: input.strategyId })).content, 'utf8');
      case 'ics':
        await job.step(1, 'writing');
        return Buffer.from((await exchangeHandlers['calendar.exportIcs'](ctx, { strategyId: input.strategyId })).content, 'utf8');
    }
  });
  return {
    format,
    mimeType: EXPORT_MIME_TYPES[format],
    fileName: exportFileName(outline.title, format),
    base64: Buffer.from(bytes).toString('base64'),
    bytes: bytes.byteLength,
    notices,
  };
}

/** The audience map for the DOCX; without it (the image library failed) the document still has the table, and the planner hears why. */
async function docxMap(data: BriefData, notices: string[]): Promise<MapFigure | undefined> {
  try {
    return await audienceMapFigure(data.audiences);
  } catch (error) {
    console.error('[documents] the audience map could not be drawn for the DOCX:', error);
    notices.push('The audience map could not be drawn in the Word document; the audience table lists every audience.');
    return undefined;
  }
}

/** Renders the brief for a strategy; used by both calls and by the command-line export. */
export function buildBrief(ctx: Context, input: BriefOptions, withFonts: boolean, pageNumbers?: Partial<Record<BriefSection, number>>, data?: BriefData): RenderedBrief {
  return renderBrief(data ?? loadBriefData(ctx, input.strategyId), {
    sections: input.sections ?? BRIEF_SECTIONS,
    paper: input.paper ?? 'a4',
    marking: input.marking ?? 'UNCLASSIFIED',
    date: new Date(ctx.now()).toISOString().slice(0, 10),
    fontCss: withFonts ? bundledFonts(ctx.resourcesDir).css : '',
    marginFontCss: withFonts ? marginFontCss(ctx.resourcesDir) : '',
    pageNumbers,
  });
}

/** "Aurelia-Embassy-2027-brief.pdf": letters and digits of any script, dashes between words. */
export function briefFileName(title: string): string {
  return exportFileName(title, 'pdf');
}

/** The file name for an export: "Aurelia-2027-brief.docx", "Aurelia-2027-audiences.csv". */
export function exportFileName(title: string, format: ExportFormat): string {
  const slug = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'strategy'}${EXPORT_FILE_SUFFIXES[format]}`;
}
