/**
 * Breakdowns of the cube: labels and stable orders of dimension members, and pivots (rows of
 * figures per member combination, plus the total). Orders never depend on the data's insertion
 * order or on locale collation: districts by code, focus areas in the campaign's order,
 * categories in the WS 218 order of the category list, then by code point.
 */
import type { FocusArea } from '../domain/campaign';
import { CATEGORY_LABELS } from '../domain/institution-category';
import { districtLabel } from '../domain/region';
import { dimCode, mergeMeasures, type Cell, type Cube } from './cube';
import { buildFigures, type FigureContext } from './figures';
import type { Dim, DimKey, FigureSet, MainTable, MainTableRow, PivotRow, StatsHeader } from './types';

export const DIM_LABELS: Record<Dim, string> = {
  district: '区县', focus: '整治重点', category: '机构类别', ownership: '公立／社会办', direct: '省直省管',
};

export const DIRECT_LABELS: Record<string, string> = { '1': '省直省管', '0': '属地管理' };

export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function dimKey(dim: Dim, code: string, focusAreas: readonly FocusArea[]): DimKey {
  switch (dim) {
    case 'district': return { dim, code, label: districtLabel(code) };
    case 'focus': return { dim, code, label: focusAreas.find((f) => f.code === code)?.name ?? code };
    case 'direct': return { dim, code, label: DIRECT_LABELS[code] ?? code };
    default: return { dim, code, label: code };
  }
}

const OWNERSHIP_ORDER = ['公立', '社会办'];

/** Sort rank of a member within its dimension (lower first). */
function memberOrder(dim: Dim, code: string, focusAreas: readonly FocusArea[]): number {
  let i = -1;
  if (dim === 'focus') i = focusAreas.findIndex((f) => f.code === code);
  else if (dim === 'category') i = CATEGORY_LABELS.indexOf(code);
  else if (dim === 'ownership') i = OWNERSHIP_ORDER.indexOf(code);
  else if (dim === 'direct') i = code === '0' ? 0 : 1;
  return i < 0 ? 10_000 : i;
}

export function compareMembers(dim: Dim, a: string, b: string, focusAreas: readonly FocusArea[]): number {
  return memberOrder(dim, a, focusAreas) - memberOrder(dim, b, focusAreas) || compareCodePoints(a, b);
}

export interface PivotOptions {
  focusAreas: readonly FocusArea[];
  hasPrevious: boolean;
  inspections: boolean;
  /** Keep only these figure codes (all when absent). */
  indicators?: readonly string[];
}

export function pickFigures(all: FigureSet, codes: readonly string[] | undefined): FigureSet {
  if (!codes) return all;
  const out: FigureSet = {};
  for (const c of codes) if (all[c]) out[c] = all[c];
  return out;
}

export function figuresOf(cells: Iterable<Cell>, focusScope: boolean, o: PivotOptions): FigureSet {
  const ctx: FigureContext = { focusScope, hasPrevious: o.hasPrevious, inspections: o.inspections };
  return pickFigures(buildFigures(mergeMeasures(cells), ctx), o.indicators);
}

/**
 * Rows for every combination of the non-focus dimensions that has units (the roster creates a
 * cell for every group), crossed with every focus area of the campaign when `focus` is a
 * dimension. Cells not split by focus stay out of focus rows (they count in the total only).
 */
export function pivotRows(cube: Cube, dims: readonly Dim[], o: PivotOptions): PivotRow[] {
  const withFocus = dims.includes('focus');
  const other = dims.filter((d) => d !== 'focus');
  const focusCodes = new Set(o.focusAreas.map((f) => f.code));
  for (const c of cube.cells.values()) if (c.focus) focusCodes.add(c.focus);
  const buckets = new Map<string, { codes: string[]; cells: Cell[] }>();
  const combos = new Map<string, string[]>();
  for (const c of cube.cells.values()) {
    const codes = other.map((d) => dimCode(c, d));
    combos.set(codes.join('\u0001'), codes);
  }
  const focusList = withFocus ? [...focusCodes] : [''];
  for (const codes of combos.values()) {
    for (const f of focusList) {
      const full = dims.map((d) => (d === 'focus' ? f : codes[other.indexOf(d)]));
      buckets.set(full.join('\u0001'), { codes: full, cells: [] });
    }
  }
  for (const c of cube.cells.values()) {
    if (withFocus && c.focus === '') continue;
    const full = dims.map((d) => dimCode(c, d));
    buckets.get(full.join('\u0001'))?.cells.push(c);
  }
  const rows = [...buckets.values()].sort((a, b) => {
    for (let i = 0; i < dims.length; i++) {
      const r = compareMembers(dims[i], a.codes[i], b.codes[i], o.focusAreas);
      if (r) return r;
    }
    return 0;
  });
  return rows.map((r) => ({
    keys: r.codes.map((code, i) => dimKey(dims[i], code, o.focusAreas)),
    figures: figuresOf(r.cells, withFocus, o),
  }));
}

/** 区县 × 整治重点: per district a cell per focus area (ledger and focus-split inputs) and a total. */
export function mainTable(cube: Cube, header: StatsHeader, indicators: readonly string[], o: PivotOptions, notes: string[]): MainTable {
  const opts = { ...o, indicators };
  const columns = o.focusAreas.map((f) => dimKey('focus', f.code, o.focusAreas));
  const districts = [...new Set([...cube.cells.values()].map((c) => c.attrs.district))].sort(compareCodePoints);
  const all = [...cube.cells.values()];
  const rowOf = (cells: Cell[]): { cells: FigureSet[]; total: FigureSet } => ({
    cells: columns.map((col) => figuresOf(cells.filter((c) => c.focus === col.code), true, opts)),
    total: figuresOf(cells, false, opts),
  });
  const rows: MainTableRow[] = districts.map((d) => ({ key: dimKey('district', d, o.focusAreas), ...rowOf(all.filter((c) => c.attrs.district === d)) }));
  return { ...header, indicators: [...indicators], columns, rows, totalRow: rowOf(all), notes };
}
