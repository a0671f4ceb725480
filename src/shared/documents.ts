// Strategy documents: the PDF brief's sections, paper sizes and classification markings.

export const BRIEF_SECTIONS = ['cover', 'contents', 'summary', 'objectives', 'priorities', 'platforms', 'audiences', 'messages', 'channelPlan', 'campaigns', 'calendarOverview', 'upcoming'] as const;
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
  campaigns: 'Campaigns',
  calendarOverview: 'Calendar overview',
  upcoming: 'Upcoming items',
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
  /**
   * What the planner should know about the file, one sentence each; empty when all went as planned.
   * E.g. "Thai text has no bundled font; it prints in this computer's own fonts, ..." (PDF only).
   */
  notices: string[];
}

/** Every file the Documents place can export: the PDF brief, its editable twins, and data tables. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'markdown', 'csv-objectives', 'csv-audiences', 'csv-items', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF brief',
  docx: 'Word document (DOCX)',
  markdown: 'Markdown',
  'csv-objectives': 'CSV: objectives and KPIs',
  'csv-audiences': 'CSV: audiences',
  'csv-items': 'CSV: content items',
  ics: 'iCalendar (ICS): content items and campaigns',
};
/** The Export button's label for each format. */
export const EXPORT_BUTTON_LABELS: Record<ExportFormat, string> = {
  pdf: 'Export PDF',
  docx: 'Export Word document',
  markdown: 'Export Markdown',
  'csv-objectives': 'Export objectives CSV',
  'csv-audiences': 'Export audiences CSV',
  'csv-items': 'Export content items CSV',
  ics: 'Export iCalendar file',
};
export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown;charset=utf-8',
  'csv-objectives': 'text/csv;charset=utf-8',
  'csv-audiences': 'text/csv;charset=utf-8',
  'csv-items': 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};
/** What ends each file's name: "Aurelia-2027-brief.docx", "Aurelia-2027-audiences.csv". */
export const EXPORT_FILE_SUFFIXES: Record<ExportFormat, string> = {
  pdf: '-brief.pdf',
  docx: '-brief.docx',
  markdown: '-brief.md',
  'csv-objectives': '-objectives.csv',
  'csv-audiences': '-audiences.csv',
  'csv-items': '-items.csv',
  ics: '-calendar.ics',
};
/** The format a file name asks for by its extension, for the command line; null when it does not say. */
export function formatFromFileName(name: string): ExportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.ics') || lower.endsWith('.ical')) return 'ics';
  if (lower.endsWith('.csv')) return lower.includes('audience') ? 'csv-audiences' : lower.includes('item') || lower.includes('calendar') ? 'csv-items' : 'csv-objectives';
  return null;
}

/** Export ids the Documents place picks start with this; it shows their progress itself, so the app-wide task list leaves them out. */
export const DOCUMENTS_PAGE_EXPORT_PREFIX = 'documents-page:';

/** An exported file, base64-encoded so it crosses the contract as JSON. */
export interface ExportedFile extends BriefPdf {
  format: ExportFormat;
  mimeType: string;
}
