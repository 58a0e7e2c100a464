import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, parseCsp } from '../../electron/csp';

const html = fs.readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');

function metaCsp(): string {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error('renderer/index.html has no CSP <meta>');
  return m[1];
}

describe('renderer/index.html', () => {
  it('carries the same CSP as the HTTP header (frame-ancestors is header-only: meta ignores it)', () => {
    const meta = parseCsp(metaCsp());
    const expected = new Map(CSP_DIRECTIVES.filter(([k]) => k !== 'frame-ancestors'));
    expect(meta).toEqual(expected);
  });

  it('never allows eval or inline scripts', () => {
    expect(metaCsp()).not.toMatch(/unsafe-eval/);
    expect(parseCsp(metaCsp()).get('script-src')).toBe("'self'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });

  it('is titled and in Chinese', () => {
    expect(html).toContain('<title>专项整治报送统计</title>');
    expect(html).toContain('lang="zh-CN"');
  });
});
