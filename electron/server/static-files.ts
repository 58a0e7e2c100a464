/**
 * Maps a request path to a file inside the built renderer folder, refusing anything that would
 * leave it (`..`, encoded `%2e%2e`, backslashes, NUL, absolute paths, symlinks pointing out).
 * Used by the browser-mode HTTP server and by Electron's `app://` protocol handler alike.
 */
import fs from 'node:fs';
import path from 'node:path';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Returns the absolute path of an existing regular file under `root` for the URL path
 * `urlPath` (already stripped of query and hash), or null when the path is malformed, escapes the
 * root or names no file. `/` and extension-less paths fall back to index.html (client routing).
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return null;
  // Reject any dot-dot segment outright rather than normalising it away: no legitimate asset
  // path has one, so its presence means someone is probing.
  if (decoded.split('/').some((seg) => seg === '..')) return null;
  const realRoot = safeRealpath(root);
  if (!realRoot) return null;
  const rel = decoded === '/' ? 'index.html' : decoded.slice(1);
  const candidate = path.resolve(realRoot, rel);
  if (!isInside(realRoot, candidate)) return null;
  const hit = existingFileInside(realRoot, candidate);
  if (hit) return hit;
  if (path.extname(rel) === '') return existingFileInside(realRoot, path.join(realRoot, 'index.html'));
  return null;
}

function existingFileInside(realRoot: string, candidate: string): string | null {
  const real = safeRealpath(candidate);
  if (!real || !isInside(realRoot, real)) return null;
  try {
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function safeRealpath(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}
