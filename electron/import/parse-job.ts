/** Reading + parsing one return: the CPU-heavy, side-effect-free part of an import (runs in workers). */
import { AppError, type Issue } from '../../shared/errors';
import type { FocusArea } from '../../shared/domain/campaign';
import { parseReturn, type ParsedReturn } from '../../shared/import/parse-return';
import { isDistrictBook, parseDistrictReturn, type ParsedDistrictReturn } from '../../shared/import/parse-district-return';
import { readSpreadsheetGrid } from './xlsx-grid';

/** `district` is set (and `parsed` null) for a 区县汇总填报表, which import-service splits per institution. */
export interface ParseOutcome { parsed: ParsedReturn | null; readError: Issue[]; district?: ParsedDistrictReturn }

export function readAndParse(bytes: Uint8Array, name: string, areas: FocusArea[]): ParseOutcome {
  try {
    const book = readSpreadsheetGrid(bytes, name);
    if (isDistrictBook(book)) {
      const district = parseDistrictReturn(book, areas);
      for (const note of book.notes ?? []) district.issues.push({ rule: 'file.note', severity: '警告', file: name, message: `${name}：${note}` });
      return { parsed: null, readError: [], district };
    }
    const parsed = parseReturn(book, areas);
    for (const note of book.notes ?? []) parsed.issues.push({ rule: 'file.note', severity: '警告', file: name, message: `${name}：${note}` });
    return { parsed, readError: [] };
  } catch (e) {
    if (!(e instanceof AppError)) {
      const why = e instanceof Error ? e.message : String(e);
      return { parsed: null, readError: [{ rule: 'file.read', severity: '错误', file: name, message: `${name}：无法读取该文件（${why}）。请用 Excel/WPS 打开后另存为 .xlsx 再导入；仍不行请把文件交给技术支持。` }] };
    }
    // Reader errors already start with the file name, and some locate the problem (a row or
    // column past the limits): keep the sheet and cell so the report and error workbook show them.
    const message = e.message.startsWith(`${name}：`) ? e.message : `${name}：${e.message}`;
    const at = e.details?.find((d) => d.sheet || d.cell);
    const where = { ...(at?.sheet ? { sheet: at.sheet } : {}), ...(at?.cell ? { cell: at.cell } : {}), ...(at?.row ? { row: at.row } : {}) };
    return { parsed: null, readError: [{ rule: 'file.read', severity: '错误', file: name, message, ...where }] };
  }
}
