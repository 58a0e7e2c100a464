/**
 * Result types of the statistics engine, shared by the service, the IPC contract, the CLI, the
 * 汇总表 export and the bulletin composer. Every number is `number | null`: null = 未报 / not
 * computable, never silently 0. Money values are integer 分 (`money: true`); rates are percent.
 */
import type { IndicatorKind } from '../domain/indicators';

export type Direction = 'up' | 'down' | 'flat' | 'na';

/** 环比: the current value against the previous period's. */
export interface Change {
  current: number | null;
  previous: number | null;
  delta: number | null;
  direction: Direction;
}

/** A rate recomputed from its parts; `text` is "45.5%" or "—" (denominator 0 or unknown). */
export interface Ratio {
  numerator: number | null;
  denominator: number | null;
  percent: number | null;
  text: string;
}

/**
 * One indicator in one scope. The four measures:
 * - `period` 本期: flows summed over the period; distinct counts within it; stocks at its cut-off;
 * - `cumulative` 累计 (campaign start → cut-off): flows summed, distinct counts as a union of
 *   institutions, stocks at the cut-off (same as `period`), rates from cumulative parts;
 * - `previous` / `previousCumulative`: the same for the previous half month (环比 base).
 * Rates carry their parts in `ratios` and the percent in the measures.
 */
export interface Figure {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  /** Values are integer 分 (shown in 元 or 万元). */
  money: boolean;
  /** False when the figure cannot be computed from the data held (C3–C5 without inspection records). */
  available: boolean;
  note?: string;
  period: number | null;
  cumulative: number | null;
  previous: number | null;
  previousCumulative: number | null;
  ratios?: { period: Ratio; cumulative: Ratio; previous: Ratio; previousCumulative: Ratio };
  /** 本期 vs 上期 (rates: percentage points). */
  change: Change;
  /** 累计 vs 上期累计. */
  changeCumulative: Change;
}

export type FigureSet = Record<string, Figure>;

export type Dim = 'district' | 'focus' | 'category' | 'ownership' | 'direct';
export const DIMS: readonly Dim[] = ['district', 'focus', 'category', 'ownership', 'direct'];

export interface DimKey {
  dim: Dim;
  /** District code, focus code, category label, 公立/社会办, '1' 省直省管 / '0' 属地. */
  code: string;
  label: string;
}

export interface PeriodInfo {
  code: string;
  label: string;
  start: string;
  end: string;
  due: string;
}

/** Reporting (DHIS2 semantics): expected = due units; actual = accepted current returns. */
export interface ReportingCounts {
  due: number;
  reported: number;
  onTime: number;
  late: number;
  missing: number;
  /** reported ÷ due. */
  reportingRate: Ratio;
  /** on time ÷ due (I2 按时报送率); with lateRate and missingRate it sums to 100%. */
  onTimeRate: Ratio;
  lateRate: Ratio;
  missingRate: Ratio;
}

export interface StatsHeader {
  campaignCode: string;
  campaignName: string;
  period: PeriodInfo;
  previousPeriod: PeriodInfo | null;
  /** 截至日 (the period's last day). */
  cutoff: string;
}

export interface StatsSummary extends StatsHeader {
  totals: FigureSet;
  byFocus: { key: DimKey; figures: FigureSet }[];
  reporting: { period: ReportingCounts; cumulative: ReportingCounts; previous: ReportingCounts | null };
  /** Rules and gaps the reader must know (e.g. C4/C5 unavailable, how stocks are taken). */
  notes: string[];
}

export interface PivotRow {
  keys: DimKey[];
  figures: FigureSet;
}

export interface StatsPivot extends StatsHeader {
  dims: Dim[];
  indicators: string[];
  rows: PivotRow[];
  total: FigureSet;
  notes: string[];
}

/** 区县 × 整治重点: one row per district, a cell per focus area plus the row total. */
export interface MainTableRow {
  key: DimKey;
  cells: FigureSet[];
  total: FigureSet;
}

export interface MainTable extends StatsHeader {
  indicators: string[];
  columns: DimKey[];
  rows: MainTableRow[];
  totalRow: { cells: FigureSet[]; total: FigureSet };
  notes: string[];
}

export interface TrendPoint {
  period: PeriodInfo;
  figures: FigureSet;
}

export interface StatsTrend {
  campaignCode: string;
  indicators: string[];
  scope: DimKey[];
  points: TrendPoint[];
}

export type CheckStatus = 'pass' | 'fail' | 'na';

export interface ThresholdCheck {
  code: string;
  label: string;
  /** Target in percent. */
  threshold: number;
  total: { ratio: Ratio; status: CheckStatus };
  rows: { key: DimKey; ratio: Ratio; status: CheckStatus }[];
  passed: number;
  failed: number;
  na: number;
  note?: string;
}

export interface RankEntry {
  /** Competition rank: equal values share a rank (1, 1, 3). */
  rank: number;
  key: DimKey;
  value: number;
  text: string;
}

export interface Ranking {
  code: string;
  label: string;
  better: 'higher' | 'lower';
  basis: 'period' | 'cumulative';
  unit: string;
  entries: RankEntry[];
  best: RankEntry[];
  worst: RankEntry[];
  /** Units without a value (denominator 0, 未报): not ranked. */
  unranked: DimKey[];
}

export interface StatsChecks extends StatsHeader {
  checks: ThresholdCheck[];
  rankings: Ranking[];
}

export type ReportState = '已报' | '逾期' | '未报';

export interface StatusRow {
  institutionId: number;
  name: string;
  uscc: string | null;
  licenceNo: string | null;
  kind: 'institution' | 'department' | 'district';
  districtCode: string;
  districtName: string;
  state: ReportState;
  dueDate: string;
  receivedDate: string | null;
  /** received − due in days when 逾期; 0 when on time; null when 未报. */
  daysLate: number | null;
  /** Version number of the counted return. */
  version: number | null;
  /** All versions received for the period (superseded and returned ones included). */
  versions: number;
  /** The latest return was sent back (退回) and no accepted one replaced it. */
  returned: boolean;
  /** 延期: the unit's own due date and why. */
  extension?: { newDue: string; reason: string };
  /** 零报告: the counted return says "本期无新增问题" (no figures, no ledger rows). */
  nil?: boolean;
}

export interface SubmissionStatus {
  campaignCode: string;
  period: PeriodInfo;
  rows: StatusRow[];
  byDistrict: { key: DimKey; counts: ReportingCounts }[];
  totals: ReportingCounts;
  /** Ready to paste into a WeChat group: a heading line, then one line per late/missing unit. */
  reminder: string;
  reminderLines: string[];
  /** 免报 units this period (not due), with the reason. */
  exempt?: { institutionId: number; name: string; districtName: string; reason: string }[];
}

export interface DrillQuery {
  period: string;
  cumulative?: boolean;
  indicator: string;
  focus?: string;
  district?: string;
  category?: string;
  ownership?: string;
  direct?: boolean;
  offset?: number;
  limit?: number;
}

export interface DrillInstitutionRow {
  institutionId: number;
  name: string;
  uscc: string | null;
  districtCode: string;
  districtName: string;
  category: string;
  ownership: string;
  direct: boolean;
  /** The unit's contribution (分 for money); null = 未报. */
  value: number | null;
  text: string;
}

export interface DrillIssueRow {
  issueId: number;
  ledgerNo: string;
  institutionId: number;
  institution: string;
  districtCode: string;
  districtName: string;
  focusCode: string;
  focusName: string;
  foundDate: string | null;
  description: string;
  /** Status and deadline at the cut-off. */
  status: string;
  deadline: string | null;
  overdue: boolean;
  firstPeriod: string;
}

interface DrillBase {
  indicator: string;
  title: string;
  total: number;
  offset: number;
  limit: number;
  notes: string[];
}

export type DrillResult =
  | (DrillBase & { kind: 'institutions'; sum: number | null; rows: DrillInstitutionRow[] })
  | (DrillBase & { kind: 'issues'; rows: DrillIssueRow[] })
  | (DrillBase & { kind: 'status'; rows: StatusRow[] });
