/**
 * In-memory sheet: sparse rows of cells, filled by a parser and read through the Sheet interface.
 * Limits are enforced as cells are added, so an oversized sheet is refused while it is being read.
 */
import { cellAddress, columnLetter, rangeContains, type CellRange } from '../../../shared/import/cell-ref';
import { excelSerialToIso } from '../../../shared/import/date-cell';
import { readFail } from './errors';
import type { Cell, DataValidation, ResolvedLimits, Sheet, SheetInfo, SheetRow } from './types';

/** Counts cells across the sheets of one workbook. */
export interface CellCounter {
  cells: number;
}

export class SheetStore implements Sheet {
  readonly name: string;
  readonly state: SheetInfo['state'];
  readonly index: number;
  readonly kind: SheetInfo['kind'];
  rowCount = 0;
  colCount = 0;
  merges: CellRange[] = [];
  validations: DataValidation[] = [];
  private readonly data: (Cell | undefined)[][] = [];
  private date1904 = false;

  constructor(
    info: SheetInfo,
    private readonly limits: ResolvedLimits,
    private readonly counter: CellCounter,
  ) {
    this.name = info.name;
    this.state = info.state;
    this.index = info.index;
    this.kind = info.kind;
  }

  setDate1904(v: boolean): void {
    this.date1904 = v;
  }

  /** Adds (or replaces) a cell, enforcing the row/column/cell limits. */
  put(cell: Cell): void {
    const { row, col } = cell;
    if (row > this.limits.maxRows) {
      throw readFail(
        `工作表「${this.name}」第 ${row} 行（${cellAddress(row, col)}）有内容，超过 ${this.limits.maxRows} 行的上限。请删除表格下方多余的内容后重新导入。`,
        undefined,
        { sheet: this.name, cell: cellAddress(row, col), row },
      );
    }
    if (col > this.limits.maxCols) {
      throw readFail(
        `工作表「${this.name}」${cellAddress(row, col)} 有内容，超过 ${this.limits.maxCols} 列（${columnLetter(this.limits.maxCols)} 列）的上限。请删除表格右侧多余的内容后重新导入。`,
        undefined,
        { sheet: this.name, cell: cellAddress(row, col), column: columnLetter(col) },
      );
    }
    let r = this.data[row];
    if (!r) this.data[row] = r = [];
    if (!r[col]) {
      if (++this.counter.cells > this.limits.maxCells) {
        throw readFail(`文件中有内容的单元格超过 ${this.limits.maxCells} 个的上限，不像是一份正常的填报表。请拆分文件或删除多余内容后导入。`, undefined, { sheet: this.name });
      }
    }
    r[col] = cell;
    if (row > this.rowCount) this.rowCount = row;
    if (col > this.colCount) this.colCount = col;
  }

  get(row: number, col: number): Cell | undefined {
    return this.data[row]?.[col];
  }

  getMerged(row: number, col: number): Cell | undefined {
    const own = this.get(row, col);
    if (own) return own;
    for (const m of this.merges) if (rangeContains(m, row, col)) return this.get(m.top, m.left);
    return undefined;
  }

  *rows(): IterableIterator<SheetRow> {
    for (let row = 1; row <= this.rowCount; row++) {
      const r = this.data[row];
      if (!r) continue;
      const cells: Cell[] = [];
      for (const c of r) if (c) cells.push(c);
      if (cells.length) yield { row, cells };
    }
  }

  textGrid(maxRows = this.rowCount, maxCols = this.colCount): string[][] {
    const rows = Math.min(maxRows, this.rowCount);
    const cols = Math.min(maxCols, this.colCount);
    const out: string[][] = [];
    for (let row = 1; row <= rows; row++) {
      const line: string[] = [];
      for (let col = 1; col <= cols; col++) line.push(displayText(this.get(row, col), this.date1904));
      out.push(line);
    }
    return out;
  }
}

export function displayText(cell: Cell | undefined, date1904: boolean): string {
  if (!cell || cell.value === null) return '';
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (cell.isDate) {
    const iso = excelSerialToIso(v, { date1904 });
    if (iso.ok) return iso.value;
  }
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
}
