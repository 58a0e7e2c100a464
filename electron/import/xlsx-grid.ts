/**
 * Adapter from the lean spreadsheet reader (electron/import/xlsx) to the importer's grid. Macro
 * workbooks are refused (we never open code from outside); external links only earn a warning
 * because the cached values are what the institution saw and typed.
 */
import { AppError } from '../../shared/errors';
import type { GridBook, GridCell, GridSheet } from '../../shared/import/grid';
import { readSpreadsheet } from './xlsx/index';
import type { Sheet } from './xlsx/types';

function toGridSheet(s: Sheet): GridSheet {
  return {
    name: s.name,
    hidden: s.state !== 'visible',
    rowCount: s.rowCount,
    colCount: s.colCount,
    cell(r: number, c: number): GridCell | undefined {
      const cell = s.get(r, c);
      if (!cell) return undefined;
      // An error result (#DIV/0!, #REF!) stays visible as its text: read as blank it would turn a
      // broken formula in an input cell into a silent 未报 instead of an error naming the cell.
      const out: GridCell = { value: cell.value, isDate: cell.isDate };
      if (cell.formula !== undefined) {
        out.formula = cell.formula;
        if (!cell.hasCachedValue) out.noCachedValue = true;
      }
      return out;
    },
  };
}

export function readSpreadsheetGrid(bytes: Uint8Array, fileName: string): GridBook {
  const wb = readSpreadsheet(bytes, fileName);
  if (wb.hasMacros) {
    throw new AppError('validation', '工作簿含有宏（VBA 代码），出于安全考虑不予导入。请在 Excel/WPS 中“另存为” .xlsx（不含宏）后重新导入。');
  }
  const notes: string[] = [];
  if (wb.hasExternalLinks) notes.push('工作簿含有指向其他文件的外部链接，已按文件中保存的数值导入；请确认数值无误，今后请勿引用其他文件。');
  return { sheets: wb.sheets.filter((s) => s.kind === 'worksheet').map(toGridSheet), notes, date1904: wb.date1904 };
}
