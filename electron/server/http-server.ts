/**
 * Browser mode's transport: a Node HTTP server on 127.0.0.1 that serves the built renderer and
 * answers `POST /api/invoke` {channel, args} with the same `dispatch` the Electron main process
 * registers, so the browser runs the real backend. Every request must prove it holds the
 * per-start token (cookie set from `?token=` on the first page load, or the X-Rectify-Token
 * header), name our Host, and come from our Origin when it names one. No CORS headers, ever:
 * the page is same-origin, nothing else should be able to read our answers.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppErrorCode, Result } from '../../shared/errors';
import { SECURITY_HEADERS } from '../csp';
import type { Dispatch } from '../ipc/dispatch';
import {
  TOKEN_HEADER,
  cookieName,
  createToken,
  isAllowedHost,
  isAllowedOrigin,
  readCookie,
  sameToken,
  sessionCookie,
} from './request-guard';
import { mimeType, resolveStaticFile } from './static-files';

/** Uploads travel as base64 inside JSON: 300 MB of body is ~225 MB of files. */
export const MAX_BODY_BYTES = 300 * 1024 * 1024;

export const INVOKE_PATH = '/api/invoke';

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** Folder holding the built renderer (dist/renderer). */
  staticRoot: string;
  /** 0 or absent: a free port chosen by the OS. */
  port?: number;
  /** Absent: a fresh random token. Tests pass one to know it in advance. */
  token?: string;
  maxBodyBytes?: number;
  log?: (msg: string) => void;
}

export interface RunningServer {
  /** Full address to open, token included: print it only to the person who started us. */
  url: string;
  origin: string;
  port: number;
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

class HttpFailure extends Error {
  constructor(readonly status: number, message: string, readonly code: AppErrorCode = 'usage') {
    super(message);
  }
}

const MESSAGES = {
  unauthorized: '未授权：请用启动时终端里打印的完整地址（含 ?token=…）打开本页面。',
  badToken: '访问令牌不正确：请用本次启动时终端里打印的地址重新打开（每次启动令牌都会更换）。',
  badHost: '拒绝访问：请求的主机名不是 127.0.0.1 或 localhost。',
  badOrigin: '拒绝访问：请求来自其他网站。',
  notFound: '未找到该页面或文件。',
  tooLarge: (limit: number) => `请求过大：超过 ${Math.round(limit / 1024 / 1024)} MB 上限，请分批上传文件。`,
  badJson: '请求格式不正确：需要 JSON 对象 {channel, args}。',
  notJson: '请求格式不正确：Content-Type 必须是 application/json。',
  method: '不支持的请求方法。',
  internal: '服务器内部错误，请查看启动程序的终端输出。',
};

export function startHttpServer(o: HttpServerOptions): Promise<RunningServer> {
  const token = o.token ?? createToken();
  const maxBody = o.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = o.log ?? (() => {});
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof HttpFailure) return fail(req, res, e);
      log(`[http] ${req.method} ${req.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      fail(req, res, new HttpFailure(500, MESSAGES.internal, 'internal'));
    });
  });
  // Generous for slow uploads, but a silent half-open connection must not pin memory forever.
  server.requestTimeout = 10 * 60_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) throw new HttpFailure(403, MESSAGES.badHost);
    if (!isAllowedOrigin(headerValue(req.headers.origin), port)) throw new HttpFailure(403, MESSAGES.badOrigin);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const method = req.method ?? 'GET';

    const queryToken = url.searchParams.get('token');
    if (queryToken !== null && (method === 'GET' || method === 'HEAD')) {
      if (!sameToken(queryToken, token)) throw new HttpFailure(401, MESSAGES.badToken);
      // Move the token from the address bar (history, screenshots) into an HttpOnly cookie.
      url.searchParams.delete('token');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': sessionCookie(port, token),
        Location: url.pathname + url.search,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    const presented = headerValue(req.headers[TOKEN_HEADER]) ?? readCookie(headerValue(req.headers.cookie), cookieName(port));
    if (!sameToken(presented, token)) throw new HttpFailure(401, presented ? MESSAGES.badToken : MESSAGES.unauthorized);

    if (url.pathname === INVOKE_PATH) {
      if (method !== 'POST') throw new HttpFailure(405, MESSAGES.method);
      return invoke(req, res);
    }
    if (url.pathname.startsWith('/api/')) throw new HttpFailure(404, MESSAGES.notFound);
    if (method !== 'GET' && method !== 'HEAD') throw new HttpFailure(405, MESSAGES.method);
    return serveStatic(res, url.pathname, method === 'HEAD');
  }

  async function invoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const type = headerValue(req.headers['content-type']) ?? '';
    // Requiring JSON also means a plain HTML <form> on another site can never reach a handler.
    if (!/^application\/json\b/i.test(type)) throw new HttpFailure(415, MESSAGES.notJson, 'validation');
    const body = await readBody(req, maxBody);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new HttpFailure(400, MESSAGES.badJson, 'validation');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new HttpFailure(400, MESSAGES.badJson, 'validation');
    const { channel, args } = parsed as { channel?: unknown; args?: unknown };
    const result = await o.dispatch(channel, args);
    sendJson(res, 200, result);
  }

  async function serveStatic(res: http.ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const file = resolveStaticFile(o.staticRoot, pathname);
    if (!file) throw new HttpFailure(404, MESSAGES.notFound);
    const stat = await fs.promises.stat(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeType(file),
      'Content-Length': String(stat.size),
      // Same URLs change content after a rebuild; revalidating costs nothing on localhost.
      'Cache-Control': file.endsWith('.html') ? 'no-store' : 'no-cache',
    });
    if (headOnly) {
      res.end();
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const stream = fs.createReadStream(file);
      stream.on('error', reject);
      res.on('close', resolve);
      stream.pipe(res);
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: never reachable from the network, whatever the firewall says.
    server.listen(o.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/?token=${token}`,
        origin,
        port,
        token,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new HttpFailure(413, MESSAGES.tooLarge(limit), 'validation'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        reject(new HttpFailure(413, MESSAGES.tooLarge(limit), 'validation'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** API callers get the Result envelope (the client shows `error.message`); pages get plain text. */
function fail(req: http.IncomingMessage, res: http.ServerResponse, e: HttpFailure): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // An unread upload is not worth draining: answer, then drop the connection.
  if (e.status === 413) res.setHeader('Connection', 'close');
  if ((req.url ?? '').startsWith('/api/')) {
    const result: Result<never> = { ok: false, error: { code: e.code, message: e.message } };
    sendJson(res, e.status, result);
    return;
  }
  const body = `${e.status} ${e.message}\n`;
  res.writeHead(e.status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
