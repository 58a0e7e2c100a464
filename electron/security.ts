/**
 * The Electron security policy, as plain functions over small structural interfaces so it is
 * tested without Electron (the real WebContents/Session satisfy them). Electron's security
 * checklist items implemented here: isolate and sandbox every renderer, allow navigation only
 * inside our own `app://rectify` origin, never open new windows, deny every permission request,
 * and send a strict CSP with every response. The "is this URL ours?" test is one pure function
 * with a hostile-URL table in test/electron/security.test.ts.
 */
import { CONTENT_SECURITY_POLICY } from './csp';
import { resolveStaticFile } from './server/static-files';

/** Privileged custom scheme serving dist/renderer (ES modules do not load from file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'rectify';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface WindowWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webviewTag: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  spellcheck: false;
}

export function webPreferences(preloadPath: string): WindowWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Dropping an .xlsx onto the window must reach the page's drop handler, not navigate to file://.
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Main window options: created hidden and shown on ready-to-show to avoid a white flash. */
export function windowOptions(preloadPath: string, iconPath?: string) {
  return {
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '专项整治报送统计',
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: webPreferences(preloadPath),
  };
}

/** True only for pages of our own renderer: `app://rectify/…`, nothing else. */
export function isTrustedUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname.toLowerCase() === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** File under `rendererRoot` answering an `app://rectify/…` request, or null (→ 404). */
export function resolveAppFile(rendererRoot: string, url: string): string | null {
  if (!isTrustedUrl(url)) return null;
  return resolveStaticFile(rendererRoot, new URL(url).pathname);
}

type Prevented = { preventDefault(): void; url?: string };

/** The parts of Electron's Session the policy uses. */
export interface SecurableSession {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** The parts of Electron's WebContents the policy uses. */
export interface SecurableContents {
  session: SecurableSession;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Prevented, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Prevented) => void): unknown;
}

const hardened = new WeakSet<object>();

/** Deny all permissions and add the CSP header to every response of this session (idempotent). */
export function hardenSession(session: SecurableSession, log: (msg: string) => void = () => {}): void {
  if (hardened.has(session)) return;
  hardened.add(session);
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    log(`[security] 拒绝权限请求：${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = { ...(details.responseHeaders ?? {}) };
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-security-policy') delete headers[k];
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/** Applies the whole policy to one webContents; call from app.on('web-contents-created'). */
export function applySecurity(contents: SecurableContents, log: (msg: string) => void = () => {}): void {
  hardenSession(contents.session, log);
  // An offline app has no reason to open windows; links to the web are not part of the UI.
  contents.setWindowOpenHandler(({ url }) => {
    log(`[security] 拒绝打开新窗口：${url}`);
    return { action: 'deny' };
  });
  const blockForeign = (event: Prevented, url: string) => {
    const target = event.url ?? url;
    if (!isTrustedUrl(target)) {
      event.preventDefault();
      log(`[security] 拒绝跳转到外部地址：${target}`);
    }
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
