import { z } from 'zod';
import { BRIEF_SECTIONS, EXPORT_FORMATS, MARKING_MAX, PAPER_SIZES, type BriefPdf, type BriefPreview, type ExportedFile } from '../documents';
import { cleanLine, id } from '../validation';
import { asyncCall, call } from './define';

const briefOptions = z.strictObject({
  strategyId: id,
  /** Which sections to include (each appears only when it has data); all when omitted. */
  sections: z.array(z.enum(BRIEF_SECTIONS, { error: 'Unknown section' })).max(BRIEF_SECTIONS.length).optional(),
  paper: z.enum(PAPER_SIZES, { error: 'Paper must be a4 or letter' }).optional(),
  /** The classification marking printed on the cover and in every page's header and footer. */
  marking: z
    .string({ error: 'The marking must be text' })
    .transform(cleanLine)
    .pipe(z.string().trim().min(1, 'The marking cannot be empty').max(MARKING_MAX, `The marking is too long (at most ${MARKING_MAX} characters)`))
    .optional(),
});
export type BriefOptions = z.output<typeof briefOptions>;

/** An id the caller picks for one export, to follow its progress events and to cancel it. */
const exportId = z.string({ error: 'The export id must be text' }).trim().min(1).max(100);

const exportOptions = briefOptions.extend({
  format: z.enum(EXPORT_FORMATS, { error: 'Unknown export format' }).default('pdf'),
  /** Progress events carry it as their `task`; `document.cancelExport` takes it. */
  exportId: exportId.optional(),
});
export type ExportOptions = z.output<typeof exportOptions>;

export const documentCalls = {
  /** The brief as one self-contained HTML document, for the preview. */
  'document.preview': call(briefOptions).returns<BriefPreview>(),
  /** The brief printed to PDF by Chromium (the host's printer). */
  'document.exportPdf': asyncCall(briefOptions).returns<BriefPdf>(),
  /** The brief (PDF, DOCX, Markdown) or one of its tables (CSV); reports `progress` and can be cancelled. */
  'document.export': asyncCall(exportOptions).returns<ExportedFile>(),
  /** Asks a running export to stop at its next step; it then fails with "cancelled" and yields nothing. */
  'document.cancelExport': call(z.strictObject({ exportId })).returns<{ cancelled: boolean }>(),
};
