// Reading a request body as JSON, with a size limit, before it reaches the core.
import type { IncomingMessage } from 'node:http';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; reason: 'too_large' | 'malformed'; message: string };

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const tooLarge: BodyResult = {
    ok: false,
    reason: 'too_large',
    message: `The request body is larger than ${describeSize(maxBytes)}`,
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return discard(req, tooLarge);

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return discard(req, tooLarge);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  // Calls without arguments may send nothing at all.
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'malformed', message: `The request body is not valid JSON (${detail})` };
  }
}

/** Lets the rest of an oversized upload drain so the client still reads our 413 instead of a reset. */
function discard(req: IncomingMessage, result: BodyResult): BodyResult {
  req.resume();
  return result;
}

function describeSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
