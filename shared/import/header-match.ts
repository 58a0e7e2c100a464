/**
 * Locates a table's header by text, never by address: scans the first rows of a sheet for the row
 * (or two rows, when a merged top cell spans sub-headers) that best matches the column specs.
 * Tolerates title rows above, blank rows/columns, reordered columns, full-width text, line breaks,
 * unit brackets (金额（单位：元）), required markers (*机构名称) and a 栏次 row (甲 乙 1 2 3) below.
 * Rows and columns are 1-based, as in Excel.
 */
import { cellText, toHalfWidth, trimCell } from './text';
import { rangeContains, type CellRange } from './cell-ref';

export { cellAddress, columnLetter, columnNumber, formatRange, parseCellAddress, parseRange } from './cell-ref';
export type { CellRange } from './cell-ref';

export interface ColumnSpec {
  key: string;
  /** Header texts meaning this column; the first one is its display name in messages. */
  synonyms: string[];
  required: boolean;
}

export type GridValue = string | number | boolean | null | undefined;

export interface HeaderGrid {
  /** rows[0] is sheet row `firstRow`; each row's [0] is column A. */
  rows: ReadonlyArray<ReadonlyArray<GridValue>>;
  firstRow?: number;
  /** Merged ranges of the sheet. When omitted, a two-row header's top text is carried right over
   * blank cells that have a sub-header (how an unmerged copy of a merged header looks). */
  merges?: readonly CellRange[];
}

export interface HeaderMatch {
  /** First header row; 0 when no row in the scanned range matched any column. */
  headerRow: number;
  headerRowCount: 1 | 2;
  /** First row after the header that is neither blank nor a 栏次 row (甲 乙 1 2 3). */
  dataStartRow: number;
  /** key → 1-based column. */
  columns: Map<string, number>;
  /** key → the header text found for it (two-row headers flattened to 'top/sub'). */
  headerTexts: Map<string, string>;
  /** Required keys not found. */
  missing: string[];
  /** Optional keys not found. */
  missingOptional: string[];
  /** Non-blank header texts that matched no spec, in column order. */
  unknown: string[];
}

export interface HeaderMatchOptions {
  /** How many rows from the top to consider as header candidates (default 15). */
  maxScanRows?: number;
}

interface Keyed {
  exact: string;
  core: string;
}

const BRACKETS = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|\{[^}]*\}/g;

/** Normalises header text: half-width, no whitespace or line breaks, no * ※ ★ markers, lower case. */
export function headerKey(text: string): Keyed {
  const exact = toHalfWidth(trimCell(text))
    .replace(/\s+/g, '')
    .replace(/^[*※★]+|[*※★]+$/g, '')
    .replace(/[:]+$/, '')
    .toLowerCase();
  const core = exact.replace(BRACKETS, '').replace(/^[*※★]+|[*※★]+$/g, '').replace(/[:]+$/, '');
  return { exact, core: core || exact };
}

/** Similarity of a header text to one synonym: 4 exact, 3 equal without brackets, (2,3) the
 * header contains the synonym, (1.5,2) the synonym contains the header; 0 no match. */
function similarity(h: Keyed, s: Keyed): number {
  if (!h.exact || !s.exact) return 0;
  if (h.exact === s.exact) return 4;
  if (h.core === s.core) return 3;
  if (s.core.length >= 2 && h.core.includes(s.core)) return 2 + s.core.length / h.core.length;
  if (h.core.length >= 2 && s.core.includes(h.core) && h.core.length * 2 >= s.core.length) {
    return 1 + h.core.length / s.core.length;
  }
  return 0;
}

interface Variant {
  text: string;
  key: Keyed;
  weight: number;
}

interface Candidate {
  row: number;
  count: 1 | 2;
  /** Per column (0-based index): display text and the texts to try. */
  columns: { text: string; variants: Variant[] }[];
}

interface Assignment {
  columns: Map<string, number>;
  headerTexts: Map<string, string>;
  required: number;
  matched: number;
  score: number;
}

function variant(text: string, weight: number): Variant {
  return { text, key: headerKey(text), weight };
}

function assign(specs: readonly ColumnSpec[], specKeys: Keyed[][], cand: Candidate): Assignment {
  const pairs: { spec: number; col: number; score: number }[] = [];
  cand.columns.forEach((c, col) => {
    specs.forEach((_, si) => {
      let best = 0;
      for (const v of c.variants) for (const s of specKeys[si]) best = Math.max(best, similarity(v.key, s) * v.weight);
      if (best > 0) pairs.push({ spec: si, col, score: best });
    });
  });
  // Greedy on score: an exact 已整改问题数 is taken before the looser 问题数 can claim that column.
  pairs.sort((a, b) => b.score - a.score || a.col - b.col || a.spec - b.spec);
  const usedSpec = new Set<number>();
  const usedCol = new Set<number>();
  const out: Assignment = { columns: new Map(), headerTexts: new Map(), required: 0, matched: 0, score: 0 };
  for (const p of pairs) {
    if (usedSpec.has(p.spec) || usedCol.has(p.col)) continue;
    usedSpec.add(p.spec);
    usedCol.add(p.col);
    const spec = specs[p.spec];
    out.columns.set(spec.key, p.col + 1);
    out.headerTexts.set(spec.key, cand.columns[p.col].text);
    out.matched++;
    if (spec.required) out.required++;
    out.score += p.score;
  }
  return out;
}

function better(a: Assignment, b: Assignment | undefined): boolean {
  if (!b) return true;
  if (a.required !== b.required) return a.required > b.required;
  if (a.matched !== b.matched) return a.matched > b.matched;
  return a.score > b.score + 1e-9;
}

function gridText(grid: HeaderGrid, row: number, col: number): string {
  const r = grid.rows[row - (grid.firstRow ?? 1)];
  return r ? cellText(r[col - 1] as GridValue) : '';
}

function singleRow(grid: HeaderGrid, row: number, width: number): Candidate {
  const columns = [];
  for (let c = 1; c <= width; c++) {
    const t = gridText(grid, row, c);
    columns.push({ text: t, variants: t ? [variant(t, 1)] : [] });
  }
  return { row, count: 1, columns };
}

/** Two-row header candidate, or undefined when row `row` has no span over sub-headers. */
function twoRows(grid: HeaderGrid, row: number, width: number): Candidate | undefined {
  const top: string[] = [];
  const sub: string[] = [];
  for (let c = 1; c <= width; c++) {
    top.push(gridText(grid, row, c));
    const inVerticalMerge = grid.merges?.some((m) => m.top <= row && m.bottom > row && rangeContains(m, row + 1, c));
    sub.push(inVerticalMerge ? '' : gridText(grid, row + 1, c));
  }
  let spans = false;
  if (grid.merges) {
    for (const m of grid.merges) {
      if (m.top !== row || m.right === m.left || m.left > width) continue;
      const text = gridText(grid, row, m.left);
      for (let c = m.left; c <= Math.min(m.right, width); c++) {
        top[c - 1] = text;
        if (sub[c - 1]) spans = true;
      }
    }
  } else {
    for (let c = 2; c <= width; c++) {
      if (!top[c - 1] && top[c - 2] && sub[c - 1] && sub[c - 2]) {
        top[c - 1] = top[c - 2];
        spans = true;
      }
    }
  }
  if (!spans) return undefined;
  const columns = top.map((t, i) => {
    const s = sub[i];
    if (t && s && t !== s) return { text: `${t}/${s}`, variants: [variant(`${t}/${s}`, 1), variant(s, 0.95)] };
    const only = t || s;
    return { text: only, variants: only ? [variant(only, 1)] : [] };
  });
  return { row, count: 2, columns };
}

const SERIAL_MARKS = new Set(['甲', '乙', '丙', '丁', '戊', '己', '栏次', '栏号']);

/** A 栏次 row under a statistical header: 甲 乙 1 2 3 … (numbers strictly increasing). */
function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.filter(Boolean);
  if (filled.length < 2) return false;
  let last = 0;
  for (const t of filled) {
    if (SERIAL_MARKS.has(t)) continue;
    const n = Number(toHalfWidth(t));
    if (!Number.isInteger(n) || n <= last) return false;
    last = n;
  }
  return last > 0;
}

function rowTexts(grid: HeaderGrid, row: number, width: number): string[] {
  const out = [];
  for (let c = 1; c <= width; c++) out.push(gridText(grid, row, c));
  return out;
}

/** Finds the header row(s) and maps spec keys to columns. See HeaderMatch for the result. */
export function matchHeader(specs: readonly ColumnSpec[], grid: HeaderGrid, opts: HeaderMatchOptions = {}): HeaderMatch {
  const first = grid.firstRow ?? 1;
  const lastRow = first + grid.rows.length - 1;
  const scanTo = Math.min(lastRow, first + (opts.maxScanRows ?? 15) - 1);
  const width = grid.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const specKeys = specs.map((s) => s.synonyms.map((t) => headerKey(t)).filter((k) => k.exact));
  let best: { cand: Candidate; a: Assignment } | undefined;
  for (let row = first; row <= scanTo; row++) {
    const cands = [singleRow(grid, row, width)];
    const two = row < lastRow ? twoRows(grid, row, width) : undefined;
    if (two) cands.push(two);
    for (const cand of cands) {
      const a = assign(specs, specKeys, cand);
      if (a.matched > 0 && better(a, best?.a)) best = { cand, a };
    }
  }
  const missingAll = (found: Map<string, number>) => ({
    missing: specs.filter((s) => s.required && !found.has(s.key)).map((s) => s.key),
    missingOptional: specs.filter((s) => !s.required && !found.has(s.key)).map((s) => s.key),
  });
  if (!best) {
    return { headerRow: 0, headerRowCount: 1, dataStartRow: 0, columns: new Map(), headerTexts: new Map(), unknown: [], ...missingAll(new Map()) };
  }
  const { cand, a } = best;
  const usedCols = new Set(a.columns.values());
  const unknown = cand.columns.map((c, i) => (c.text && !usedCols.has(i + 1) ? c.text : '')).filter(Boolean);
  const headerEnd = cand.row + cand.count - 1;
  let dataStartRow = headerEnd + 1;
  for (let row = headerEnd + 1; row <= lastRow; row++) {
    const texts = rowTexts(grid, row, width);
    if (texts.every((t) => !t)) continue;
    if (isColumnNumberRow(texts)) {
      dataStartRow = row + 1;
      continue;
    }
    dataStartRow = row;
    break;
  }
  return {
    headerRow: cand.row,
    headerRowCount: cand.count,
    dataStartRow,
    columns: a.columns,
    headerTexts: a.headerTexts,
    unknown,
    ...missingAll(a.columns),
  };
}

/**
 * A Chinese message for a header problem, or undefined when every required column was found:
 * `工作表「问题台账」第3行的表头缺少必填列：问题描述、整改状态。请不要删除或改名这些列。`
 */
export function describeHeaderProblem(match: HeaderMatch, specs: readonly ColumnSpec[], sheet: string, scanRows = 15): string | undefined {
  const name = (key: string) => specs.find((s) => s.key === key)?.synonyms[0] ?? key;
  if (match.headerRow === 0) {
    const required = specs.filter((s) => s.required).map((s) => s.synonyms[0] ?? s.key);
    return `工作表「${sheet}」前 ${scanRows} 行中找不到表头（应包含：${required.join('、')}）。请使用下发的模板填报。`;
  }
  if (!match.missing.length) return undefined;
  const rows = match.headerRowCount === 2 ? `第${match.headerRow}–${match.headerRow + 1}行` : `第${match.headerRow}行`;
  return `工作表「${sheet}」${rows}的表头缺少必填列：${match.missing.map(name).join('、')}。请不要删除或改名这些列。`;
}
