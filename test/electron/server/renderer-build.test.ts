import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureRendererBuilt, isAbandoned, isRendererStale, rendererDir } from '../../../electron/server/renderer-build';

let proj: string;

function touch(file: string, mtimeMs: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, 'x');
  fs.utimesSync(file, mtimeMs / 1000, mtimeMs / 1000);
}

beforeEach(() => {
  proj = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-build-'));
});
afterEach(() => fs.rmSync(proj, { recursive: true, force: true }));

describe('isRendererStale', () => {
  it('is stale when there is no build, fresh after one, stale again after a source edit', () => {
    const t0 = Date.now() - 60_000;
    touch(path.join(proj, 'renderer', 'App.tsx'), t0);
    touch(path.join(proj, 'shared', 'domain', 'period.ts'), t0);
    expect(isRendererStale(proj)).toBe(true);
    touch(path.join(rendererDir(proj), 'index.html'), t0 + 10_000);
    expect(isRendererStale(proj)).toBe(false);
    touch(path.join(proj, 'shared', 'domain', 'period.ts'), t0 + 20_000);
    expect(isRendererStale(proj)).toBe(true);
  });

  it('ignores node_modules inside source folders', () => {
    const t0 = Date.now() - 60_000;
    touch(path.join(proj, 'renderer', 'App.tsx'), t0);
    touch(path.join(rendererDir(proj), 'index.html'), t0 + 10_000);
    touch(path.join(proj, 'renderer', 'node_modules', 'x.js'), t0 + 20_000);
    expect(isRendererStale(proj)).toBe(false);
  });

  it('does not build (nor take the lock) when the build is current', async () => {
    const t0 = Date.now() - 60_000;
    touch(path.join(proj, 'renderer', 'App.tsx'), t0);
    touch(path.join(rendererDir(proj), 'index.html'), t0 + 10_000);
    const logs: string[] = [];
    await ensureRendererBuilt(proj, (m) => logs.push(m));
    expect(logs).toEqual([]);
    expect(fs.existsSync(path.join(proj, 'dist', '.renderer-build.lock'))).toBe(false);
  });
});

describe('isAbandoned', () => {
  it('keeps a lock whose owner lives, takes over one whose owner died', () => {
    const lock = path.join(proj, 'lock');
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    expect(isAbandoned(lock)).toBe(false);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(lock, 'pid'), dead.stdout);
    expect(isAbandoned(lock)).toBe(true);
  });

  it('waits for a fresh lock without a pid, but not for an ancient one', () => {
    const lock = path.join(proj, 'lock');
    fs.mkdirSync(lock);
    expect(isAbandoned(lock)).toBe(false);
    const old = (Date.now() - 11 * 60_000) / 1000;
    fs.utimesSync(lock, old, old);
    expect(isAbandoned(lock)).toBe(true);
  });
});
