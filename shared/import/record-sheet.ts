/**
 * Reading a one-table workbook (检查记录, 举报线索): find the sheet and its header by text (any
 * column order, title rows above, blank rows/columns), then read each data row through a
 * RowReader that normalises cells and records every problem at its cell (`检查记录!F12：…`).
 */
import type { Issue } from '../errors';
import { addr, textAt, type GridBook, type GridSheet } from './grid';
import { describeHeaderProblem, matchHeader, type ColumnSpec, type GridValue, type HeaderMatch } from './header-match';
import { parseDateCell, parseNumberCell, parseYesNo } from './normalize';
import { cellText, isBlank, normalizeKey } from './text';

const HEADER_SCAN_ROWS = 15;
const MAX_COLS = 60;
export const MAX_RECORD_ROWS = 20_000;

export interface LocatedSheet {
  sheet: GridSheet;
  header: HeaderMatch;
}

function headerGrid(s: GridSheet): { rows: GridValue[][] } {
  const rows: GridValue[][] = [];
  const cols = Math.min(s.colCount, MAX_COLS);
  for (let r = 1; r <= Math.min(s.rowCount, HEADER_SCAN_ROWS + 2); r++) {
    const row: GridValue[] = [];
    for (let c = 1; c <= cols; c++) row.push(cellText(s.cell(r, c)?.value));
    rows.push(row);
  }
  return { rows };
}

/**
 * The sheet holding the table: one named like `names` first, then any visible sheet whose header
 * has every required column. Returns a Chinese message naming what is missing otherwise.
 */
export function locateRecordSheet(book: GridBook, names: readonly string[], specs: readonly ColumnSpec[]): LocatedSheet | { error: string } {
  const keys = names.map(normalizeKey);
  const visible = book.sheets.filter((s) => !s.hidden);
  const named = visible.filter((s) => keys.some((k) => normalizeKey(s.name) === k || normalizeKey(s.name).includes(k)));
  const order = [...named, ...visible.filter((s) => !named.includes(s))];
  let firstProblem: string | undefined;
  for (const sheet of order) {
    const header = matchHeader(specs, headerGrid(sheet), { maxScanRows: HEADER_SCAN_ROWS });
    const problem = describeHeaderProblem(header, specs, sheet.name, HEADER_SCAN_ROWS);
    if (!problem) return { sheet, header };
    if (named.includes(sheet) && !firstProblem) firstProblem = problem;
  }
  return { error: firstProblem ?? `找不到“${names[0]}”表：没有一个工作表的表头包含${specs.filter((s) => s.required).map((s) => `“${s.synonyms[0]}”`).join('')}等列。请使用系统生成的模板填写。` };
}

/** Whether a data row has anything in the mapped columns. */
export function rowIsBlank(l: LocatedSheet, r: number): boolean {
  for (const c of l.header.columns.values()) {
    const cell = l.sheet.cell(r, c);
    if (cell && (cell.formula || !isBlank(cell.value))) return false;
  }
  return true;
}

/** Reads one row's cells by column key, recording problems at their cells. */
export class RowReader {
  errors = 0;
  constructor(
    private readonly l: LocatedSheet,
    readonly row: number,
    private readonly issues: Issue[],
    private readonly file: string,
    private readonly labels: Record<string, string>,
  ) {}

  has(key: string): boolean {
    return this.l.header.columns.has(key);
  }

  /** Address of the key's cell in this row (the first column when the key is not in the sheet). */
  cell(key: string): string {
    return addr(this.row, this.l.header.columns.get(key) ?? 1);
  }

  label(key: string): string {
    return this.labels[key] ?? key;
  }

  problem(key: string, message: string, severity: Issue['severity'] = '错误', rule = 'record.value'): void {
    if (severity === '错误') this.errors++;
    const sheet = this.l.sheet.name;
    const cell = this.cell(key);
    this.issues.push({ rule, severity, file: this.file, sheet, cell, row: this.row, column: key, message: `${sheet}!${cell}：${message}` });
  }

  private raw(key: string) {
    const c = this.l.header.columns.get(key);
    return c ? this.l.sheet.cell(this.row, c) : undefined;
  }

  /** Trimmed text; '' when blank. A formula without a cached value is an error. */
  text(key: string, o: { required?: boolean; max?: number } = {}): string {
    const cell = this.raw(key);
    if (cell?.noCachedValue) {
      this.problem(key, `公式“=${cell.formula ?? ''}”没有计算结果，请在 Excel/WPS 中打开保存后重新导入，或直接填写`, '错误', 'cell.formula-no-value');
      return '';
    }
    const c = this.l.header.columns.get(key);
    const t = c ? textAt(this.l.sheet, this.row, c) : '';
    if (!t && o.required) this.problem(key, `“${this.label(key)}”为必填项`, '错误', 'record.required');
    return o.max ? t.slice(0, o.max) : t;
  }

  date(key: string, required = false): string | null {
    const cell = this.raw(key);
    if (!this.text(key, { required })) return null;
    const p = parseDateCell(cell?.value ?? null, cell?.isDate ?? false);
    if (!p.ok) { this.problem(key, `“${this.label(key)}”不是有效日期：${p.reason}（可写作 2023-06-05 或 2023年6月5日）`, '错误', 'cell.date'); return null; }
    return p.value;
  }

  /** Money in 元 → 分; blank → null. */
  money(key: string): number | null {
    const cell = this.raw(key);
    if (!this.text(key)) return null;
    const p = parseNumberCell(cell?.value ?? null);
    if (!p.ok) { this.problem(key, `“${this.label(key)}”应为金额数字（元）：${p.reason}`, '错误', 'cell.number'); return null; }
    if (p.value < 0) { this.problem(key, `“${this.label(key)}”不能为负数（${p.value}）`, '错误', 'cell.negative'); return null; }
    if (p.value > 1e10) { this.problem(key, `“${this.label(key)}”金额过大（${p.value} 元），请核对`, '错误', 'cell.absurd'); return null; }
    if (p.note) this.problem(key, p.note, '警告', 'cell.lenient');
    return Math.round(p.value * 100);
  }

  /** 是/否; blank → fallback. */
  yesNo(key: string, fallback = false): boolean {
    const cell = this.raw(key);
    if (!this.text(key)) return fallback;
    const p = parseYesNo(cell?.value ?? null);
    if (!p.ok) { this.problem(key, `“${this.label(key)}”应填“是”或“否”：${p.reason}`, '错误', 'cell.dropdown'); return fallback; }
    return p.value;
  }

  /** A dropdown value through a matcher; `options` are listed in the message when it fails. */
  choice<T>(key: string, match: (t: string) => T | null, options: readonly string[], required = false): T | null {
    const t = this.text(key, { required });
    if (!t) return null;
    const v = match(t);
    if (v === null) this.problem(key, `“${this.label(key)}”的值“${t}”不在下拉列表中，可选：${options.join('、')}`, '错误', 'cell.dropdown');
    return v;
  }
}
