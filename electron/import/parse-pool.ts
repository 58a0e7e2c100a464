/**
 * Parses many returns on worker threads across the machine's cores (bulk import of hundreds of
 * files). Falls back to the calling thread when workers cannot start (e.g. a bundle without the
 * worker entry), so behaviour never depends on the pool — only speed does.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FocusArea } from '../../shared/domain/campaign';
import { readAndParse, type ParseOutcome } from './parse-job';

const WORKER_URL = new URL('./parse-worker.ts', import.meta.url);

function startWorker(): Worker | null {
  try {
    // Source checkouts run TypeScript through tsx: a worker does not inherit the loader, so a tiny
    // bootstrap registers it before importing the worker module.
    const boot = WORKER_URL.pathname.endsWith('.ts')
      ? `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`
      : `import(${JSON.stringify(WORKER_URL.href)})`;
    return new Worker(boot, { eval: true });
  } catch {
    return null;
  }
}

export async function parseAll(files: { name: string; bytes: Uint8Array }[], areas: FocusArea[], onDone: (i: number) => void, threads = Math.min(4, os.availableParallelism?.() ?? os.cpus().length)): Promise<ParseOutcome[]> {
  const out: ParseOutcome[] = new Array(files.length);
  if (files.length < 8 || threads < 2) {
    files.forEach((f, i) => { out[i] = readAndParse(f.bytes, f.name, areas); onDone(i); });
    return out;
  }
  const workers = Array.from({ length: threads }, startWorker).filter((w): w is Worker => w !== null);
  if (!workers.length) return parseAll(files, areas, onDone, 1);
  let next = 0;
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= files.length) { resolve(); return; }
        const i = next++;
        w.postMessage({ id: i, bytes: files[i].bytes, name: files[i].name, areas });
      };
      w.on('message', (m: { id: number; out: ParseOutcome }) => { out[m.id] = m.out; onDone(m.id); feed(); });
      w.on('error', reject);
      feed();
    })));
  } catch {
    // A worker died (e.g. no TypeScript loader in a packaged build): finish on this thread.
    files.forEach((f, i) => { if (!out[i]) { out[i] = readAndParse(f.bytes, f.name, areas); onDone(i); } });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
