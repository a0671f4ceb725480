// The web host's and the command line's PDF printer: the system's Chromium through playwright-core.
// Electron prints the same job with webContents.printToPDF (electron/main/pdf.ts).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import type { PdfPrinter, PrintJob } from '../core/documents/printer';
import { withHtmlFile } from '../core/documents/printer';
import { ChanceryError } from '../shared/errors';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((file) => fs.existsSync(file)) ?? null;
}

/** A printer that starts Chromium for each job and closes it afterwards. */
export function playwrightPrinter(executablePath = findChromium()): PdfPrinter {
  return async (job: PrintJob) => {
    if (!executablePath) {
      throw new ChanceryError(
        'internal',
        'Printing needs Chromium, which was not found. Install it (on Debian or Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.',
      );
    }
    const browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--allow-file-access-from-files'],
    });
    try {
      const page = await browser.newPage();
      return await withHtmlFile(job, async (url) => {
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready).catch(() => undefined);
        const { top, right, bottom, left } = job.marginsMm;
        const pdf = await page.pdf({
          format: job.paper === 'a4' ? 'A4' : 'Letter',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: job.headerTemplate,
          footerTemplate: job.footerTemplate,
          margin: { top: `${top}mm`, right: `${right}mm`, bottom: `${bottom}mm`, left: `${left}mm` },
          outline: true,
          tagged: job.tagged,
        });
        return new Uint8Array(pdf);
      });
    } finally {
      await browser.close();
    }
  };
}
