/**
 * End-to-end harness: starts the real app in browser mode on a throw-away data folder (the same
 * `browser-main.ts` that `npm start` runs without Electron), opens it in the system Chromium via
 * playwright-core, and hands back the page plus a cleanup. Tests skip — loudly, naming the
 * Debian package — when Chromium is absent; CI installs it (scripts/install-system-deps.sh).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CHROMIUM_PATH = process.env.RECTIFY_CHROMIUM ?? '/usr/bin/chromium';
export const E2E_OUTPUT = path.join(PROJECT_ROOT, 'test-output', 'e2e');

const URL_LINE = /rectify-desk 浏览器模式：(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/;

/** True when Chromium can be launched; otherwise warns once, naming the package to install. */
export function hasChromium(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  console.warn(
    `\n!!! 未找到 Chromium（${CHROMIUM_PATH}）：端到端测试已跳过。请安装 Debian 软件包 chromium（sudo apt-get install chromium）。\n` +
      `!!! Chromium not found at ${CHROMIUM_PATH}: end-to-end tests SKIPPED. Install the Debian package "chromium".\n`,
  );
  return false;
}

export interface AppServer {
  /** Address printed by browser mode, token included. */
  url: string;
  origin: string;
  dataDir: string;
  process: ChildProcess;
  /** Everything the server wrote so far (stdout + stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Existing data folder to open; default: a fresh temp folder removed on stop(). */
  dataDir?: string;
  env?: Record<string, string>;
  /** Extra browser-main flags, e.g. ['--no-build']. */
  args?: string[];
  /** How long to wait for the URL line (the first start may build the renderer). */
  timeoutMs?: number;
}

export async function startAppServer(o: ServerOptions = {}): Promise<AppServer> {
  const ownDir = !o.dataDir;
  const dataDir = o.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-e2e-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'electron', 'server', 'browser-main.ts'), '--data-dir', dataDir, '--port', '0', ...(o.args ?? [])],
    { cwd: PROJECT_ROOT, env: { ...process.env, RECTIFY_OPERATOR: 'e2e', ...o.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode printed no URL within ${o.timeoutMs ?? 180_000} ms:\n${out}`)), o.timeoutMs ?? 180_000);
    const check = () => {
      const m = URL_LINE.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (code ${code}) before listening:\n${out}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, origin: new URL(url).origin, dataDir, process: child, output: () => out, stop };
}

export interface BrowserApp extends AppServer {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** console.error messages and uncaught page errors seen so far. */
  errors: string[];
  /** Saves a full-page PNG to test-output/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

export interface BrowserAppOptions extends ServerOptions {
  viewport?: { width: number; height: number };
  /** Navigate to the printed URL right away (default true). */
  open?: boolean;
}

export async function startBrowserApp(o: BrowserAppOptions = {}): Promise<BrowserApp> {
  const server = await startAppServer(o);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: o.viewport ?? { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    if (o.open !== false) await page.goto(server.url);
    const b = browser;
    return {
      ...server,
      browser: b,
      context,
      page,
      errors,
      async screenshot(name) {
        fs.mkdirSync(E2E_OUTPUT, { recursive: true });
        const file = path.join(E2E_OUTPUT, `${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        return file;
      },
      async stop() {
        await b.close().catch(() => {});
        await server.stop();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.stop();
    throw e;
  }
}
