// The port through which the core prints: each host brings its own Chromium (playwright-core in the
// web host and the command line, webContents.printToPDF in Electron). Both receive the same job.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PaperSize } from '../../shared/documents';
import { ChanceryError } from '../../shared/errors';
import { SCRATCH_PREFIX } from '../dataFolder/tempFolder';

export interface PrintJob {
  /** The whole document; its @font-face rules point at file:// URLs, so load it from a file. */
  html: string;
  paper: PaperSize;
  /** Chromium header and footer templates (classes pageNumber and totalPages are filled in). */
  headerTemplate: string;
  footerTemplate: string;
  /** Page margins in millimetres; the header and footer print inside the top and bottom ones. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
  /**
   * Write a tagged (accessible) PDF. Chromium's tagging is slow on long tables (a 500-audience brief
   * takes four times as long and grows fourfold), so the core asks for it only for briefs of usual size.
   */
  tagged: boolean;
  /** A private folder under the data folder for the job's scratch files (see withHtmlFile). */
  tempDir: string;
}

export type PdfPrinter = (job: PrintJob) => Promise<Uint8Array>;

/** Page sizes in millimetres, for hosts that need them. */
export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/**
 * Writes the job's HTML to a fresh folder under the job's private temp folder (not the system's:
 * a print killed mid-way must not leave the brief readable there), hands its file:// URL to `work`,
 * and removes the folder afterwards. A file URL (not setContent) lets the document load the bundled fonts.
 */
export async function withHtmlFile<T>(job: Pick<PrintJob, 'html' | 'tempDir'>, work: (url: string, file: string) => Promise<T>): Promise<T> {
  fs.mkdirSync(job.tempDir, { recursive: true, mode: 0o700 });
  const dir = fs.mkdtempSync(path.join(job.tempDir, SCRATCH_PREFIX));
  try {
    const file = path.join(dir, 'brief.html');
    fs.writeFileSync(file, job.html, { encoding: 'utf8', mode: 0o600 });
    return await work(pathToFileURL(file).href, file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes `bytes` to `outPath` through a temporary file in the same folder and a rename, so a
 * failed export never leaves a half-written file. Errors name the folder and what to do.
 */
export function writeFileAtomically(outPath: string, bytes: Uint8Array): void {
  const target = path.resolve(outPath);
  const dir = path.dirname(target);
  checkWritableFolder(dir);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.part`);
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new ChanceryError('invalid_input', `Could not write ${target}: ${(error as Error).message}`);
  }
}

/** Refuses early, with a clear message, a folder that is missing or cannot be written. */
export function checkWritableFolder(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new ChanceryError('invalid_input', `The folder ${dir} does not exist; create it or choose another place for the file.`);
  }
  if (!stat.isDirectory()) throw new ChanceryError('invalid_input', `${dir} is not a folder; choose another place for the file.`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new ChanceryError('invalid_input', `The folder ${dir} cannot be written to; choose another place for the file.`);
  }
}
