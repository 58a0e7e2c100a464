import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';

const root = path.resolve(__dirname, '..', '..');
const out = path.join(root, 'test-output', `build-electron-${process.pid}`);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('scripts/build-electron.mjs', () => {
  it('bundles main.cjs and ONE sandbox-safe CommonJS preload.cjs', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--out-dir', out], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.cjs')).sort()).toEqual(['main.cjs', 'preload.cjs']);

    const preload = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    for (const c of CHANNELS) expect(preload).toContain(JSON.stringify(c));
    expect(preload).toContain('exposeInMainWorld');
    // The channel list replaced the contract module: no zod schemas in the renderer's process.
    expect(preload).not.toMatch(/zod|ZodObject/);
    expect(preload.length).toBeLessThan(20_000);

    const main = fs.readFileSync(path.join(out, 'main.cjs'), 'utf8');
    expect(main).toContain('require("electron")');
    // Native module stays a runtime require (it cannot be bundled, and is unpacked from the asar).
    expect(main).toContain('require("better-sqlite3")');
    expect(main).toContain('"api:invoke"');
    expect(main).toContain('registerSchemesAsPrivileged');
  });
});
