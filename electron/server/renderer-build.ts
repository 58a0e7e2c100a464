/**
 * Makes sure dist/renderer holds a build of the current renderer sources before browser mode
 * serves it: builds when it is missing or older than any source file. Several processes may start
 * at once (parallel end-to-end tests), so the build runs under a lock directory (mkdir is atomic)
 * and the others wait for it instead of writing into the same folder. A lock left by a process
 * that died (kill -9, power loss) is recognised by its recorded pid and taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

const SOURCE_ENTRIES = ['renderer', 'shared', 'vite.config.ts', 'package.json'];
const LOCK_STALE_MS = 10 * 60_000;
const LOCK_WAIT_MS = 10 * 60_000;

export function rendererDir(projectRoot: string): string {
  return path.join(projectRoot, 'dist', 'renderer');
}

/** Newest modification time among the renderer's inputs (0 when none exist). */
export function newestSourceMtime(projectRoot: string): number {
  let newest = 0;
  const visit = (p: string): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      if (path.basename(p) === 'node_modules') return;
      for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const entry of SOURCE_ENTRIES) visit(path.join(projectRoot, entry));
  return newest;
}

export function isRendererStale(projectRoot: string): boolean {
  const index = path.join(rendererDir(projectRoot), 'index.html');
  if (!fs.existsSync(index)) return true;
  return fs.statSync(index).mtimeMs < newestSourceMtime(projectRoot);
}

export async function ensureRendererBuilt(projectRoot: string, log: (msg: string) => void): Promise<void> {
  if (!isRendererStale(projectRoot)) return;
  const lock = path.join(projectRoot, 'dist', '.renderer-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (isAbandoned(lock)) fs.rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`等待界面构建超时：如无其他构建在运行，请删除 ${lock} 后重试。`);
      else await new Promise((r) => setTimeout(r, 300));
    }
  }
  // Ctrl+C during the build must not leave the lock behind for the next start.
  const onSignal = (sig: NodeJS.Signals) => {
    fs.rmSync(lock, { recursive: true, force: true });
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // Another process may have finished the build while we waited for the lock.
    if (!isRendererStale(projectRoot)) return;
    log('正在构建界面（vite build）… / building the renderer…');
    const { build } = await import('vite');
    // A production bundle even when started from vitest (NODE_ENV=test would give antd's dev build).
    const prev = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
    } finally {
      process.env.NODE_ENV = prev;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** True when the lock's owner is gone, or the lock is implausibly old. */
export function isAbandoned(lock: string): boolean {
  let pid = NaN;
  let age = 0;
  try {
    age = Date.now() - fs.statSync(lock).mtimeMs;
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // No pid file yet: the owner is between mkdir and write; only age can tell.
  }
  if (age > LOCK_STALE_MS) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
