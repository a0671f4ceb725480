import { z } from 'zod';
import { BRIEF_SECTIONS, MARKING_MAX, PAPER_SIZES, type BriefPdf, type BriefPreview } from '../documents';
import { id } from '../validation';
import { asyncCall, call } from './define';

const briefOptions = z.strictObject({
  strategyId: id,
  /** Which sections to include (each appears only when it has data); all when omitted. */
  sections: z.array(z.enum(BRIEF_SECTIONS, { error: 'Unknown section' })).max(BRIEF_SECTIONS.length).optional(),
  paper: z.enum(PAPER_SIZES, { error: 'Paper must be a4 or letter' }).optional(),
  /** The classification marking printed on the cover and in every page's header and footer. */
  marking: z
    .string({ error: 'The marking must be text' })
    .trim()
    .min(1, 'The marking cannot be empty')
    .max(MARKING_MAX, `The marking is too long (at most ${MARKING_MAX} characters)`)
    .optional(),
});
export type BriefOptions = z.output<typeof briefOptions>;

export const documentCalls = {
  /** The brief as one self-contained HTML document, for the preview. */
  'document.preview': call(briefOptions).returns<BriefPreview>(),
  /** The brief printed to PDF by Chromium (the host's printer). */
  'document.exportPdf': asyncCall(briefOptions).returns<BriefPdf>(),
};
