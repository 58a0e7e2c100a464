import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');

function electronInstalled(): boolean {
  try {
    const p: unknown = createRequire(path.join(root, 'package.json'))('electron');
    return typeof p === 'string' && fs.existsSync(p);
  } catch {
    return false;
  }
}

const hasElectron = electronInstalled();
if (hasElectron) console.warn('Electron is installed here: the browser-mode fallback of `npm start` is not exercised by this test.');

describe.skipIf(hasElectron)('npm start without Electron', () => {
  it('says so in Chinese and English, runs browser mode, and stops cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-start-'));
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--data-dir', dataDir, '--port', '0', '--no-build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${out}`)), 60_000);
        child.stdout.on('data', () => {
          if (/浏览器模式：http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        });
        void exited.then(() => reject(new Error(`exited early:\n${out}`)));
      });
      expect(out).toContain('未安装 Electron');
      expect(out).toContain('Electron is not installed');
      expect(out).toContain(`数据文件夹 / data folder: ${dataDir}`);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
