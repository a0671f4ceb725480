// Exports a strategy brief to a PDF file: the one path used by the command line and by tests.
import path from 'node:path';
import type { Core } from '../core/core';
import { checkWritableFolder, writeFileAtomically } from '../core/documents/printer';
import type { BriefOptions } from '../shared/contract/documents';

export interface BriefExport {
  path: string;
  bytes: number;
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
  return { path: target, bytes: bytes.byteLength };
}
