/**
 * The statistics the UI, the CLI, the 汇总表 and the bulletin read: summary (本期 / 累计 / 环比),
 * pivots by district / focus / category / ownership / 省直省管, the district × focus main table,
 * trends over periods, threshold checks and rankings. Status (报送情况) lives in
 * stats-status.ts and drill-downs in stats-drill.ts; all share the cube of stats-cube.ts.
 */
import { AppError } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import { campaignChecks, DEFAULT_RANKINGS, rankUnits } from '../../shared/stats/checks';
import { filterFromKeys, matches, read, mergeMeasures, type Slot } from '../../shared/stats/cube';
import { C_UNAVAILABLE_NOTE, FIGURE_ORDER } from '../../shared/stats/figures';
import { dimKey, figuresOf, mainTable, pivotRows, type PivotOptions } from '../../shared/stats/pivot';
import { reportingCounts } from '../../shared/stats/reporting';
import {
  DIMS, type Dim, type DimKey, type MainTable, type PeriodInfo, type ReportingCounts, type StatsChecks, type StatsHeader,
  type StatsPivot, type StatsSummary, type StatsTrend,
} from '../../shared/stats/types';
import type { AppContext } from './app-context';
import { periodRows, requireCampaign, requirePeriod } from './campaign-service';
import { cubeAt, type CubeAt } from './stats-cube';

/** Columns of the 区县 × 整治重点 table (per focus area and in the row total). */
export const MAIN_TABLE_INDICATORS = ['D1', 'D2', 'D3', 'D4', 'D5', 'C2', 'E1', 'E6'] as const;

export const STOCK_RULE_NOTE = '已整改、整改中、逾期未整改为截至日的存量：每个问题取截至该期最近一次报送（现行版本）中的状态；逾期 = 未整改且整改时限早于截至日。';
export const RATE_NOTE = '比率均由分子、分母合计后重新计算，不对比率求平均；分母为 0 时显示“—”。';

export function periodInfo(p: PeriodRow): PeriodInfo {
  return { code: p.code, label: p.label, start: p.start, end: p.end, due: p.due };
}

interface Scope {
  campaign: Campaign;
  at: CubeAt;
  header: StatsHeader;
  options: PivotOptions;
  notes: string[];
}

function scopeAt(ctx: AppContext, period: string): Scope {
  const campaign = requireCampaign(ctx);
  const p = requirePeriod(campaign, period);
  const at = cubeAt(ctx, campaign, p);
  const notes = [RATE_NOTE, STOCK_RULE_NOTE];
  if (!at.inspections) notes.push(C_UNAVAILABLE_NOTE);
  return {
    campaign, at, notes,
    header: {
      campaignCode: campaign.code, campaignName: campaign.name, period: periodInfo(p),
      previousPeriod: at.previous ? periodInfo(at.previous) : null, cutoff: p.end,
    },
    options: { focusAreas: campaign.focusAreas, hasPrevious: at.previous !== null, inspections: at.inspections },
  };
}

function reportingAt(at: CubeAt, slot: Slot): ReportingCounts {
  const m = mergeMeasures(at.cube.cells.values());
  return reportingCounts(read(m, 'due', slot) ?? 0, read(m, 'ontime', slot) ?? 0, read(m, 'late', slot) ?? 0);
}

export function statsSummary(ctx: AppContext, args: { period: string }): StatsSummary {
  const s = scopeAt(ctx, args.period);
  const cells = [...s.at.cube.cells.values()];
  return {
    ...s.header,
    totals: figuresOf(cells, false, s.options),
    byFocus: s.campaign.focusAreas.map((f) => ({
      key: dimKey('focus', f.code, s.campaign.focusAreas),
      figures: figuresOf(cells.filter((c) => c.focus === f.code), true, s.options),
    })),
    reporting: {
      period: reportingAt(s.at, 'p'),
      cumulative: reportingAt(s.at, 'c'),
      previous: s.at.previous ? reportingAt(s.at, 'q') : null,
    },
    notes: s.notes,
  };
}

export function parseDims(list: readonly string[]): Dim[] {
  const out: Dim[] = [];
  for (const d of list) {
    if (!(DIMS as readonly string[]).includes(d)) {
      throw new AppError('usage', `不支持的分组维度：${d}（可选：district 区县、focus 整治重点、category 机构类别、ownership 公立/社会办、direct 省直省管）`);
    }
    if (!out.includes(d as Dim)) out.push(d as Dim);
  }
  return out;
}

/** Validates figure codes (A1 … I2), keeping the caller's order. */
export function parseIndicators(list: readonly string[]): string[] {
  const known = FIGURE_ORDER as readonly string[];
  const bad = list.filter((c) => !known.includes(c));
  if (bad.length) throw new AppError('usage', `未知的指标编号：${bad.join('、')}（可选：${known.join(' ')}）`);
  return [...new Set(list)];
}

export function statsPivot(ctx: AppContext, args: { period: string; dims: string[]; indicators?: string[] }): StatsPivot {
  const s = scopeAt(ctx, args.period);
  const dims = parseDims(args.dims);
  if (!dims.length) throw new AppError('usage', '请至少指定一个分组维度');
  const options = { ...s.options, indicators: args.indicators ? parseIndicators(args.indicators) : undefined };
  const rows = pivotRows(s.at.cube, dims, options);
  const total = figuresOf(s.at.cube.cells.values(), false, options);
  return { ...s.header, dims, indicators: Object.keys(total), rows, total, notes: s.notes };
}

export function statsMainTable(ctx: AppContext, args: { period: string; indicators?: string[] }): MainTable {
  const s = scopeAt(ctx, args.period);
  return mainTable(s.at.cube, s.header, parseIndicators(args.indicators ?? [...MAIN_TABLE_INDICATORS]), s.options, s.notes);
}

/**
 * Figures per period from the campaign's first period up to `period` (default: the campaign's
 * last), for the whole city or one scope (district, focus …). Later periods without returns
 * still appear: their flows are null (未报), their stocks carry on.
 */
export function statsTrend(ctx: AppContext, args: { period?: string; indicators: string[]; scope?: DimKey[] }): StatsTrend {
  const campaign = requireCampaign(ctx);
  const indicators = parseIndicators(args.indicators);
  const all = requirePeriodList(campaign, args.period);
  const scope = args.scope ?? [];
  const filter = filterFromKeys(scope);
  const focusScope = filter.focus !== undefined;
  const points = all.map((p) => {
    const at = cubeAt(ctx, campaign, p);
    const options: PivotOptions = { focusAreas: campaign.focusAreas, hasPrevious: at.previous !== null, inspections: at.inspections, indicators };
    const cells = [...at.cube.cells.values()].filter((c) => matches(c, filter));
    return { period: periodInfo(p), figures: figuresOf(cells, focusScope, options) };
  });
  return { campaignCode: campaign.code, indicators, scope, points };
}

function requirePeriodList(c: Campaign, upTo: string | undefined): PeriodRow[] {
  const last = upTo ? requirePeriod(c, upTo).code : null;
  return periodRows(c).filter((p) => last === null || p.code <= last);
}

export function statsChecks(ctx: AppContext, args: { period: string }): StatsChecks {
  const s = scopeAt(ctx, args.period);
  const districts = pivotRows(s.at.cube, ['district'], s.options).map((r) => ({ key: r.keys[0], figures: r.figures }));
  const total = figuresOf(s.at.cube.cells.values(), false, s.options);
  return {
    ...s.header,
    checks: campaignChecks(s.campaign.thresholds, districts, total),
    rankings: DEFAULT_RANKINGS.map((spec) => rankUnits(spec, districts)),
  };
}
