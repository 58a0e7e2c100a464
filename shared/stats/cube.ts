/**
 * The statistics cube: additive counters per (institution group × focus area), where a group is
 * the set of institutions sharing district, category, ownership and 省直省管 flag. Every breakdown
 * the UI and the documents need is a sum of cells, so pivots are cheap folds in memory.
 *
 * Why counters stay additive: flows are sums; "家" counts are computed per institution (each
 * institution counted once within its group: a union over periods) and groups partition the
 * institutions, so adding groups is still a union; stocks are counted per issue at one cut-off.
 * Rates are never stored: they are recomputed from summed parts in figures.ts.
 *
 * Measure keys are `${code}.${slot}`: slot p = 本期, c = 累计, q = 上期, qc = 上期累计. A missing
 * key means nothing was reported (null); families that are counts of known things (roster, ledger,
 * reporting) are filled with explicit zeros by the builder.
 */
import type { Dim, DimKey } from './types';

export type Slot = 'p' | 'c' | 'q' | 'qc';
export const SLOTS: readonly Slot[] = ['p', 'c', 'q', 'qc'];

export interface GroupAttrs {
  district: string;
  category: string;
  ownership: string;
  direct: boolean;
}

export type Measures = Record<string, number>;

export interface Cell {
  attrs: GroupAttrs;
  /** Focus area code, or '' for figures not split by focus area (roster, reporting, general inputs). */
  focus: string;
  m: Measures;
}

export function groupKey(a: GroupAttrs): string {
  return `${a.district}\u0001${a.category}\u0001${a.ownership}\u0001${a.direct ? 1 : 0}`;
}

export class Cube {
  readonly cells = new Map<string, Cell>();

  cell(attrs: GroupAttrs, focus: string): Cell {
    const k = `${groupKey(attrs)}\u0002${focus}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { attrs, focus, m: {} };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Adds `value` to a counter (creating it at 0): used for counts and sums alike. */
  add(attrs: GroupAttrs, focus: string, key: string, value: number): void {
    const m = this.cell(attrs, focus).m;
    m[key] = (m[key] ?? 0) + value;
  }

  /** Makes a counter exist (as 0) so "none" reads as 0, not as 未报. */
  touch(attrs: GroupAttrs, focus: string, key: string): void {
    const m = this.cell(attrs, focus).m;
    if (m[key] === undefined) m[key] = 0;
  }
}

/** Sums the counters of many cells; a key absent from every cell stays absent (null). */
export function mergeMeasures(cells: Iterable<Cell>): Measures {
  const out: Measures = {};
  for (const c of cells) {
    for (const k in c.m) out[k] = (out[k] ?? 0) + c.m[k];
  }
  return out;
}

export function read(m: Measures, code: string, slot: Slot): number | null {
  const v = m[`${code}.${slot}`];
  return v === undefined ? null : v;
}

/** The value of a cell's dimension as a code ('' focus = not split). */
export function dimCode(c: Pick<Cell, 'attrs' | 'focus'>, dim: Dim): string {
  switch (dim) {
    case 'district': return c.attrs.district;
    case 'focus': return c.focus;
    case 'category': return c.attrs.category;
    case 'ownership': return c.attrs.ownership;
    case 'direct': return c.attrs.direct ? '1' : '0';
  }
}

/** Filter on group attributes and focus; undefined fields match everything. */
export interface CellFilter {
  district?: string;
  category?: string;
  ownership?: string;
  direct?: boolean;
  /** A focus code keeps that focus area's cells only (general figures drop out). */
  focus?: string;
}

export function matches(c: Cell, f: CellFilter): boolean {
  return (f.district === undefined || c.attrs.district === f.district)
    && (f.category === undefined || c.attrs.category === f.category)
    && (f.ownership === undefined || c.attrs.ownership === f.ownership)
    && (f.direct === undefined || c.attrs.direct === f.direct)
    && (f.focus === undefined || c.focus === f.focus);
}

export function filterFromKeys(keys: readonly DimKey[]): CellFilter {
  const f: CellFilter = {};
  for (const k of keys) {
    if (k.dim === 'district') f.district = k.code;
    else if (k.dim === 'focus') f.focus = k.code;
    else if (k.dim === 'category') f.category = k.code;
    else if (k.dim === 'ownership') f.ownership = k.code;
    else f.direct = k.code === '1';
  }
  return f;
}
