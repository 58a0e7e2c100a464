import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startBrowserApp, type BrowserApp } from './helpers/browser-app';

describe.skipIf(!hasChromium())('browser mode in Chromium (smoke)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('loads the UI, drops the token from the address bar and renders without CSP violations', async () => {
    const { page } = app;
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0, null, { timeout: 30_000 });
    expect(await page.title()).toBe('专项整治报送统计');
    // Let antd finish inserting its styles, then capture what a user sees first.
    await page.waitForLoadState('networkidle');
    const shot = await app.screenshot('smoke-home');
    expect(fs.statSync(shot).size).toBeGreaterThan(5_000);
    const cspViolations = app.errors.filter((m) => /Content Security Policy|Refused to (load|execute|apply|connect)/i.test(m));
    expect(cspViolations).toEqual([]);
    expect(app.errors.filter((m) => m.startsWith('pageerror'))).toEqual([]);
  });

  it('reaches the real backend from the page with the session cookie', async () => {
    const result = await app.page.evaluate(async () => {
      const r = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ channel: 'app:info', args: {} }) });
      return r.json();
    });
    expect(result).toMatchObject({ ok: true, data: { mode: 'browser', dataDir: app.dataDir } });
  });

  it('keeps pages of other origins from calling the API', async () => {
    const other = await app.context.newPage();
    try {
      await other.goto('about:blank');
      const outcome = await other.evaluate(async (origin) => {
        try {
          const r = await fetch(`${origin}/api/invoke`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"channel":"app:info","args":{}}' });
          return `read ${r.status}`;
        } catch {
          return 'blocked';
        }
      }, app.origin);
      expect(outcome).toBe('blocked');
    } finally {
      await other.close();
    }
  });
});
