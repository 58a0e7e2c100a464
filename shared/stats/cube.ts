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
 * Each counter is a family × slot: slot p = 本期, c = 累计, q = 上期, qc = 上期累计. An absent
 * counter means nothing was reported (null); families that count known things (roster, ledger,
 * reporting) are filled with explicit zeros by the builder or read as 0 by figures.ts.
 */
import { INPUT_INDICATORS } from '../domain/indicators';
import type { Dim, DimKey } from './types';

export type Slot = 'p' | 'c' | 'q' | 'qc';
export const SLOTS: readonly Slot[] = ['p', 'c', 'q', 'qc'];
const SLOT_INDEX: Record<Slot, number> = { p: 0, c: 1, q: 2, qc: 3 };

/**
 * Counter families: `v:CODE` for typed-in values (B1 excluded: it is counted as 家), then the
 * roster (A1–A3), 家 counts (B1, C3, C4), reporting (due, ontime, late) and the ledger (D1, D2,
 * D4, D5). Values of unknown indicator codes are not part of any figure and are dropped.
 */
export const FAMILIES: readonly string[] = [
  ...INPUT_INDICATORS.filter((d) => d.code !== 'B1').map((d) => `v:${d.code}`),
  'A1', 'A2', 'A3', 'B1', 'C3', 'C4', 'due', 'ontime', 'late', 'D1', 'D2', 'D4', 'D5',
];
const FAMILY_INDEX = new Map(FAMILIES.map((f, i) => [f, i]));
const WIDTH = FAMILIES.length * SLOTS.length;

/** Counters of a cell in a flat array (fast to add up); NaN = nothing reported (null). */
export type Measures = Float64Array;

export function emptyMeasures(): Measures {
  return new Float64Array(WIDTH).fill(NaN);
}

function index(family: string, slot: Slot): number {
  const f = FAMILY_INDEX.get(family);
  return f === undefined ? -1 : f * SLOTS.length + SLOT_INDEX[slot];
}

export interface GroupAttrs {
  district: string;
  category: string;
  ownership: string;
  direct: boolean;
}

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
      c = { attrs, focus, m: emptyMeasures() };
      this.cells.set(k, c);
    }
    return c;
  }

  /** Adds `value` to a counter (creating it at 0): used for counts and sums alike. */
  add(attrs: GroupAttrs, focus: string, family: string, slot: Slot, value: number): void {
    const i = index(family, slot);
    if (i < 0) return;
    const m = this.cell(attrs, focus).m;
    m[i] = Number.isNaN(m[i]) ? value : m[i] + value;
  }

  /** Makes a counter exist (as 0) so "none" reads as 0, not as 未报. */
  touch(attrs: GroupAttrs, focus: string, family: string, slot: Slot): void {
    const i = index(family, slot);
    const m = this.cell(attrs, focus).m;
    if (i >= 0 && Number.isNaN(m[i])) m[i] = 0;
  }
}

/** Sums the counters of many cells; a counter absent from every cell stays absent (null). */
export function mergeMeasures(cells: Iterable<Cell>): Measures {
  const out = emptyMeasures();
  for (const c of cells) {
    const m = c.m;
    for (let i = 0; i < WIDTH; i++) {
      const v = m[i];
      if (v === v) out[i] = out[i] === out[i] ? out[i] + v : v; // x === x is false only for NaN
    }
  }
  return out;
}

export function read(m: Measures, family: string, slot: Slot): number | null {
  const i = index(family, slot);
  if (i < 0) return null;
  const v = m[i];
  return Number.isNaN(v) ? null : v;
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
