/**
 * Post-processing of an exceljs-written package. exceljs cannot lock a workbook's structure, so
 * `<workbookProtection lockStructure="1"/>` is inserted into xl/workbook.xml here (password-free:
 * it stops accidental renaming/deleting of sheets and un-hiding `_meta`). The package is re-zipped
 * with fixed entry times so the same input gives byte-identical files (re-imports are "unchanged").
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../shared/errors';

export interface FinalizeOptions {
  lockStructure: boolean;
  /** Timestamp of every zip entry. */
  mtime: Date;
}

const WORKBOOK = 'xl/workbook.xml';

/** Inserts workbookProtection where CT_Workbook's sequence wants it: after workbookPr. */
export function lockWorkbookStructure(xml: string): string {
  if (xml.includes('<workbookProtection')) return xml;
  const tag = '<workbookProtection lockStructure="1"/>';
  const pr = /<workbookPr\b[^>]*\/>|<workbookPr\b[^>]*>[\s\S]*?<\/workbookPr>/.exec(xml);
  if (pr) return xml.slice(0, pr.index + pr[0].length) + tag + xml.slice(pr.index + pr[0].length);
  const fv = /<fileVersion\b[^>]*\/>/.exec(xml);
  if (fv) return xml.slice(0, fv.index + fv[0].length) + tag + xml.slice(fv.index + fv[0].length);
  const open = /<workbook\b[^>]*>/.exec(xml);
  if (!open) throw new AppError('internal', '生成的工作簿缺少 workbook 元素');
  return xml.slice(0, open.index + open[0].length) + tag + xml.slice(open.index + open[0].length);
}

export function finalizeXlsx(buf: Uint8Array, opts: FinalizeOptions): Buffer {
  const entries = unzipSync(buf);
  const out: Zippable = {};
  // [Content_Types].xml must stay first; keep exceljs's order and drop directory entries.
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    let bytes = data;
    if (name === WORKBOOK && opts.lockStructure) bytes = strToU8(lockWorkbookStructure(strFromU8(data)));
    out[name] = [bytes, { mtime: opts.mtime, level: 6 }];
  }
  return Buffer.from(zipSync(out));
}
