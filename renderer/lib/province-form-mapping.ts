/**
 * The 省级汇总表 mapping table: one row per fillable cell of the province's form, the figure the
 * clerk picked for it (indicator, 整治重点, 本期/累计, 范围, 元/万元), suggestions applied only
 * on request, what is sent on save, and how a mapping reads in Chinese.
 */
import type { FormCellMapping, FormMeasure, MoneyUnit } from '../../shared/domain/province-form';
import type { FormCellView, ProvinceFormView } from '../../shared/ipc/contract/province-form';

export type FormOptions = ProvinceFormView['options'];

export interface MappingRow {
  key: string;
  sheet: string;
  cell: string;
  rowLabel: string;
  colLabel: string;
  /** What the clerk has chosen (null: this cell is not filled). */
  mapping: FormCellMapping | null;
  stored: FormCellMapping | null;
  suggestion: FormCellMapping | null;
}

export const MEASURE_LABEL: Record<FormMeasure, string> = { period: '本期', cumulative: '累计' };

export function rowsFromView(v: ProvinceFormView): MappingRow[] {
  return v.sheets.flatMap((s) => s.cells.map((c: FormCellView) => ({
    key: `${s.name}!${c.cell}`, sheet: s.name, cell: c.cell, rowLabel: c.rowLabel, colLabel: c.colLabel,
    mapping: c.mapping, stored: c.mapping, suggestion: c.suggestion,
  })));
}

/** Suggestions for the cells without a mapping; mapped cells keep the clerk's choice. */
export function applySuggestions(rows: readonly MappingRow[]): MappingRow[] {
  return rows.map((r) => (r.mapping || !r.suggestion ? r : { ...r, mapping: r.suggestion }));
}

/** Picks (or clears, with null) the figure of a cell; the other choices adapt to it. */
export function setIndicator(row: MappingRow, code: string | null, o: FormOptions): MappingRow {
  if (!code) return { ...row, mapping: null };
  const ind = o.indicators.find((i) => i.code === code);
  const prev = row.mapping ?? row.suggestion;
  const m: FormCellMapping = {
    sheet: row.sheet, cell: row.cell, indicator: code,
    focus: ind?.byFocus ? prev?.focus ?? '' : '',
    measure: prev?.measure ?? 'period',
    scope: prev?.scope ?? 'total',
  };
  if (ind?.money) m.unit = prev?.unit ?? '元';
  return { ...row, mapping: m };
}

export function setField(row: MappingRow, patch: { focus?: string; measure?: FormMeasure; scope?: string; unit?: MoneyUnit }): MappingRow {
  return row.mapping ? { ...row, mapping: { ...row.mapping, ...patch } } : row;
}

export function mappingsOf(rows: readonly MappingRow[]): FormCellMapping[] {
  return rows.map((r) => r.mapping).filter((m): m is FormCellMapping => m !== null);
}

const same = (a: FormCellMapping | null, b: FormCellMapping | null) => JSON.stringify(a) === JSON.stringify(b);

/** Rows whose choice differs from what is saved. */
export function changedCount(rows: readonly MappingRow[]): number {
  return rows.filter((r) => !same(r.mapping, r.stored)).length;
}

export function indicatorOptions(o: FormOptions): { value: string; label: string }[] {
  return o.indicators.map((i) => ({ value: i.code, label: `${i.code} ${i.name}（${i.unit}）` }));
}

export function focusOptions(o: FormOptions): { value: string; label: string }[] {
  return [{ value: '', label: '全部重点' }, ...o.focusAreas.map((f) => ({ value: f.code, label: f.name }))];
}

export function scopeOptions(o: FormOptions): { value: string; label: string }[] {
  return [{ value: 'total', label: '全部（合计）' }, ...o.districts.map((d) => ({ value: d.code, label: d.name }))];
}

/** `C2 开展检查 · 医托 · 累计 · 宿城区 · 万元` */
export function describeMapping(m: FormCellMapping, o: FormOptions): string {
  const ind = o.indicators.find((i) => i.code === m.indicator);
  const parts = [`${m.indicator} ${ind?.name ?? ''}`.trim()];
  parts.push(m.focus ? o.focusAreas.find((f) => f.code === m.focus)?.name ?? m.focus : '全部重点');
  parts.push(MEASURE_LABEL[m.measure]);
  parts.push(m.scope === 'total' ? '全部' : o.districts.find((d) => d.code === m.scope)?.name ?? m.scope);
  if (m.unit) parts.push(m.unit);
  return parts.join(' · ');
}
