/**
 * Spreadsheet reading for the importer. Call readSpreadsheet(bytes, fileName); readWorkbook and
 * readLegacyXls are the two readers behind it. See types.ts for the model and the default limits.
 */
import type { HeaderGrid } from '../../../shared/import/header-match';
import type { Sheet } from './types';

export { readSpreadsheet } from './read-spreadsheet';
export { readWorkbook } from './read-workbook';
export { readLegacyXls } from './legacy-xls';
export { isDateFormatCode } from './num-fmt';
export { DEFAULT_LIMITS } from './types';
export type {
  Cell,
  CellKind,
  CellValue,
  DataValidation,
  DefinedName,
  ReadOptions,
  Sheet,
  SheetInfo,
  SheetRow,
  SheetState,
  SpreadsheetFormat,
  Workbook,
} from './types';

/** The top of a sheet as matchHeader (shared/import/header-match) wants it. */
export function headerGrid(sheet: Sheet, maxRows = 15): HeaderGrid {
  return { rows: sheet.textGrid(maxRows), firstRow: 1, merges: sheet.merges };
}
