import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/ipc/dispatch';
import { startHttpServer, type RunningServer } from '../../../electron/server/http-server';
import { openContext, type AppContext } from '../../../electron/services/app-context';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw node:http so the test controls Host and sends paths unnormalised (fetch would fix them). */
function send(port: number, o: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: o.host ?? '127.0.0.1', port, method: o.method ?? 'GET', path: o.path ?? '/', headers: { Host: `127.0.0.1:${port}`, ...o.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}

const TOKEN = 'a'.repeat(64);
let tmp: string;
let root: string;
let ctx: AppContext;
let srv: RunningServer;
let small: RunningServer;

const auth = () => ({ Cookie: `rectify_token_${srv.port}=${TOKEN}` });
const invoke = (payload: unknown, headers: Record<string, string> = {}) =>
  send(srv.port, {
    method: 'POST',
    path: '/api/invoke',
    headers: { 'Content-Type': 'application/json', 'X-Rectify-Token': TOKEN, ...headers },
    body: JSON.stringify(payload),
  });

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-http-'));
  root = path.join(tmp, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>专项整治报送统计</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  ctx = openContext({ dataDir: path.join(tmp, 'data'), mode: 'browser' });
  const dispatch = createDispatch(ctx);
  srv = await startHttpServer({ dispatch, staticRoot: root, token: TOKEN });
  small = await startHttpServer({ dispatch, staticRoot: root, token: TOKEN, maxBodyBytes: 1024 });
});

afterAll(async () => {
  await srv?.close();
  await small?.close();
  ctx?.db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('browser-mode HTTP server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', async () => {
    const addr = srv.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/?token=${TOKEN}`);
    const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(send(srv.port, { host: external.address })).rejects.toThrow(/ECONNREFUSED/);
    } else {
      console.warn('no non-loopback IPv4 interface: skipped the "unreachable from the LAN" probe');
    }
  });

  it('generates a fresh 256-bit token per start when none is given', async () => {
    const a = await startHttpServer({ dispatch: createDispatch(ctx), staticRoot: root });
    const b = await startHttpServer({ dispatch: createDispatch(ctx), staticRoot: root });
    try {
      expect(a.token).toMatch(/^[0-9a-f]{64}$/);
      expect(a.token).not.toBe(b.token);
      expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses requests without the token (401, Chinese message)', async () => {
    const page = await send(srv.port, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.body).toContain('未授权');
    const api = await send(srv.port, { method: 'POST', path: '/api/invoke', headers: { 'Content-Type': 'application/json' }, body: '{"channel":"app:info","args":{}}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('未授权') } });
    const asset = await send(srv.port, { path: '/assets/app.js' });
    expect(asset.status).toBe(401);
    const wrong = await send(srv.port, { path: '/', headers: { Cookie: `rectify_token_${srv.port}=${'b'.repeat(64)}` } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('令牌不正确');
  });

  it('turns ?token= into an HttpOnly SameSite=Strict cookie and strips it from the address', async () => {
    const r = await send(srv.port, { path: `/?token=${TOKEN}&tab=stats` });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/?tab=stats');
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toContain(`rectify_token_${srv.port}=${TOKEN}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const bad = await send(srv.port, { path: '/?token=nope' });
    expect(bad.status).toBe(401);
    expect(bad.headers['set-cookie']).toBeUndefined();
  });

  it('serves the renderer with the CSP header once authenticated', async () => {
    const r = await send(srv.port, { path: '/', headers: auth() });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toContain('专项整治报送统计');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    const js = await send(srv.port, { path: '/assets/app.js', headers: auth() });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
  });

  it('does not accept a cookie minted for another port', async () => {
    const r = await send(small.port, { path: '/', headers: { Cookie: `rectify_token_${srv.port}=${TOKEN}` } });
    expect(r.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    for (const host of ['evil.example', `evil.example:${srv.port}`, `127.0.0.1:${srv.port + 1}`, `0.0.0.0:${srv.port}`]) {
      const r = await send(srv.port, { path: '/', headers: { ...auth(), Host: host } });
      expect(r.status, host).toBe(403);
      expect(r.body).toContain('拒绝访问');
    }
    const ok = await send(srv.port, { path: '/', headers: { ...auth(), Host: `localhost:${srv.port}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 and never sends CORS headers', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${srv.port + 1}`, `https://127.0.0.1:${srv.port}`]) {
      const r = await invoke({ channel: 'app:info', args: {} }, { Origin: origin });
      expect(r.status, origin).toBe(403);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    }
    const pre = await send(srv.port, { method: 'OPTIONS', path: '/api/invoke', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.status).toBe(403);
    const same = await invoke({ channel: 'app:info', args: {} }, { Origin: `http://127.0.0.1:${srv.port}` });
    expect(same.status).toBe(200);
    for (const r of [pre, same]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('answers 404 to every path-traversal attempt', async () => {
    const probes = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
      `/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`,
      '/assets/missing.js',
    ];
    for (const p of probes) {
      const r = await send(srv.port, { path: p, headers: auth() });
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('SECRET');
    }
  });

  it('round-trips app:info through POST /api/invoke', async () => {
    const r = await invoke({ channel: 'app:info', args: {} });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('application/json');
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.data).toMatchObject({ mode: 'browser', dataDir: path.join(tmp, 'data') });
    expect(body.data.schemaVersion).toBeGreaterThan(0);
  });

  it('returns an error Result for an unknown channel or bad arguments', async () => {
    const unknown = JSON.parse((await invoke({ channel: 'fs:read-file', args: { path: '/etc/passwd' } })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'usage' } });
    expect(unknown.error.message).toContain('未知的接口');
    const proto = JSON.parse((await invoke({ channel: '__proto__', args: {} })).body);
    expect(proto.ok).toBe(false);
    const bad = JSON.parse((await invoke({ channel: 'settings:set', args: { key: '' } })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('rejects malformed requests to the API with Chinese messages', async () => {
    const notJson = await send(srv.port, { method: 'POST', path: '/api/invoke', headers: { 'X-Rectify-Token': TOKEN, 'Content-Type': 'text/plain' }, body: 'channel=app:info' });
    expect(notJson.status).toBe(415);
    const broken = await send(srv.port, { method: 'POST', path: '/api/invoke', headers: { 'X-Rectify-Token': TOKEN, 'Content-Type': 'application/json' }, body: '{"channel":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toContain('请求格式不正确');
    const array = await invoke(['app:info']);
    expect(array.status).toBe(400);
    const get = await send(srv.port, { path: '/api/invoke', headers: auth() });
    expect(get.status).toBe(405);
    const other = await send(srv.port, { path: '/api/other', headers: auth() });
    expect(other.status).toBe(404);
  });

  it('answers 413 when the body exceeds the limit (declared or streamed)', async () => {
    const big = JSON.stringify({ channel: 'settings:set', args: { key: 'k', value: 'x'.repeat(4096) } });
    const declared = await send(small.port, { method: 'POST', path: '/api/invoke', headers: { 'X-Rectify-Token': TOKEN, 'Content-Type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toContain('请求过大');
    const chunked = await send(small.port, {
      method: 'POST',
      path: '/api/invoke',
      headers: { 'X-Rectify-Token': TOKEN, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
  });
});
