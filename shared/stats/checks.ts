/**
 * Campaign checks: each district against the plan's thresholds (自查覆盖率 ≥ target, 社会办医疗机构
 * 检查覆盖率 ≥ target, on cumulative figures) and rankings for praise / criticism lists.
 * A unit whose rate cannot be computed (denominator 0, no data) is `na`: neither passed nor
 * failed, never ranked. Ties keep a stable order (value, then the unit's code).
 */
import type { Thresholds } from '../domain/campaign';
import { formatPercent, roundTo } from './arithmetic';
import { compareCodePoints } from './pivot';
import type { CheckStatus, DimKey, Figure, FigureSet, RankEntry, Ranking, Ratio, ThresholdCheck } from './types';

export interface UnitFigures {
  key: DimKey;
  figures: FigureSet;
}

/** Pass when the rate, rounded to the shown decimal, reaches the target (45.0% shown passes 45). */
export function checkStatus(r: Ratio, threshold: number): CheckStatus {
  if (r.percent === null) return 'na';
  return roundTo(r.percent, 1) >= threshold ? 'pass' : 'fail';
}

function cumulativeRatio(f: Figure | undefined): Ratio {
  return f?.ratios?.cumulative ?? { numerator: null, denominator: null, percent: null, text: '—' };
}

export function thresholdCheck(code: string, label: string, threshold: number, units: readonly UnitFigures[], total: FigureSet): ThresholdCheck {
  const rows = units.map((u) => {
    const r = cumulativeRatio(u.figures[code]);
    return { key: u.key, ratio: r, status: checkStatus(r, threshold) };
  });
  const t = cumulativeRatio(total[code]);
  const f = total[code];
  return {
    code, label, threshold,
    total: { ratio: t, status: checkStatus(t, threshold) },
    rows,
    passed: rows.filter((r) => r.status === 'pass').length,
    failed: rows.filter((r) => r.status === 'fail').length,
    na: rows.filter((r) => r.status === 'na').length,
    ...(f && !f.available && f.note ? { note: f.note } : {}),
  };
}

export function campaignChecks(thresholds: Thresholds, units: readonly UnitFigures[], total: FigureSet): ThresholdCheck[] {
  return [
    thresholdCheck('B2', '自查覆盖率', thresholds.selfInspectionCoverage, units, total),
    thresholdCheck('C5', '社会办医疗机构检查覆盖率', thresholds.socialInspectionCoverage, units, total),
  ];
}

export interface RankingSpec {
  code: string;
  label: string;
  better: 'higher' | 'lower';
  basis: 'period' | 'cumulative';
}

export const DEFAULT_RANKINGS: readonly RankingSpec[] = [
  { code: 'D3', label: '整改率', better: 'higher', basis: 'cumulative' },
  { code: 'D5', label: '逾期未整改问题数', better: 'lower', basis: 'cumulative' },
  { code: 'B2', label: '自查覆盖率', better: 'higher', basis: 'cumulative' },
  { code: 'I2', label: '按时报送率', better: 'higher', basis: 'period' },
  { code: 'C5', label: '社会办医疗机构检查覆盖率', better: 'higher', basis: 'cumulative' },
];

function valueText(f: Figure, v: number): string {
  return f.kind === 'rate' ? formatPercent(v) : `${v}${f.unit}`;
}

/**
 * Ranks units best first. Equal values (compared at the precision shown: rates to 0.1) share a
 * rank and are ordered by code. `best`/`worst` list up to `n` units from each end, and
 * never the same unit on both lists.
 */
export function rankUnits(spec: RankingSpec, units: readonly UnitFigures[], n = 3): Ranking {
  const valued: { key: DimKey; value: number; shown: number; f: Figure }[] = [];
  const unranked: DimKey[] = [];
  for (const u of units) {
    const f = u.figures[spec.code];
    const v = f ? (spec.basis === 'period' ? f.period : f.cumulative) : null;
    if (!f || !f.available || v === null) unranked.push(u.key);
    else valued.push({ key: u.key, value: v, shown: f.kind === 'rate' ? roundTo(v, 1) : v, f });
  }
  const sign = spec.better === 'higher' ? -1 : 1;
  valued.sort((a, b) => sign * (a.shown - b.shown) || compareCodePoints(a.key.code, b.key.code));
  const entries: RankEntry[] = [];
  valued.forEach((u, i) => {
    const rank = i > 0 && u.shown === valued[i - 1].shown ? entries[i - 1].rank : i + 1;
    entries.push({ rank, key: u.key, value: u.value, text: valueText(u.f, u.value) });
  });
  // Each list takes the top/bottom `k` places with their ties; a value on the best list never
  // appears on the worst one (when everybody is equal nobody is criticised).
  const k = Math.min(n, Math.floor(entries.length / 2));
  const best = k ? entries.filter((e) => e.rank <= k) : [];
  const bestShown = new Set(best.map((e) => valued[entries.indexOf(e)].shown));
  const worst: RankEntry[] = [];
  let bottomRank = 0;
  for (let i = valued.length - 1, j = 0; i >= 0; i--, j++) {
    bottomRank = j > 0 && valued[i].shown === valued[i + 1].shown ? bottomRank : j + 1;
    if (bottomRank <= k && !bestShown.has(valued[i].shown)) worst.push(entries[i]);
  }
  const unit = units.map((u) => u.figures[spec.code]).find(Boolean)?.unit ?? '';
  return { ...spec, unit, entries, best, worst, unranked };
}
