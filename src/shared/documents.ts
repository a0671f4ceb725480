// Strategy documents: the PDF brief's sections, paper sizes and classification markings.

export const BRIEF_SECTIONS = ['cover', 'contents', 'summary', 'objectives', 'priorities', 'platforms', 'audiences', 'messages', 'channelPlan'] as const;
export type BriefSection = (typeof BRIEF_SECTIONS)[number];
export const BRIEF_SECTION_LABELS: Record<BriefSection, string> = {
  cover: 'Cover page',
  contents: 'Contents',
  summary: 'Executive summary',
  objectives: 'Objectives and KPIs',
  priorities: 'Priorities',
  platforms: 'Platform presence',
  audiences: 'Audiences',
  messages: 'Message house and key messages',
  channelPlan: 'Channel plan',
};

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const PAPER_SIZE_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };

/** Markings offered in the UI; any other short label is accepted too. */
export const COMMON_MARKINGS = ['UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL'] as const;
export const MARKING_MAX = 60;

/** The brief as HTML, ready for a preview frame or for printing. */
export interface BriefPreview {
  title: string;
  /** A file name for the PDF, e.g. "Aurelia-2027-brief.pdf". */
  fileName: string;
  html: string;
}

/** The printed brief, base64-encoded so it crosses the contract as JSON. */
export interface BriefPdf {
  fileName: string;
  base64: string;
  bytes: number;
}
