/**
 * Statistics channels: summary (本期 / 累计 / 环比), pivots, the 区县 × 整治重点 table, trends,
 * drill-down (paged on the backend), 报送情况, threshold checks and rankings, and the 汇总表
 * workbook. Result types live in shared/stats/types.ts.
 */
import { z } from 'zod';
import type {
  Dim, DimKey, DrillQuery, DrillResult, MainTable, StatsChecks, StatsPivot, StatsSummary, StatsTrend, SubmissionStatus,
} from '../../stats/types';
import type { FilePayload, SchemasFor } from './base';

export interface StatsContract {
  'stats:summary': (args: { period: string }) => StatsSummary;
  'stats:pivot': (args: { period: string; dims: Dim[]; indicators?: string[] }) => StatsPivot;
  'stats:main-table': (args: { period: string; indicators?: string[] }) => MainTable;
  'stats:trend': (args: { period?: string; indicators: string[]; scope?: DimKey[] }) => StatsTrend;
  'stats:drill': (args: DrillQuery) => DrillResult;
  'stats:status': (args: { period: string }) => SubmissionStatus;
  'stats:checks': (args: { period: string }) => StatsChecks;
  'export:summary-xlsx': (args: { period: string }) => FilePayload;
}

const period = z.string().regex(/^\d{4}-\d{2}-H[12]$/, '报告期应为 YYYY-MM-H1 或 YYYY-MM-H2');
const dim = z.enum(['district', 'focus', 'category', 'ownership', 'direct']);
const indicator = z.string().regex(/^[A-Z]\d{1,2}P?$/, '指标编号如 D1、E6、H2P');
const indicators = z.array(indicator).min(1).max(60);
const dimKey = z.object({ dim, code: z.string().max(100), label: z.string().max(200) }).strict();

export const drillQuerySchema = z.object({
  period,
  cumulative: z.boolean().optional(),
  indicator,
  focus: z.string().max(20).optional(),
  district: z.string().regex(/^\d{6}$/).optional(),
  category: z.string().max(50).optional(),
  ownership: z.enum(['公立', '社会办']).optional(),
  direct: z.boolean().optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
}).strict();

export const statsSchemas = {
  'stats:summary': z.object({ period }).strict(),
  'stats:pivot': z.object({ period, dims: z.array(dim).min(1).max(3), indicators: indicators.optional() }).strict(),
  'stats:main-table': z.object({ period, indicators: indicators.optional() }).strict(),
  'stats:trend': z.object({ period: period.optional(), indicators, scope: z.array(dimKey).max(5).optional() }).strict(),
  'stats:drill': drillQuerySchema,
  'stats:status': z.object({ period }).strict(),
  'stats:checks': z.object({ period }).strict(),
  'export:summary-xlsx': z.object({ period }).strict(),
} satisfies SchemasFor<StatsContract>;
