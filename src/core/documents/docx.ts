// The brief as an editable Word document (DOCX), built with the `docx` library from the same outline
// as the Markdown: real Heading styles (Word's navigation pane and a TOC field work), the marking in
// every page's header and footer with "Page n of N", header rows repeated when a table breaks,
// right-to-left paragraphs marked bidirectional.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
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
import { PAPER_MM } from './printer';

const MARK_COLOUR = '7A1020';
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

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const numeric = block.numeric ?? [];
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'CBD2D9' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      // Repeated at the top of every page the table runs onto.
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h, i) => cell(h, true, numeric[i] ?? false)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, false, numeric[i] ?? false)) })),
    ],
  });
}

export function blockChildren(block: Block): FileChild[] {
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
      return [table(block), new Paragraph({ text: '' })];
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

export interface DocxOptions {
  paper: PaperSize;
  /** Called between sections, so a long export can report and stop. */
  onSection?: (index: number) => Promise<void>;
}

export async function briefDocx(outline: BriefOutline, options: DocxOptions): Promise<Uint8Array> {
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
    for (const block of section.blocks) children.push(...blockChildren(block));
  }

  const { width, height } = PAPER_MM[options.paper];
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
            margin: { top: convertMillimetersToTwip(22), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(18), right: convertMillimetersToTwip(18) },
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
