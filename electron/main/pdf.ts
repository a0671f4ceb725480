// Electron's PDF printer for the strategy brief: the same print job as the web host's playwright
// printer (src/web/pdf.ts), printed by webContents.printToPDF in a hidden, script-less window.
import { BrowserWindow } from 'electron';
import { withHtmlFile, type PdfPrinter } from '../../src/core/documents/printer';

const inches = (mm: number) => mm / 25.4;

export function electronPrinter(): PdfPrinter {
  return (job) =>
    withHtmlFile(job, async (url) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, spellcheck: false },
      });
      try {
        await window.loadURL(url);
        const { top, right, bottom, left } = job.marginsMm;
        const data = await window.webContents.printToPDF({
          pageSize: job.paper === 'a4' ? 'A4' : 'Letter',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: job.headerTemplate,
          footerTemplate: job.footerTemplate,
          margins: { top: inches(top), right: inches(right), bottom: inches(bottom), left: inches(left) },
          generateDocumentOutline: true,
          generateTaggedPDF: job.tagged,
        });
        return new Uint8Array(data);
      } finally {
        window.destroy();
      }
    });
}
