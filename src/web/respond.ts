// Writing answers in the contract's wire shape (CallResult) with the matching HTTP status.
import type { ServerResponse } from 'node:http';
import type { CallResult } from '../shared/contract';
import type { ErrorCode, SerializedError } from '../shared/errors';
import { BASE_HEADERS } from '../hosting/securityHeaders';

const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unknown_method: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  database_unreadable: 500,
  workspace_unavailable: 500,
  internal: 500,
};

export function statusFor(code: ErrorCode): number {
  return STATUS_BY_CODE[code];
}

export function sendJson(res: ServerResponse, status: number, body: CallResult, extraHeaders: Record<string, string> = {}): void {
  res.end(writeJsonHead(res, status, body, extraHeaders));
}

/** Writes the status and headers of a JSON answer and returns its text, for the caller to send. */
export function writeJsonHead(res: ServerResponse, status: number, body: CallResult, extraHeaders: Record<string, string> = {}): string {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  return text;
}

/** An error answer; `status` overrides the code's usual status (403, 405, 413 have no code of their own). */
export function sendError(
  res: ServerResponse,
  error: SerializedError,
  status = statusFor(error.code),
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error }, extraHeaders);
}
