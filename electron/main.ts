/**
 * Electron main process: lifecycle and the one window. The page is served from dist/renderer
 * through the privileged `app://rectify` protocol (path-guarded), talks to the backend only
 * through the single `api:invoke` IPC handler, which hands every call to the same `dispatch`
 * browser mode uses. Security policy lives in security.ts; the menu in app-menu.ts.
 * Built to dist-electron/main.cjs by scripts/build-electron.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import type { Result } from '../shared/errors';
import { appMenuTemplate, flagValue } from './app-menu';
import { SECURITY_HEADERS } from './csp';
import { createDispatch } from './ipc/dispatch';
import { INVOKE_IPC_CHANNEL } from './preload-api';
import { APP_ENTRY_URL, APP_SCHEME, applySecurity, isTrustedUrl, resolveAppFile, windowOptions } from './security';
import { mimeType } from './server/static-files';
import { openContext, resolveDataDir, type AppContext } from './services/app-context';
import { dailyBackup } from './services/backup-service';
import { APP_VERSION } from './services/version';

// __dirname is dist-electron/ both unpackaged and inside app.asar.
const RENDERER_ROOT = path.join(__dirname, '..', 'dist', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');
const ICON = app.isPackaged
  ? path.join(process.resourcesPath, 'icons', 'icon.png')
  : path.join(__dirname, '..', 'resources', 'icons', 'icon.png');

const log = (msg: string) => console.error(msg);
let ctx: AppContext | null = null;
let mainWindow: BrowserWindow | null = null;

// Must run before 'ready': makes app:// a secure, standard origin so ES modules and fetch work.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// One instance per user: two processes writing one SQLite file through two UIs confuses people.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => applySecurity(contents, log));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    ctx?.db.close();
    ctx = null;
  });
  app.whenReady().then(start).catch((e: unknown) => {
    dialog.showErrorBox('启动失败', e instanceof Error ? e.message : String(e));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  ctx = openContext({ dataDir: resolveDataDir(flagValue(process.argv, '--data-dir')), mode: 'electron' });
  // Daily safety copy on the first start of each day (kept N, setting backup_keep).
  dailyBackup(ctx);
  const dispatch = createDispatch(ctx, log);
  protocol.handle(APP_SCHEME, (request) => serveRenderer(request.url));
  ipcMain.handle(INVOKE_IPC_CHANNEL, async (event, channel: unknown, args: unknown) => {
    // Only our own page may call the backend, even if something else got loaded somehow.
    if (!isTrustedUrl(event.senderFrame?.url)) {
      log(`[security] 拒绝来自 ${event.senderFrame?.url ?? '未知页面'} 的调用`);
      const refused: Result<never> = { ok: false, error: { code: 'usage', message: '拒绝：请求不是来自本程序的界面。' } };
      return refused;
    }
    return dispatch(channel, args);
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ isPackaged: app.isPackaged, onAbout: showAbout })));
  createWindow();
}

async function serveRenderer(url: string): Promise<Response> {
  const file = resolveAppFile(RENDERER_ROOT, url);
  if (!file) {
    return new Response('未找到该页面或文件。', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const body = new Uint8Array(await fs.promises.readFile(file));
  return new Response(body, { headers: { ...SECURITY_HEADERS, 'Content-Type': mimeType(file) } });
}

function createWindow(): void {
  const win = new BrowserWindow(windowOptions(PRELOAD, fs.existsSync(ICON) ? ICON : undefined));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  mainWindow = win;
  win.loadURL(APP_ENTRY_URL).catch((e: unknown) => log(`[window] 加载界面失败：${String(e)}`));
}

function showAbout(): void {
  const detail = `版本 ${APP_VERSION}\n数据文件夹：${ctx?.dataDir ?? '（未打开）'}`;
  const options = { type: 'info' as const, title: '关于', message: '专项整治报送统计（rectify-desk）', detail, buttons: ['确定'] };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}
