/**
 * The files a clerk drops on 导入: named by their path inside the dropped folder (so a report line
 * says which folder a file came from), filtered to what can be a return, de-duplicated when the
 * same folder is dropped twice, and traced back from a report line (`批次.zip/宿城区/x.xlsx`) to
 * the upload that carried it (for the error workbook and for sending only importable files).
 */
import type { FileStatus } from '../../shared/import/import-report';

export interface UploadLike {
  name: string;
  size: number;
  webkitRelativePath?: string;
}

export interface PendingUpload<F extends UploadLike = UploadLike> {
  /** Display name and the name sent to the backend: path inside the dropped folder, '/'-separated. */
  name: string;
  size: number;
  file: F;
}

/** Returns, archives of returns. */
const RETURN_EXT = /\.(xlsx|xlsm|xls|zip)$/i;
/** Not readable, but the backend explains what to do with them, so they are sent too. */
const EXPLAINED_EXT = /\.(et|ett|rar|7z|csv|numbers|ods)$/i;

/** Server limit is 300 MB per request and base64 adds a third: stay well below. */
export const MAX_BATCH_BYTES = 200 * 1024 * 1024;

/** Longest name the backend accepts is 260; a deeper path keeps its end (the folder and file that matter). */
const MAX_NAME = 250;

export function uploadName(f: UploadLike): string {
  const raw = f.webkitRelativePath && f.webkitRelativePath.length > 0 ? f.webkitRelativePath : f.name;
  const name = raw.replace(/\\/g, '/').replace(/^\/+/, '');
  return name.length > MAX_NAME ? `…${name.slice(name.length - MAX_NAME + 1)}` : name;
}

/** Office lock files and OS clutter that come along when a whole folder is dropped. */
export function isClutter(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return base.startsWith('~$') || base.startsWith('.~') || base.startsWith('._') || name.includes('__MACOSX/') || base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini';
}

/** True for files worth sending: returns, zips, and formats the importer refuses with advice. */
export function isCandidate(name: string): boolean {
  return !isClutter(name) && (RETURN_EXT.test(name) || EXPLAINED_EXT.test(name));
}

export interface MergeResult<F extends UploadLike> {
  list: PendingUpload<F>[];
  /** Names of dropped files that are not returns (photos, Word notes), left out. */
  skipped: string[];
  /** Files already in the list (same name and size), not added twice. */
  duplicates: number;
}

export function mergeUploads<F extends UploadLike>(existing: readonly PendingUpload<F>[], added: readonly F[]): MergeResult<F> {
  const list = [...existing];
  const seen = new Set(existing.map((u) => `${u.name}\u0000${u.size}`));
  const skipped: string[] = [];
  let duplicates = 0;
  for (const f of added) {
    const name = uploadName(f);
    if (!isCandidate(name)) {
      if (!isClutter(name)) skipped.push(name);
      continue;
    }
    const key = `${name}\u0000${f.size}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    list.push({ name, size: f.size, file: f });
  }
  list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { list, skipped, duplicates };
}

export function totalBytes(list: readonly { size: number }[]): number {
  return list.reduce((s, u) => s + u.size, 0);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export interface ReportSource {
  /** The upload that carried the file. */
  upload: string;
  /** Path inside that upload when it is a zip; null when the upload is the file itself. */
  inner: string | null;
}

/** Which upload a report line came from: the file itself, or an entry of an uploaded zip. */
export function sourceOf(reportFile: string, uploads: readonly string[]): ReportSource | null {
  if (uploads.includes(reportFile)) return { upload: reportFile, inner: null };
  let best: string | null = null;
  for (const u of uploads) {
    if (/\.zip$/i.test(u) && reportFile.startsWith(`${u}/`) && (!best || u.length > best.length)) best = u;
  }
  return best ? { upload: best, inner: reportFile.slice(best.length + 1) } : null;
}

const IMPORTABLE: ReadonlySet<FileStatus> = new Set<FileStatus>(['accepted', 'warning', 'superseded']);

export function isImportable(status: FileStatus): boolean {
  return IMPORTABLE.has(status);
}

/**
 * Uploads to send on 确认导入: those carrying at least one file the dry run would import. Refused
 * and unchanged files would only be refused or skipped again, so they are not re-sent.
 */
export function uploadsToCommit(files: readonly { file: string; status: FileStatus }[], uploads: readonly string[]): string[] {
  const keep = new Set<string>();
  for (const f of files) {
    if (!isImportable(f.status)) continue;
    const src = sourceOf(f.file, uploads);
    if (src) keep.add(src.upload);
  }
  return uploads.filter((u) => keep.has(u));
}

/** The marked-up workbook can be made only from an .xlsx/.xlsm the app can open. */
export function canMarkUp(reportFile: string, issues: number): boolean {
  return issues > 0 && /\.(xlsx|xlsm)$/i.test(reportFile);
}
