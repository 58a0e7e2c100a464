import { describe, expect, it } from 'vitest';
import { cookieName, isAllowedHost, isAllowedOrigin, readCookie, sameToken, sessionCookie } from '../../../electron/server/request-guard';

describe('request guard', () => {
  it('accepts only our loopback host names with our port', () => {
    expect(isAllowedHost('127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:5000', 5000)).toBe(true);
    for (const h of [undefined, '', '127.0.0.1', '127.0.0.1:5001', 'evil.com:5000', '[::1]:5000', '127.0.0.1:5000.evil.com', '0.0.0.0:5000']) {
      expect(isAllowedHost(h, 5000), String(h)).toBe(false);
    }
  });

  it('accepts a missing Origin or our own, nothing else', () => {
    expect(isAllowedOrigin(undefined, 5000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5000', 5000)).toBe(true);
    for (const o of ['null', '', 'https://127.0.0.1:5000', 'http://127.0.0.1:5001', 'http://127.0.0.1:5000.evil.com', 'http://evil.com']) {
      expect(isAllowedOrigin(o, 5000), o).toBe(false);
    }
  });

  it('compares tokens exactly', () => {
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abd', 'abc')).toBe(false);
    expect(sameToken('ab', 'abc')).toBe(false);
    expect(sameToken(null, 'abc')).toBe(false);
    expect(sameToken(undefined, 'abc')).toBe(false);
  });

  it('reads the per-port cookie among others', () => {
    const name = cookieName(5000);
    expect(readCookie(`a=1; ${name}=tok; b=2`, name)).toBe('tok');
    expect(readCookie(`rectify_token_5001=x`, name)).toBeNull();
    expect(readCookie(undefined, name)).toBeNull();
    expect(sessionCookie(5000, 'tok')).toBe(`${name}=tok; HttpOnly; SameSite=Strict; Path=/`);
  });
});
