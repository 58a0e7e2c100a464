/**
 * styles.xml → per cell-style (xf) index: the number format code and whether it shows a date.
 * Only numFmts and cellXfs matter to the importer; fonts and fills are skipped by the parser.
 */
import { builtinFormat, isBuiltinDateId, isDateFormatCode } from './num-fmt';
import { parseXmlEntry } from './xml';
import type { ByteBudget, ZipArchive, ZipEntry } from './zip';

export interface CellStyle {
  numFmt: string;
  isDate: boolean;
}

export const GENERAL_STYLE: CellStyle = { numFmt: 'General', isDate: false };

export function styleFor(numFmtId: number, custom: Map<number, string>): CellStyle {
  const code = custom.get(numFmtId);
  if (code !== undefined) return { numFmt: code, isDate: isDateFormatCode(code) };
  const builtin = builtinFormat(numFmtId);
  if (builtin !== undefined) return { numFmt: builtin, isDate: isBuiltinDateId(numFmtId) };
  // Unknown ids without a definition display as General in Excel.
  return GENERAL_STYLE;
}

export function parseStyles(zip: ZipArchive, entry: ZipEntry | undefined, budget: ByteBudget): CellStyle[] {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  parseXmlEntry(zip, entry, budget, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0) || 0);
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const byId = new Map<number, CellStyle>();
  return xfIds.map((id) => {
    let st = byId.get(id);
    if (!st) byId.set(id, (st = styleFor(id, custom)));
    return st;
  });
}
