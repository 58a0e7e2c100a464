/**
 * Who may talk to the browser-mode server: only a page on this machine that was opened with the
 * per-start token. The Host check defeats DNS rebinding (a foreign site resolving its name to
 * 127.0.0.1), the Origin check defeats cross-site requests, the token defeats other local users
 * and other local pages. Pure functions over header values, so they are tested directly.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-rectify-token';

/** 32 random bytes as hex: unguessable, URL- and cookie-safe. */
export function createToken(): string {
  return randomBytes(32).toString('hex');
}

/** The cookie is per port: cookies ignore ports, and two instances must not overwrite each other. */
export function cookieName(port: number): string {
  return `rectify_token_${port}`;
}

export function sameToken(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase());
}

/** Absent Origin is fine (same-origin GETs and curl omit it); a present one must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
