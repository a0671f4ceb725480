import type { BriefOptions, documentCalls } from '../../shared/contract/documents';
import { BRIEF_SECTIONS, type BriefSection } from '../../shared/documents';
import { ChanceryError } from '../../shared/errors';
import type { Context, FeatureHandlers } from '../context';
import { loadBriefData } from './data';
import { fontFaceCss } from './fonts';
import { readOutline } from './outline';
import { renderBrief, sectionPages, type RenderedBrief } from './render';

export const documentHandlers: FeatureHandlers<typeof documentCalls> = {
  'document.preview': (ctx, input) => {
    // The preview frame cannot load file:// fonts; it shows the brief in the fonts at hand.
    const brief = buildBrief(ctx, input, false);
    return { title: brief.title, fileName: briefFileName(brief.title), html: brief.html };
  },
  'document.exportPdf': async (ctx, input) => {
    const print = ctx.printPdf;
    if (!print) throw new ChanceryError('internal', 'This version of Chancery cannot print PDF files here.');
    const brief = buildBrief(ctx, input, true);
    let bytes: Uint8Array;
    try {
      bytes = await print({ html: brief.html, ...brief.job });
      // A second printing puts on the contents page the page numbers the first one revealed.
      if (brief.sections.includes('contents')) {
        const pageNumbers = sectionPages(brief.sections, readOutline(bytes));
        if (Object.keys(pageNumbers).length > 0) {
          const numbered = buildBrief(ctx, input, true, pageNumbers);
          bytes = await print({ html: numbered.html, ...numbered.job });
        }
      }
    } catch (error) {
      if (error instanceof ChanceryError) throw error;
      console.error('[documents] printing failed:', error);
      throw new ChanceryError('internal', `The brief could not be printed to PDF: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    return { fileName: briefFileName(brief.title), base64: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
  },
};

/** Renders the brief for a strategy; used by both calls and by the command-line export. */
export function buildBrief(ctx: Context, input: BriefOptions, withFonts: boolean, pageNumbers?: Partial<Record<BriefSection, number>>): RenderedBrief {
  const data = loadBriefData(ctx, input.strategyId);
  return renderBrief(data, {
    sections: input.sections ?? BRIEF_SECTIONS,
    paper: input.paper ?? 'a4',
    marking: input.marking ?? 'UNCLASSIFIED',
    date: new Date(ctx.now()).toISOString().slice(0, 10),
    fontCss: withFonts ? fontFaceCss(ctx.resourcesDir) : '',
    pageNumbers,
  });
}

/** "Aurelia-Embassy-2027-brief.pdf": letters and digits of any script, dashes between words. */
export function briefFileName(title: string): string {
  const slug = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'strategy'}-brief.pdf`;
}
