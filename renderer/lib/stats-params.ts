/**
 * 统计分析 keeps its view in the address (`#/stats?period=2023-07-H1&tab=pivot&dims=district,focus
 * &ind=D1,D3&cum=1`), so the dashboard and documents can link to a given table and the back button
 * undoes a change of dimensions. This file reads and writes those parameters defensively.
 */
import { DIMS, type Dim } from '../../shared/stats/types';

export const STATS_TABS = ['pivot', 'trend', 'rank', 'charts'] as const;
export type StatsTab = (typeof STATS_TABS)[number];

export interface StatsView {
  tab: StatsTab;
  /** 累计 (campaign start → cut-off) instead of 本期. */
  cumulative: boolean;
  /** One or two distinct dimensions: rows, then columns. */
  dims: Dim[];
  /** Indicator codes chosen for the pivot, in order. */
  indicators: string[];
}

export const DEFAULT_DIMS: readonly Dim[] = ['district', 'focus'];
export const DEFAULT_INDICATORS: readonly string[] = ['D1', 'D2', 'D3'];
export const MAX_INDICATORS = 8;

const CODE_RE = /^[A-Z]\d{1,2}P?$/;

function parseDims(raw: string | undefined): Dim[] {
  const dims: Dim[] = [];
  for (const d of (raw ?? '').split(',')) {
    if ((DIMS as readonly string[]).includes(d) && !dims.includes(d as Dim)) dims.push(d as Dim);
  }
  return dims.length ? dims.slice(0, 2) : [...DEFAULT_DIMS];
}

function parseIndicators(raw: string | undefined): string[] {
  const codes = [...new Set((raw ?? '').split(',').map((c) => c.trim()).filter((c) => CODE_RE.test(c)))];
  return codes.length ? codes.slice(0, MAX_INDICATORS) : [...DEFAULT_INDICATORS];
}

export function statsViewFromParams(p: Record<string, string>): StatsView {
  return {
    tab: (STATS_TABS as readonly string[]).includes(p.tab) ? (p.tab as StatsTab) : 'pivot',
    cumulative: p.cum === '1',
    dims: parseDims(p.dims),
    indicators: parseIndicators(p.ind),
  };
}

/** Address parameters for a view; defaults are left out so plain links stay short. */
export function paramsFromStatsView(v: StatsView, period: string | undefined): Record<string, string | undefined> {
  const dims = v.dims.join(',');
  const ind = v.indicators.join(',');
  return {
    period,
    tab: v.tab === 'pivot' ? undefined : v.tab,
    cum: v.cumulative ? '1' : undefined,
    dims: dims === DEFAULT_DIMS.join(',') ? undefined : dims,
    ind: ind === DEFAULT_INDICATORS.join(',') ? undefined : ind,
  };
}

/** Replaces the column dimension (null = one dimension only), keeping the rows unless they clash. */
export function withColumnDim(dims: readonly Dim[], col: Dim | null): Dim[] {
  if (!col) return [dims[0]];
  return dims[0] === col ? [col] : [dims[0], col];
}

/** Replaces the row dimension; a column dimension equal to it is dropped. */
export function withRowDim(dims: readonly Dim[], row: Dim): Dim[] {
  const col = dims[1];
  return col && col !== row ? [row, col] : [row];
}

/**
 * The chosen indicators the pivot actually carries (a focus-area pivot has no 机构数 or 报送率);
 * when none is left, the defaults that are available, else the first available ones.
 */
export function usableIndicators(chosen: readonly string[], available: readonly string[]): string[] {
  const has = new Set(available);
  const kept = chosen.filter((c) => has.has(c));
  if (kept.length) return kept;
  const defaults = DEFAULT_INDICATORS.filter((c) => has.has(c));
  return defaults.length ? defaults : available.slice(0, 2);
}
