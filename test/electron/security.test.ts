import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, parseCsp } from '../../electron/csp';
import {
  APP_ENTRY_URL,
  applySecurity,
  isTrustedUrl,
  resolveAppFile,
  windowOptions,
  type SecurableContents,
  type SecurableSession,
} from '../../electron/security';

describe('windowOptions', () => {
  it('isolates and sandboxes the renderer', () => {
    const o = windowOptions('/app/dist-electron/preload.cjs');
    expect(o.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(o.show).toBe(false);
    expect(o.title).toBe('专项整治报送统计');
  });
});

describe('content security policy', () => {
  it('is strict: no eval, no inline script, nothing foreign', () => {
    const csp = parseCsp(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:/);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(Object.keys(SECURITY_HEADERS).some((h) => h.toLowerCase().startsWith('access-control'))).toBe(false);
  });

  it('matches the <meta> policy in renderer/index.html', () => {
    const html = fs.readFileSync(path.join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, 'renderer/index.html needs a CSP <meta>').not.toBeNull();
    const fromMeta = parseCsp(meta![1]);
    const fromHeader = parseCsp(CONTENT_SECURITY_POLICY);
    expect(meta![1]).not.toContain('unsafe-eval');
    for (const [k, v] of fromMeta) expect(fromHeader.get(k), `meta directive ${k}`).toBe(v);
    // frame-ancestors is ignored inside <meta>, so only the header has to carry it.
    for (const k of fromHeader.keys()) if (k !== 'frame-ancestors') expect(fromMeta.has(k), `meta lacks ${k}`).toBe(true);
  });
});

describe('isTrustedUrl', () => {
  it.each(['app://rectify/index.html', 'app://rectify/', 'app://rectify/assets/index-abc.js?x=1#y', 'app://RECTIFY/index.html'])('trusts %s', (u) => {
    expect(isTrustedUrl(u)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['not a string', 42],
    ['undefined', undefined],
    ['other host', 'app://evil/index.html'],
    ['host suffix', 'app://rectify.evil.com/index.html'],
    ['userinfo trick', 'app://rectify@evil.com/index.html'],
    ['credentials', 'app://user:pw@rectify/index.html'],
    ['port', 'app://rectify:8080/index.html'],
    ['https look-alike', 'https://rectify/index.html'],
    ['http loopback', 'http://127.0.0.1:5000/'],
    ['file', 'file:///etc/passwd'],
    ['file to our dist', 'file:///app/dist/renderer/index.html'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:app://rectify/1234'],
    ['about', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['scheme case trick', 'apps://rectify/'],
    ['malformed', 'app//rectify'],
    ['huge', `app://rectify/${'a'.repeat(9000)}`],
  ])('refuses %s', (_name, u) => {
    expect(isTrustedUrl(u)).toBe(false);
  });
});

describe('resolveAppFile', () => {
  it('serves only files of the renderer folder for our own origin', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-app-'));
    try {
      fs.mkdirSync(path.join(root, 'r'));
      fs.writeFileSync(path.join(root, 'r', 'index.html'), 'x');
      fs.writeFileSync(path.join(root, 'outside.txt'), 'secret');
      const r = path.join(root, 'r');
      expect(resolveAppFile(r, APP_ENTRY_URL)).toBe(fs.realpathSync(path.join(r, 'index.html')));
      expect(resolveAppFile(r, 'app://rectify/%2e%2e/outside.txt')).toBeNull();
      expect(resolveAppFile(r, 'app://rectify/..%2foutside.txt')).toBeNull();
      expect(resolveAppFile(r, 'app://evil/index.html')).toBeNull();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

/** A stand-in WebContents/Session recording what the policy registers. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void; url?: string }, url: string) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  let permissionHandler: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
  let checkHandler: ((wc: unknown, p: string) => boolean) | null = null;
  let headersListener: Parameters<SecurableSession['webRequest']['onHeadersReceived']>[0] | null = null;
  const session: SecurableSession = {
    setPermissionRequestHandler: (h) => void (permissionHandler = h),
    setPermissionCheckHandler: (h) => void (checkHandler = h),
    webRequest: { onHeadersReceived: (l) => void (headersListener = l) },
  };
  const contents: SecurableContents = {
    session,
    setWindowOpenHandler: (h) => void (openHandler = h),
    on: (event: string, l: (event: { preventDefault(): void; url?: string }, url: string) => void) => listeners.set(event, l),
  };
  const navigate = (event: string, url: string, viaEventUrl = false) => {
    let prevented = false;
    listeners.get(event)!({ preventDefault: () => void (prevented = true), ...(viaEventUrl ? { url } : {}) }, viaEventUrl ? '' : url);
    return prevented;
  };
  return { contents, navigate, open: () => openHandler, permission: () => permissionHandler, check: () => checkHandler, headers: () => headersListener };
}

describe('applySecurity', () => {
  it('denies new windows, foreign navigation, webviews and permissions, and adds the CSP header', () => {
    const f = fakeContents();
    applySecurity(f.contents);
    expect(f.open()!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(f.open()!({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
    expect(f.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(f.navigate('will-navigate', 'file:///etc/passwd', true)).toBe(true);
    expect(f.navigate('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(f.navigate('will-navigate', 'app://rectify/index.html#/stats')).toBe(false);
    expect(f.navigate('will-attach-webview', 'app://rectify/')).toBe(true);
    let granted: boolean | null = null;
    f.permission()!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(f.check()!(null, 'clipboard-read')).toBe(false);
    let headers: Record<string, string | string[]> | undefined;
    f.headers()!({ responseHeaders: { 'content-security-policy': ["script-src 'unsafe-eval'"], 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
