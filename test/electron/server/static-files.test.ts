import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeType, resolveStaticFile } from '../../../electron/server/static-files';

let tmp: string;
let root: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-static-'));
  root = path.join(tmp, 'root');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), 'index');
  fs.writeFileSync(path.join(root, 'assets', 'a b.js'), 'js');
  fs.writeFileSync(path.join(tmp, 'outside.txt'), 'no');
  // A sibling whose name starts with the root's name: a naive startsWith check would let it through.
  fs.mkdirSync(path.join(tmp, 'root-evil'));
  fs.writeFileSync(path.join(tmp, 'root-evil', 'x.js'), 'no');
  fs.symlinkSync(path.join(tmp, 'outside.txt'), path.join(root, 'assets', 'out.txt'));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('resolveStaticFile', () => {
  it('finds files inside the root, decoding the path', () => {
    expect(resolveStaticFile(root, '/')).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(resolveStaticFile(root, '/assets/a%20b.js')).toBe(fs.realpathSync(path.join(root, 'assets', 'a b.js')));
  });

  it('falls back to index.html for extension-less client routes only', () => {
    expect(resolveStaticFile(root, '/stats/2023-06-H1')).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(resolveStaticFile(root, '/assets')).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(resolveStaticFile(root, '/assets/missing.js')).toBeNull();
  });

  it.each([
    '/../outside.txt',
    '/assets/../../outside.txt',
    '/%2e%2e/outside.txt',
    '/%2E%2E%2Foutside.txt',
    '/..%2f..%2froot-evil/x.js',
    '/../root-evil/x.js',
    '/..\\outside.txt',
    '/%5c..%5coutside.txt',
    '/assets/out.txt',
    '/index.html%00',
    '/%',
    'index.html',
    '//etc/passwd',
  ])('refuses %s', (p) => {
    expect(resolveStaticFile(root, p)).toBeNull();
  });

  it('returns null when the root itself is missing', () => {
    expect(resolveStaticFile(path.join(tmp, 'nope'), '/')).toBeNull();
  });
});

describe('mimeType', () => {
  it('names the types the renderer build emits', () => {
    expect(mimeType('a.js')).toMatch(/^text\/javascript/);
    expect(mimeType('a.CSS')).toMatch(/^text\/css/);
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });
});
