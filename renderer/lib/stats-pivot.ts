/**
 * Reshapes the backend's pivots (stats:pivot) into the rows of the on-screen table: one
 * dimension → one row per member; two dimensions → rows by the first, a column per member of the
 * second, with the row totals, column totals and grand total taken from the one-dimension pivots
 * and the overall total the backend computed — the table shows no number the engine did not give.
 */
import type { Dim, DimKey, DrillQuery, FigureSet, StatsPivot } from '../../shared/stats/types';

export interface PivotTableRow {
  key: string;
  /** The row's member; null for the 合计 row. */
  head: DimKey | null;
  /** Figures per column member code (two dimensions only). */
  byCol: Record<string, FigureSet | undefined>;
  /** The row's figures over all columns. */
  total: FigureSet | undefined;
}

export interface PivotGrid {
  rowDim: Dim;
  colDim: Dim | null;
  colKeys: DimKey[];
  rows: PivotTableRow[];
  /** Indicator codes the pivot carries (those defined for its dimensions). */
  indicators: string[];
}

export const TOTAL_ROW_KEY = '__total';

function uniqueKeys(keys: DimKey[]): DimKey[] {
  const seen = new Set<string>();
  return keys.filter((k) => (seen.has(k.code) ? false : (seen.add(k.code), true)));
}

/**
 * `main` is the pivot over the chosen dimensions; for two dimensions `byRow` / `byCol` are the
 * pivots over the first / second dimension alone (their rows are the totals). Members appear in
 * the backend's order.
 */
export function pivotGrid(main: StatsPivot, byRow?: StatsPivot, byCol?: StatsPivot): PivotGrid {
  const [rowDim, colDim = null] = main.dims;
  if (!colDim) {
    const rows: PivotTableRow[] = main.rows.map((r) => ({ key: r.keys[0].code, head: r.keys[0], byCol: {}, total: r.figures }));
    rows.push({ key: TOTAL_ROW_KEY, head: null, byCol: {}, total: main.total });
    return { rowDim, colDim: null, colKeys: [], rows, indicators: main.indicators };
  }
  const rowKeys = uniqueKeys(main.rows.map((r) => r.keys[0]));
  const colKeys = uniqueKeys(main.rows.map((r) => r.keys[1]));
  const cells = new Map<string, Record<string, FigureSet>>();
  for (const r of main.rows) {
    const byColumn = cells.get(r.keys[0].code) ?? {};
    byColumn[r.keys[1].code] = r.figures;
    cells.set(r.keys[0].code, byColumn);
  }
  const rowTotals = new Map((byRow?.rows ?? []).map((r) => [r.keys[0].code, r.figures]));
  const colTotals: Record<string, FigureSet> = {};
  for (const r of byCol?.rows ?? []) colTotals[r.keys[0].code] = r.figures;
  const rows: PivotTableRow[] = rowKeys.map((k) => ({ key: k.code, head: k, byCol: cells.get(k.code) ?? {}, total: rowTotals.get(k.code) }));
  rows.push({ key: TOTAL_ROW_KEY, head: null, byCol: colTotals, total: main.total });
  return { rowDim, colDim, colKeys, rows, indicators: main.indicators };
}

export type DrillScope = Pick<DrillQuery, 'district' | 'focus' | 'category' | 'ownership' | 'direct'>;

/** The drill-down filters for a cell: one per member key (no key = that dimension's total). */
export function drillScope(keys: readonly (DimKey | null | undefined)[]): DrillScope {
  const s: DrillScope = {};
  for (const k of keys) {
    if (!k) continue;
    switch (k.dim) {
      case 'district': s.district = k.code; break;
      case 'focus': s.focus = k.code; break;
      case 'category': s.category = k.code; break;
      case 'ownership': s.ownership = k.code; break;
      case 'direct': s.direct = k.code === '1'; break;
    }
  }
  return s;
}

/** "宿城区 · 医托" for a drill title; 全市 when no member is chosen. */
export function scopeLabel(keys: readonly (DimKey | null | undefined)[]): string {
  const labels = keys.filter((k): k is DimKey => !!k).map((k) => k.label);
  return labels.length ? labels.join(' · ') : '全市';
}
