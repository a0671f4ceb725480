// The brief as an editable Word document (DOCX), built with the `docx` library from the same outline
// as the Markdown: real Heading styles (Word's navigation pane and a TOC field work), the marking in
// every page's header and footer with "Page n of N", header rows repeated when a table breaks,
// right-to-left paragraphs marked bidirectional, and the audience map as a picture (mapFigure.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type FileChild,
} from 'docx';
import type { PaperSize } from '../../shared/documents';
import type { Block, BriefOutline } from './briefBlocks';
import { textDirection } from './briefBlocks';
import type { MapFigure } from './mapFigure';
import { PAPER_MM } from './printer';

const MARK_COLOUR = '7A1020';
const MARGIN_MM = { top: 22, bottom: 20, left: 18, right: 18 };
const MUTED_COLOUR = '52606D';
const FONT = { ascii: 'Noto Sans', hAnsi: 'Noto Sans', cs: 'Noto Sans Arabic', eastAsia: 'Noto Sans SC' };

/** Characters XML 1.0 cannot hold; user text loses them rather than make the file unreadable. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** User text as runs, right to left when its paragraph is; line breaks inside it stay line breaks. */
function run(text: string, options: { bold?: boolean; italics?: boolean; color?: string; size?: number; rtl?: boolean } = {}): TextRun[] {
  const { rtl, ...rest } = options;
  const rightToLeft = (rtl ?? textDirection(text) === 'rtl') || undefined;
  return text
    .replace(XML_INVALID, '')
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, ...rest, rightToLeft, break: i > 0 ? 1 : undefined }));
}

function para(text: string, options: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bold?: boolean; italics?: boolean; color?: string; size?: number; direction?: 'ltr' | 'rtl'; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; spacingAfter?: number } = {}): Paragraph {
  const rtl = (options.direction ?? textDirection(text)) === 'rtl';
  return new Paragraph({
    heading: options.heading,
    bidirectional: rtl || undefined,
    alignment: options.alignment,
    spacing: options.spacingAfter === undefined ? undefined : { after: options.spacingAfter },
    children: run(text, { bold: options.bold, italics: options.italics, color: options.color, size: options.size, rtl }),
  });
}

function cell(text: string, header: boolean, numeric: boolean): TableCell {
  const rtl = textDirection(text) === 'rtl';
  return new TableCell({
    shading: header ? { type: ShadingType.CLEAR, fill: 'E3EBF5', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        bidirectional: rtl || undefined,
        alignment: numeric ? AlignmentType.RIGHT : undefined,
        children: run(text, { bold: header, size: 18, rtl }),
      }),
    ],
  });
}

/**
 * Rough widths, in twips, of one character of the 9 pt table text (bold in the header row), allowing
 * for a reader that substitutes a slightly wider font, and of a cell's margins and border.
 */
const CHAR_TWIPS = 105;
const BOLD_CHAR_TWIPS = 120;
const CELL_PADDING_TWIPS = 220;
/** Words longer than this (URLs, handles) may wrap inside their cell. */
const LONG_WORD = 20;

/**
 * Column widths (twips) sharing `total` the way a browser lays out an automatic table: each column at
 * least as wide as its longest word (so "Platform" does not break into "Platfo-rm"), the rest of the
 * width given to the columns whose texts want more. Without them readers split the page into equal columns.
 */
export function columnWidths(header: string[], rows: string[][], total: number): number[] {
  const lines = (text: string) => text.split(/\r?\n/);
  const longestWord = (texts: string[]) => Math.max(0, ...texts.flatMap(lines).flatMap((t) => t.split(/\s+/).map((w) => [...w].length)));
  const longestLine = (texts: string[]) => Math.max(0, ...texts.flatMap(lines).map((t) => [...t].length));
  const columns = header.map((h, i) => {
    const cells = rows.map((row) => row[i] ?? '');
    // A very long word (a URL) may break rather than starve the other columns.
    const least = CELL_PADDING_TWIPS + Math.max(longestWord([h]) * BOLD_CHAR_TWIPS, Math.min(longestWord(cells), LONG_WORD) * CHAR_TWIPS);
    const natural = CELL_PADDING_TWIPS + Math.max(longestLine([h]) * BOLD_CHAR_TWIPS, longestLine(cells) * CHAR_TWIPS);
    return { least, natural: Math.max(least, natural) };
  });
  const leastSum = columns.reduce((sum, c) => sum + c.least, 0);
  const naturalSum = columns.reduce((sum, c) => sum + c.natural, 0);
  let widths: number[];
  if (leastSum >= total) widths = columns.map((c) => (c.least / leastSum) * total);
  else if (naturalSum <= total) widths = columns.map((c) => (c.natural / naturalSum) * total);
  else widths = columns.map((c) => c.least + ((c.natural - c.least) / (naturalSum - leastSum)) * (total - leastSum));
  return widths.map(Math.floor);
}

function table(block: Extract<Block, { kind: 'table' }>, widthTwips: number): Table {
  const numeric = block.numeric ?? [];
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'CBD2D9' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columnWidths(block.header, block.rows, widthTwips),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      // Repeated at the top of every page the table runs onto.
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell(h, true, numeric[i] ?? false)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, false, numeric[i] ?? false)) })),
    ],
  });
}

export function blockChildren(block: Block, widthTwips: number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [para(block.text, { heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 })];
    case 'paragraph':
      return [
        para(block.text, {
          direction: block.direction,
          bold: block.tone === 'strong',
          italics: block.tone === 'quote',
          color: block.tone === 'muted' ? MUTED_COLOUR : undefined,
          size: block.tone === 'quote' ? 26 : undefined,
        }),
      ];
    case 'list':
      return block.items.map((item, i) => {
        const text = `${block.ordered ? `${i + 1}.` : '•'} ${item}`;
        const rtl = textDirection(item) === 'rtl';
        return new Paragraph({ bidirectional: rtl || undefined, indent: { start: 360 }, children: run(text, { rtl }) });
      });
    case 'table':
      return [table(block, widthTwips), new Paragraph({ text: '' })];
  }
}

function coverChildren(outline: BriefOutline): FileChild[] {
  const cover = outline.cover!;
  const children: FileChild[] = [
    para(outline.marking, { bold: true, color: MARK_COLOUR, alignment: AlignmentType.CENTER, size: 24, spacingAfter: 1600 }),
    para(cover.kicker, { color: MUTED_COLOUR, spacingAfter: 200 }),
    para(cover.title, { heading: HeadingLevel.TITLE }),
  ];
  if (cover.mission) children.push(para(cover.mission, { size: 28, color: MUTED_COLOUR, spacingAfter: 800 }));
  children.push(factsTable(cover.facts), new Paragraph({ children: [new PageBreak()] }));
  return children;
}

function factsTable(facts: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: facts.map(([label, value]) => new TableRow({ cantSplit: true, children: [cell(label, true, false), cell(value, false, false)] })),
  });
}

/** The audience map as a centred picture (SVG with its PNG copy), alt text included, and its caption. */
function figureChildren(figure: MapFigure): FileChild[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: figure.svg,
          fallback: { type: 'png', data: figure.png },
          transformation: { width: figure.width, height: figure.height },
          altText: { name: 'Audience map', title: figure.title, description: figure.description },
        }),
      ],
    }),
    para(figure.caption, { color: MUTED_COLOUR, size: 17, alignment: AlignmentType.CENTER, spacingAfter: 240 }),
  ];
}

export interface DocxOptions {
  paper: PaperSize;
  /** The influence-interest map, placed at the top of the Audiences section. */
  audienceMap?: MapFigure;
  /** Called between sections, so a long export can report and stop. */
  onSection?: (index: number) => Promise<void>;
}

export async function briefDocx(outline: BriefOutline, options: DocxOptions): Promise<Uint8Array> {
  const { width, height } = PAPER_MM[options.paper];
  const textWidth = convertMillimetersToTwip(width - MARGIN_MM.left - MARGIN_MM.right);
  const children: FileChild[] = [];
  if (outline.cover) children.push(...coverChildren(outline));
  if (outline.contents) {
    // Styled like a section heading, but not a Heading 1: the contents do not list themselves.
    children.push(para('Contents', { bold: true, size: 32, color: '1F3A5F', spacingAfter: 160 }));
    children.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }));
    children.push(para('Word and LibreOffice fill in the page numbers when they update the table of contents.', { color: MUTED_COLOUR, size: 16 }));
    children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  for (const [index, section] of outline.sections.entries()) {
    await options.onSection?.(index);
    children.push(para(section.heading, { heading: HeadingLevel.HEADING_1 }));
    if (section.section === 'audiences' && options.audienceMap) children.push(...figureChildren(options.audienceMap));
    for (const block of section.blocks) children.push(...blockChildren(block, textWidth));
  }

  const markingRun = () => new TextRun({ text: outline.marking, bold: true, color: MARK_COLOUR, rightToLeft: textDirection(outline.marking) === 'rtl' || undefined });
  const document = new Document({
    title: outline.title,
    creator: 'Chancery',
    description: `Strategy brief, ${outline.marking}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        heading1: { run: { font: FONT, size: 32, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 22, bold: true, color: '323F4B' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
        title: { run: { font: FONT, size: 56, bold: true, color: '1F3A5F' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(width), height: convertMillimetersToTwip(height) },
            margin: {
              top: convertMillimetersToTwip(MARGIN_MM.top),
              bottom: convertMillimetersToTwip(MARGIN_MM.bottom),
              left: convertMillimetersToTwip(MARGIN_MM.left),
              right: convertMillimetersToTwip(MARGIN_MM.right),
            },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${outline.title}    `, color: MUTED_COLOUR, size: 15 }), markingRun()] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [markingRun(), new TextRun({ children: ['    Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], color: MUTED_COLOUR, size: 15 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
