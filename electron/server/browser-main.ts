/**
 * Browser mode: the whole app without Electron. Opens the data folder, serves the built renderer
 * and the real backend on 127.0.0.1, and prints the address (with its one-time token) once the
 * server is listening. `npm start` runs this when the Electron binary is not installed.
 *
 *   node --import tsx electron/server/browser-main.ts [--data-dir DIR] [--port N] [--no-build]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { openContext, resolveDataDir, type AppContext } from '../services/app-context';
import { dailyBackup } from '../services/backup-service';
import { createDispatch } from '../ipc/dispatch';
import { startHttpServer, type RunningServer } from './http-server';
import { ensureRendererBuilt, rendererDir } from './renderer-build';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BrowserArgs {
  dataDir: string | null;
  port: number;
  build: boolean;
}

const USAGE = '用法：node --import tsx electron/server/browser-main.ts [--data-dir 目录] [--port 端口] [--no-build]';

export function parseBrowserArgs(argv: string[]): BrowserArgs {
  const out: BrowserArgs = { dataDir: null, port: 0, build: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new AppError('usage', `参数 ${flag} 需要一个值。\n${USAGE}`);
      return v;
    };
    if (flag === '--data-dir') out.dataDir = value();
    else if (flag === '--port') {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new AppError('usage', `端口不正确：${v}（应为 0–65535，0 表示随机）。`);
      out.port = n;
    } else if (flag === '--no-build') out.build = false;
    else throw new AppError('usage', `未知参数：${argv[i]}\n${USAGE}`);
  }
  return out;
}

export async function runBrowserMode(argv: string[]): Promise<void> {
  const args = parseBrowserArgs(argv);
  const log = (msg: string) => process.stderr.write(msg.endsWith('\n') ? msg : msg + '\n');
  if (args.build) {
    try {
      await ensureRendererBuilt(PROJECT_ROOT, log);
    } catch (e) {
      // A broken source edit should not lock the user out of their data: serve the last build.
      if (!fs.existsSync(path.join(rendererDir(PROJECT_ROOT), 'index.html'))) throw e;
      log(`界面构建失败，继续使用上次构建的界面：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const ctx: AppContext = openContext({ dataDir: resolveDataDir(args.dataDir), mode: 'browser' });
  // Daily safety copy on the first start of each day (kept N, setting backup_keep).
  dailyBackup(ctx);
  let server: RunningServer | null = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`收到 ${signal}，正在关闭… / shutting down`);
    try {
      await server?.close();
    } finally {
      // Closing the database checkpoints the WAL, so the data folder is self-contained afterwards.
      ctx.db.close();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    server = await startHttpServer({ dispatch: createDispatch(ctx, log), staticRoot: rendererDir(PROJECT_ROOT), port: args.port, log });
  } catch (e) {
    ctx.db.close();
    throw e;
  }
  log(`数据文件夹 / data folder: ${ctx.dataDir}`);
  // The e2e harness and start.mjs parse this exact line; keep its shape.
  process.stdout.write(`rectify-desk 浏览器模式：${server.url}\n`);
  log('在浏览器中打开上面的地址；按 Ctrl+C 退出。/ Open the address above in a browser; Ctrl+C to quit.');
}

const isMain = process.argv[1] !== undefined && /browser-main\.(ts|js|mjs|cjs)$/.test(process.argv[1]);
if (isMain) {
  runBrowserMode(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`启动失败：${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.RECTIFY_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  });
}
