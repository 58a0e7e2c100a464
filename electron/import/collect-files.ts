/**
 * Expands what the user handed over (files, folders recursively, zips) into named byte buffers.
 * Zip entry names are display names only — never used as paths — and are decoded as GBK when the
 * zip was made on Chinese Windows (no UTF-8 flag). Formats we cannot read get a clear message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import type { Issue } from '../../shared/errors';

export interface InputFile {
  /** What the user sees: relative path inside the folder or `archive.zip/inner/name.xlsx`. */
  name: string;
  bytes: Uint8Array;
  /** Date the return reached the bureau (WeChat, e-mail, USB arrive over days), when known per file. */
  received?: string;
}

export interface Collected {
  files: InputFile[];
  /** Files refused before reading (wrong format, archive problems). */
  refused: Issue[];
}

const SHEET_EXT = /\.(xlsx|xlsm|xls)$/i;
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_ZIP_TOTAL = 500 * 1024 * 1024;
// A zip of folders zipped again is common; deeper nesting is not (and is how zip bombs hide).
const MAX_ZIP_DEPTH = 3;

const UNSUPPORTED: Record<string, string> = {
  '.et': 'WPS 表格格式（.et）无法直接读取，请在 WPS 中“另存为” .xlsx 后导入',
  '.ett': 'WPS 模板格式（.ett）无法直接读取，请另存为 .xlsx 后导入',
  '.rar': 'RAR 压缩包无法直接读取，请解压后导入文件夹，或重新压缩为 .zip',
  '.7z': '7z 压缩包无法直接读取，请解压后导入文件夹，或重新压缩为 .zip',
  '.csv': 'CSV 文件不含填报模板的工作表，请使用下发的 .xlsx 模板填写',
  '.numbers': 'Numbers 文件请导出为 .xlsx 后导入',
  '.ods': 'ODS 文件请另存为 .xlsx 后导入',
};

/** Office/WPS lock files and OS clutter that users zip up by accident. */
function isClutter(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return base.startsWith('~$') || base.startsWith('.~') || base.startsWith('._') || name.includes('__MACOSX/') || base === '.DS_Store' || base === 'Thumbs.db';
}

function decodeZipName(raw: string): string {
  // fflate decodes names as UTF-8 when flag bit 11 is set, otherwise as latin1: re-decode those
  // bytes as GBK (Windows zips from Chinese systems), unless they are plain ASCII.
  if (!/[\u0080-\u00ff]/.test(raw)) return raw;
  const bytes = Buffer.from(raw, 'latin1');
  const utf8 = bytes.toString('utf8');
  if (!utf8.includes('\ufffd')) return utf8;
  return iconv.decode(bytes, 'gbk');
}

function classify(name: string, bytes: Uint8Array, out: Collected, depth = 0): void {
  if (isClutter(name)) return;
  const ext = path.extname(name).toLowerCase();
  if (ext === '.zip') { expandZip(name, bytes, out, depth + 1); return; }
  if (SHEET_EXT.test(name)) {
    if (bytes.length > MAX_FILE_BYTES) {
      out.refused.push({ rule: 'file.too-large', severity: '错误', file: name, message: `${name}：文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不像是填报表，请核对` });
      return;
    }
    out.files.push({ name, bytes });
    return;
  }
  const why = UNSUPPORTED[ext];
  if (why) out.refused.push({ rule: 'file.format', severity: '错误', file: name, message: `${name}：${why}` });
  // Other files in a folder (Word notes, photos) are not returns: ignore them silently.
}

/** An entry name that tries to leave the archive (`../x`, `/etc/x`, `C:\\x`): never legitimate in a return zip. */
function escapesArchive(inner: string): boolean {
  return inner.startsWith('/') || /^[A-Za-z]:/.test(inner) || inner.split('/').includes('..');
}

function expandZip(name: string, bytes: Uint8Array, out: Collected, depth: number): void {
  if (depth > MAX_ZIP_DEPTH) {
    out.refused.push({ rule: 'file.zip', severity: '错误', file: name, message: `${name}：压缩包嵌套超过 ${MAX_ZIP_DEPTH} 层，已拒绝（可能是恶意构造的压缩包），请解压后直接导入其中的表格文件` });
    return;
  }
  let entries: Record<string, Uint8Array>;
  const oversized: string[] = [];
  try {
    let total = 0;
    entries = unzipSync(bytes, {
      // Sizes are the declared ones: fflate inflates into a buffer of exactly that size, so an
      // entry that understates its size is cut short (and then fails to read) rather than grow.
      filter: (f) => {
        if (f.name.endsWith('/')) return false;
        total += f.originalSize;
        if (total > MAX_ZIP_TOTAL) throw new Error('too-large');
        if (f.originalSize > MAX_FILE_BYTES) { oversized.push(f.name); return false; }
        return true;
      },
    });
  } catch (e) {
    const tooBig = e instanceof Error && e.message === 'too-large';
    out.refused.push({ rule: 'file.zip', severity: '错误', file: name, message: tooBig
      ? `${name}：压缩包解压后超过 ${MAX_ZIP_TOTAL / 1024 / 1024} MB，已拒绝（可能是压缩炸弹），请分批导入`
      : `${name}：压缩包已损坏或不完整，无法解压，请重新打包或直接导入文件夹` });
    return;
  }
  for (const raw of oversized) {
    const shown = `${name}/${decodeZipName(raw).replace(/\\/g, '/')}`;
    if (!isClutter(shown)) out.refused.push({ rule: 'file.too-large', severity: '错误', file: shown, message: `${shown}：解压后超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，不像是填报表，已跳过（未解压），请核对` });
  }
  for (const [raw, data] of Object.entries(entries)) {
    const inner = decodeZipName(raw).replace(/\\/g, '/');
    if (escapesArchive(inner)) {
      // Names are only ever shown, never used as paths; still, such a name marks a crafted archive.
      out.refused.push({ rule: 'file.zip-path', severity: '错误', file: `${name}/${inner}`, message: `${name}：压缩包中的文件名“${inner}”含有上级目录（..）或绝对路径，可能是恶意构造的压缩包，已拒绝该文件。请直接导入表格文件，或重新打包后导入。` });
      continue;
    }
    classify(`${name}/${inner}`, data, out, depth);
  }
}

function walk(dir: string, rel: string, out: Collected): void {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, ent.name);
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) walk(full, r, out);
    else if (ent.isFile()) classify(r, fs.readFileSync(full), out);
  }
}

/** Reads paths given on the command line or dropped in the UI. */
export function collectPaths(paths: string[]): Collected {
  const out: Collected = { files: [], refused: [] };
  for (const p of paths) {
    if (!fs.existsSync(p)) {
      out.refused.push({ rule: 'file.missing', severity: '错误', file: p, message: `${p}：文件或文件夹不存在` });
      continue;
    }
    const st = fs.statSync(p);
    if (st.isDirectory()) walk(p, path.basename(p), out);
    else classify(path.basename(p), fs.readFileSync(p), out);
  }
  return out;
}

/** Same for uploaded files (browser/Electron UI): names are display names only. */
export function collectUploads(files: { fileName: string; bytes: Uint8Array; received?: string }[]): Collected {
  const out: Collected = { files: [], refused: [] };
  for (const f of files) {
    const before = out.files.length;
    classify(f.fileName.replace(/\\/g, '/').replace(/^(\.\.\/)+/, ''), f.bytes, out);
    if (f.received) for (const x of out.files.slice(before)) x.received = f.received;
  }
  return out;
}
