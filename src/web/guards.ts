// Who may talk to the web host: only pages served by this host, on this port, holding this launch's token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const LOOPBACK_HOST = '127.0.0.1';

/** 32 random bytes, URL-safe, new on every launch. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function allowedAuthorities(port: number): string[] {
  return [`${LOOPBACK_HOST}:${port}`, `localhost:${port}`];
}

/**
 * A DNS-rebinding page reaches us under its own host name, so anything but our loopback
 * authority is refused, even though the socket is local.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedAuthorities(port).includes(host.toLowerCase());
}

/** Browsers send Origin on cross-site requests; when present it must be ours. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedAuthorities(port).some((authority) => origin.toLowerCase() === `http://${authority}`);
}

/** Constant-time, and hashing first keeps the comparison from leaking the token's length. */
export function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
