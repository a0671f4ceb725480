// Saving an exported file where the planner chooses: the host's save dialog when it has one
// (Electron), otherwise a browser download (the web host). Every export in the UI goes through here.
import type { SaveFileResult } from '../../shared/contract';
import { ChanceryError } from '../../shared/errors';
import { hostSaveFile } from './client';

export interface FileToOffer {
  fileName: string;
  mimeType: string;
  /** Text (saved as UTF-8), bytes, or a Blob such as a canvas picture. */
  data: string | Uint8Array | Blob;
}

/** saved:false means the planner cancelled the dialog: nothing was written, nothing to announce. */
export type SaveOutcome = { saved: false } | { saved: true; how: 'dialog' | 'download'; path?: string; message: string };

/** Bytes from the base64 the contract carries binary files in. */
export function bytesFromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands a file to the browser as a download (it goes to the browser's downloads folder). */
function downloadInBrowser(file: FileToOffer): void {
  const blob = file.data instanceof Blob ? file.data : new Blob([file.data as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob asynchronously after the click; free it once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves the file and says where it went ("Saved to …" or "Downloaded …"). Rejects with a
 * ChanceryError whose message can be shown as is (e.g. a folder that cannot be written).
 */
export async function saveFile(file: FileToOffer): Promise<SaveOutcome> {
  const save = hostSaveFile();
  if (!save) {
    downloadInBrowser(file);
    return { saved: true, how: 'download', message: `Downloaded ${file.fileName}` };
  }
  const data = file.data instanceof Blob ? new Uint8Array(await file.data.arrayBuffer()) : file.data;
  let result: SaveFileResult;
  try {
    result = await save({ fileName: file.fileName, mimeType: file.mimeType, data });
  } catch (error) {
    throw ChanceryError.from(error);
  }
  if (!result.saved) return { saved: false };
  return { saved: true, how: 'dialog', path: result.path, message: `Saved to ${result.path ?? file.fileName}` };
}
