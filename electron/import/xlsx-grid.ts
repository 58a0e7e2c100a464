/** Adapter from the spreadsheet reader to the importer's grid (interim: exceljs). */
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import type { GridBook, GridCell } from '../../shared/import/grid';

export async function readSpreadsheetGrid(bytes: Uint8Array, fileName: string): Promise<GridBook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as never);
  } catch {
    throw new AppError('validation', `${fileName} 不是有效的 .xlsx 工作簿`);
  }
  return {
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      hidden: ws.state !== 'visible',
      rowCount: ws.rowCount,
      colCount: ws.columnCount,
      cell(r: number, c: number): GridCell | undefined {
        const cell = ws.findCell(r, c);
        if (!cell) return undefined;
        const v = cell.value as unknown;
        if (v && typeof v === 'object' && !(v instanceof Date)) {
          const o = v as { formula?: string; result?: unknown; richText?: { text: string }[]; text?: string };
          if (o.formula !== undefined) return { value: (o.result ?? null) as GridCell['value'], formula: o.formula, noCachedValue: o.result === undefined };
          if (o.richText) return { value: o.richText.map((t) => t.text).join('') };
          if (o.text !== undefined) return { value: o.text };
        }
        return { value: v as GridCell['value'] };
      },
    })),
  };
}
