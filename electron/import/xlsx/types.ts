/**
 * The reader's public model, shared by the .xlsx streaming reader and the legacy .xls reader so
 * the import pipeline sees one shape. Rows and columns are 1-based, as in Excel.
 */
import type { CellRange } from '../../../shared/import/cell-ref';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** number (dates are serials, see Cell.isDate), string, boolean; error cells carry '#N/A' etc. */
export type CellValue = number | string | boolean | null;

export type CellKind = 'number' | 'string' | 'boolean' | 'error' | 'blank';

export interface Cell {
  row: number;
  col: number;
  /** 'blank' only for a formula cell without a cached value (value null). */
  kind: CellKind;
  value: CellValue;
  /** Number format code of the cell's style ('General' when none). */
  numFmt: string;
  /** The number format displays a date/time: value is an Excel serial (see Workbook.date1904). */
  isDate: boolean;
  /** Formula text without '=' (shared formulas translated to this cell). */
  formula?: string;
  /** Set when formula is: whether the file stored a computed result for it. */
  hasCachedValue?: boolean;
}

export interface SheetRow {
  row: number;
  /** Cells of the row in column order (only cells that exist). */
  cells: Cell[];
}

export interface DataValidation {
  /** 'list', 'whole', 'decimal', 'date', 'textLength', 'custom', … ('any' when unset). */
  type: string;
  ranges: CellRange[];
  sqref: string;
  allowBlank: boolean;
  operator?: string;
  formula1?: string;
  formula2?: string;
  /** For list validations: the allowed values, from an inline "a,b,c" list or a resolved range. */
  list?: string[];
  /** For list validations whose source is a range or a name: that reference as written. */
  listSource?: string;
}

export interface SheetInfo {
  name: string;
  state: SheetState;
  /** 0-based position in the workbook. */
  index: number;
  /** Chart sheets and dialog/macro sheets hold no cells. */
  kind: 'worksheet' | 'chartsheet' | 'other';
}

export interface Sheet extends SheetInfo {
  /** Last row holding a cell (0 when the sheet is empty). */
  readonly rowCount: number;
  /** Last column holding a cell (0 when the sheet is empty). */
  readonly colCount: number;
  readonly merges: CellRange[];
  readonly validations: DataValidation[];
  get(row: number, col: number): Cell | undefined;
  /** The cell, or the top-left cell of the merged area containing (row, col). */
  getMerged(row: number, col: number): Cell | undefined;
  /** Rows that hold cells, in order. */
  rows(): IterableIterator<SheetRow>;
  /** Display-ish text of the top-left block: rows[0] is row 1, [0] of each row is column A.
   * Strings as stored, numbers plain (date cells as YYYY-MM-DD), booleans TRUE/FALSE, blanks ''. */
  textGrid(maxRows?: number, maxCols?: number): string[][];
}

export interface DefinedName {
  name: string;
  /** The formula/reference as written ('问题台账!$A$1:$A$9'). */
  ref: string;
  /** Set for a sheet-scoped name: that sheet's name. */
  scopeSheet?: string;
  hidden: boolean;
}

export type SpreadsheetFormat = 'xlsx' | 'xlsm' | 'xls' | 'xlsb' | 'xml2003' | 'html';

export interface Workbook {
  format: SpreadsheetFormat;
  /** Parsed sheets in workbook order (those selected by ReadOptions.sheets). */
  sheets: Sheet[];
  /** Every sheet of the workbook, parsed or not. */
  sheetInfos: SheetInfo[];
  definedNames: DefinedName[];
  /** Serials count from 1904-01-01 (old Mac workbooks). Pass to parseDateCell. */
  date1904: boolean;
  hasMacros: boolean;
  hasExternalLinks: boolean;
  sheet(name: string): Sheet | undefined;
}

export interface ReadOptions {
  /** Which sheets to parse (all when omitted); skipped sheets still appear in sheetInfos. */
  sheets?: (name: string, info: SheetInfo) => boolean;
  /** Cells holding a value or formula, whole workbook. Default 1,000,000. */
  maxCells?: number;
  /** Highest row number holding a cell, per sheet. Default 100,000. */
  maxRows?: number;
  /** Highest column number holding a cell, per sheet. Default 1,024 (column AMJ). */
  maxCols?: number;
  /** Entries in sharedStrings.xml. Default 1,000,000. */
  maxSharedStrings?: number;
  /** Total uncompressed bytes of the parts read (zip-bomb guard). Default 64 MiB: a filled-in
   * return is well under 5 MB, a 10,000-row roster about 15 MB. */
  maxUncompressedBytes?: number;
}

export type ResolvedLimits = Required<Omit<ReadOptions, 'sheets'>>;

export const DEFAULT_LIMITS: ResolvedLimits = {
  maxCells: 1_000_000,
  maxRows: 100_000,
  maxCols: 1_024,
  maxSharedStrings: 1_000_000,
  maxUncompressedBytes: 64 * 1024 * 1024,
};

export function resolveLimits(opts: ReadOptions = {}): ResolvedLimits {
  return {
    maxCells: opts.maxCells ?? DEFAULT_LIMITS.maxCells,
    maxRows: opts.maxRows ?? DEFAULT_LIMITS.maxRows,
    maxCols: opts.maxCols ?? DEFAULT_LIMITS.maxCols,
    maxSharedStrings: opts.maxSharedStrings ?? DEFAULT_LIMITS.maxSharedStrings,
    maxUncompressedBytes: opts.maxUncompressedBytes ?? DEFAULT_LIMITS.maxUncompressedBytes,
  };
}
