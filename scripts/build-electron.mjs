#!/usr/bin/env node
// Bundles the Electron main process and preload with esbuild (the renderer is built by
// `vite build`). Output: dist-electron/main.cjs and ONE CommonJS dist-electron/preload.cjs —
// Electron cannot run an ES-module preload in a sandboxed renderer, and the sandbox lets a
// preload require almost nothing, so everything it needs is inlined and the bundle is checked
// to require 'electron' only.
//   node scripts/build-electron.mjs [--out-dir DIR]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function outDirFromArgs(argv) {
  const i = argv.indexOf('--out-dir');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  return path.join(root, 'dist-electron');
}

/** Evaluates shared/ipc/contract.ts once to get the channel allowlist for the preload. */
async function loadChannels() {
  // Inside the project so the bundle's bare imports (zod) resolve from node_modules.
  const tmp = path.join(root, 'node_modules', '.cache', 'rectify-build', `contract-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(root, 'shared/ipc/contract.ts')],
    outfile: tmp,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    const mod = await import(pathToFileURL(tmp).href);
    if (!Array.isArray(mod.CHANNELS) || mod.CHANNELS.length === 0) throw new Error('contract exports no CHANNELS');
    return mod.CHANNELS;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Replaces the preload's contract import with the bare channel list (no zod in the preload). */
function channelListPlugin(channels) {
  return {
    name: 'channel-list',
    setup(b) {
      b.onResolve({ filter: /shared\/ipc\/contract$/ }, (args) =>
        args.importer.endsWith(path.join('electron', 'preload.ts')) ? { path: 'channel-list', namespace: 'channel-list' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'channel-list' }, () => ({
        contents: `export const CHANNELS = Object.freeze(${JSON.stringify(channels)});`,
        loader: 'js',
      }));
    },
  };
}

export async function buildElectron(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const channels = await loadChannels();
  // Runtime dependencies stay require()s: electron-builder packs production node_modules, and
  // native modules (better-sqlite3, @resvg/resvg-js) cannot be bundled at all.
  const external = ['electron', ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})];
  await build({
    entryPoints: [path.join(root, 'electron/main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22', // Electron 37 ships Node 22
    external,
    sourcemap: true,
    logLevel: 'warning',
  });
  const preloadFile = path.join(outDir, 'preload.cjs');
  await build({
    entryPoints: [path.join(root, 'electron/preload.ts')],
    outfile: preloadFile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'chrome138',
    external: ['electron'],
    plugins: [channelListPlugin(channels)],
    logLevel: 'warning',
  });
  const required = [...fs.readFileSync(preloadFile, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  const foreign = required.filter((r) => r !== 'electron');
  if (foreign.length) throw new Error(`preload.cjs requires ${foreign.join(', ')}: a sandboxed preload may only require 'electron'`);
  return { main: path.join(outDir, 'main.cjs'), preload: preloadFile, channels };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  buildElectron(outDirFromArgs(process.argv.slice(2))).then(
    (r) => console.log(`electron bundles: ${path.relative(root, r.main)}, ${path.relative(root, r.preload)} (${r.channels.length} channels)`),
    (e) => {
      console.error(`构建 Electron 主进程失败 / electron build failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
