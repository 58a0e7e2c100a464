import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBrowserArgs } from '../../../electron/server/browser-main';
import { startAppServer } from '../../e2e/helpers/browser-app';

describe('parseBrowserArgs', () => {
  it('reads --data-dir, --port and --no-build in both spellings', () => {
    expect(parseBrowserArgs([])).toEqual({ dataDir: null, port: 0, build: true });
    expect(parseBrowserArgs(['--data-dir', '/d', '--port', '8080', '--no-build'])).toEqual({ dataDir: '/d', port: 8080, build: false });
    expect(parseBrowserArgs(['--data-dir=D:\\数据', '--port=0'])).toEqual({ dataDir: 'D:\\数据', port: 0, build: true });
  });

  it('rejects bad ports, missing values and unknown flags with usage errors', () => {
    for (const argv of [['--port', '70000'], ['--port', 'abc'], ['--port', '-1'], ['--data-dir'], ['--host', '0.0.0.0'], ['serve']]) {
      expect(() => parseBrowserArgs(argv), argv.join(' ')).toThrow(expect.objectContaining({ code: 'usage' }));
    }
  });
});

describe('browser-main process', () => {
  it('prints the URL once listening, serves the backend, and closes the database on SIGTERM', async () => {
    const server = await startAppServer({ args: ['--no-build'] });
    try {
      expect(server.output()).toMatch(/^rectify-desk 浏览器模式：http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/m);
      const token = new URL(server.url).searchParams.get('token')!;
      const r = await fetch(`${server.origin}/api/invoke`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Rectify-Token': token },
        body: JSON.stringify({ channel: 'settings:set', args: { key: 'operator', value: '张三' } }),
      });
      expect(await r.json()).toMatchObject({ ok: true, data: { operator: '张三' } });
      expect(fs.existsSync(`${server.dataDir}/rectify.db`)).toBe(true);

      const exit = new Promise<number | null>((resolve) => server.process.once('exit', (code) => resolve(code)));
      server.process.kill('SIGTERM');
      expect(await exit).toBe(0);
      // A cleanly closed WAL database leaves no -wal file behind: the data folder is self-contained.
      expect(fs.existsSync(`${server.dataDir}/rectify.db-wal`)).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it('exits with a Chinese message on a usage error', async () => {
    await expect(startAppServer({ args: ['--bogus'], timeoutMs: 30_000 })).rejects.toThrow(/未知参数：--bogus/);
  });
});
