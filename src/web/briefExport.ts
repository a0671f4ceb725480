// Exports a strategy brief to a PDF file: the one path used by the command line and by tests.
import path from 'node:path';
import type { Core } from '../core/core';
import { checkWritableFolder, writeFileAtomically } from '../core/documents/printer';
import type { BriefOptions, ExportOptions } from '../shared/contract/documents';
import type { ExportFormat } from '../shared/documents';

export interface BriefExport {
  path: string;
  bytes: number;
  /** What the planner should know about the file (e.g. text printed in the laptop's fonts). */
  notices: string[];
}

/**
 * Prints the brief through the core (whose printer the host injected) and writes it to `out` by a
 * temporary file and a rename: a missing or read-only folder is refused before printing, and a
 * failure never leaves a half-written file.
 */
export async function exportBriefPdf(core: Core, options: BriefOptions, out: string): Promise<BriefExport> {
  const target = path.resolve(out);
  checkWritableFolder(path.dirname(target));
  const pdf = await core.call('document.exportPdf', options);
  const bytes = Buffer.from(pdf.base64, 'base64');
  writeFileAtomically(target, bytes);
  return { path: target, bytes: bytes.byteLength, notices: pdf.notices };
}

/**
 * Exports the brief (or one of its tables) in `format` through the core and writes it to `out` the
 * same way: nothing is written when the export fails or is cancelled. Give `exportId` to follow its
 * progress events and to cancel it with `document.cancelExport`.
 */
export async function exportBrief(
  core: Core,
  options: BriefOptions & { format: ExportFormat; exportId?: string },
  out: string,
): Promise<BriefExport> {
  const target = path.resolve(out);
  checkWritableFolder(path.dirname(target));
  const file = await core.call('document.export', options satisfies Partial<ExportOptions>);
  const bytes = Buffer.from(file.base64, 'base64');
  writeFileAtomically(target, bytes);
  return { path: target, bytes: bytes.byteLength, notices: file.notices };
}
