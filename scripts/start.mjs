#!/usr/bin/env node
// `npm start`: the desktop app in Electron when Electron's binary is installed; otherwise the
// same UI and backend in browser mode on 127.0.0.1 (architecture §6). Arguments after `--` are
// passed on (e.g. `npm start -- --data-dir D:\数据 --port 8080`); `--browser` forces browser mode.
//
// better-sqlite3 ABI, policy A (architecture §5.13): node_modules stays built for Node's ABI so
// `npm ci && npm test` works without Electron. Only when Electron is actually launched do we
// rebuild the native module for Electron (`electron-builder install-app-deps`, which wraps
// @electron/rebuild), and when Electron exits we put the Node build back (`npm rebuild
// better-sqlite3`), so vitest and the CLI keep working. Each direction is probed first and
// rebuilt only when the module fails to load. Packaging (`npm run dist`) rebuilds per target.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const isWin = process.platform === 'win32';
const PROBE = "new (require('better-sqlite3'))(':memory:').close()";

/** Path of the Electron binary, or null when the package or its download is missing. */
function electronBinary() {
  try {
    // The electron package's main export is the binary's path; it throws when the download
    // never happened (ELECTRON_SKIP_BINARY_DOWNLOAD, offline install).
    const p = require('electron');
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: isWin && !cmd.endsWith('.exe'), ...opts });
  return r.status === 0;
}

function loads(cmd, env) {
  const r = spawnSync(cmd, ['-e', PROBE], { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
  return r.status === 0;
}

function bin(name) {
  return path.join(root, 'node_modules', '.bin', isWin ? `${name}.cmd` : name);
}

function forwardSignals(child) {
  // Ctrl+C reaches the child too (same process group); we just wait for it to finish cleanly.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (child.exitCode === null) child.kill(sig);
    });
  }
}

function startElectron(electron, args) {
  console.log('启动桌面程序（Electron）… / starting the desktop app (Electron)…');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!run(process.execPath, [vite, 'build']) || !run(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')])) {
    console.error('构建失败，见上方输出。/ build failed, see above.');
    process.exit(1);
  }
  if (!loads(electron, { ELECTRON_RUN_AS_NODE: '1' })) {
    console.log('为 Electron 重新编译 better-sqlite3… / rebuilding better-sqlite3 for Electron…');
    if (!run(bin('electron-builder'), ['install-app-deps'])) {
      console.error('为 Electron 编译 better-sqlite3 失败。/ could not rebuild better-sqlite3 for Electron.');
      process.exit(1);
    }
  }
  const child = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit' });
  forwardSignals(child);
  child.on('exit', (code, signal) => {
    if (!loads(process.execPath, {})) {
      console.log('恢复 Node 版 better-sqlite3（供测试与命令行使用）… / restoring the Node build of better-sqlite3…');
      run(isWin ? 'npm.cmd' : 'npm', ['rebuild', 'better-sqlite3']);
    }
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function startBrowser(args, reason) {
  if (reason) console.log(reason);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron', 'server', 'browser-main.ts'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  forwardSignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser') || process.env.RECTIFY_BROWSER === '1';
const passArgs = args.filter((a) => a !== '--browser');
const electron = forceBrowser ? null : electronBinary();
if (electron) {
  startElectron(electron, passArgs);
} else {
  startBrowser(
    passArgs,
    forceBrowser
      ? '按要求使用浏览器模式。/ Browser mode as requested.'
      : '未安装 Electron（可选依赖，其程序文件无法下载），改用浏览器模式。\n' +
          'Electron is not installed (optional dependency; its binary could not be downloaded), so browser mode is used.',
  );
}
