/**
 * The importer's view of a workbook, independent of the reader (.xlsx streaming reader, legacy
 * .xls). Rows and columns are 1-based as the clerk sees them.
 */
import type { CellInput } from './parse-result';
import { cellAddress } from './cell-ref';
import { cellText } from './text';

export interface GridCell {
  value: CellInput;
  /** Formula text when the cell holds one. */
  formula?: string;
  /** A formula whose cached value is missing (never recalculated): an error naming the cell. */
  noCachedValue?: boolean;
  /** The cell's number format marks it as a date (value is an Excel serial). */
  isDate?: boolean;
}

export interface GridSheet {
  name: string;
  hidden: boolean;
  rowCount: number;
  colCount: number;
  cell(row: number, col: number): GridCell | undefined;
}

export interface GridBook {
  sheets: GridSheet[];
  /** Reader remarks that become 警告 on the file (e.g. external links). */
  notes?: string[];
  /** Serials count from 1904 (old Mac workbooks). */
  date1904?: boolean;
}

/** Same as cellAddress, kept short for the parsers. */
export function addr(row: number, col: number): string {
  return cellAddress(row, col);
}

export function textAt(s: GridSheet, row: number, col: number): string {
  return cellText(s.cell(row, col)?.value);
}
