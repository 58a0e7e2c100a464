/**
 * Indicators (domain.md §3). Input indicators are what a return's 进展数据 sheet asks for; derived
 * indicators are computed by the statistics engine from inputs, the ledger and the roster.
 * Kinds: flow (本期 events; 累计 = sum), distinct (家; 累计 = union, never a sum), stock (时点数,
 * never summed over time), rate (recomputed from numerator/denominator, never averaged).
 */

export type IndicatorKind = 'flow' | 'distinct' | 'stock' | 'rate';

export interface IndicatorDef {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  /** Input cell type: count (non-negative integer), money (元, 2 decimals, stored in 分), yes/no. */
  input?: 'count' | 'money' | 'yesno';
  /** Input split by focus area (a column per focus area) or a single value. */
  byFocus?: boolean;
  /** For rates: numerator / denominator indicator codes. */
  numerator?: string;
  denominator?: string;
  note?: string;
}

/** Single-value inputs (block 一 of 进展数据). */
export const GENERAL_INPUTS: IndicatorDef[] = [
  { code: 'B1', name: '本期自查自纠完成情况', unit: '是/否', kind: 'distinct', input: 'yesno', note: '已完成全面自查填“是”' },
  { code: 'C1', name: '出动检查（督查）人员', unit: '人次', kind: 'flow', input: 'count' },
  { code: 'H2', name: '开展培训／警示教育', unit: '场次', kind: 'flow', input: 'count' },
  { code: 'H2P', name: '参加培训／警示教育', unit: '人次', kind: 'flow', input: 'count' },
  { code: 'H1', name: '建立（修订）制度', unit: '项', kind: 'flow', input: 'count' },
  { code: 'G1', name: '受理举报线索', unit: '件', kind: 'flow', input: 'count' },
  { code: 'G2', name: '其中：已核查', unit: '件', kind: 'flow', input: 'count' },
  { code: 'G3', name: '其中：已办结', unit: '件', kind: 'flow', input: 'count' },
  { code: 'G4', name: '其中：查实（含部分属实）', unit: '件', kind: 'flow', input: 'count' },
];

/** Inputs split by focus area (block 二 of 进展数据: one column per focus area). */
export const FOCUS_INPUTS: IndicatorDef[] = [
  { code: 'B3', name: '自查发现问题', unit: '个', kind: 'flow', input: 'count', byFocus: true },
  { code: 'D7', name: '其中：立行立改', unit: '个', kind: 'flow', input: 'count', byFocus: true },
  { code: 'C2', name: '开展检查', unit: '家次', kind: 'flow', input: 'count', byFocus: true },
  { code: 'E1', name: '立案查处', unit: '起', kind: 'flow', input: 'count', byFocus: true },
  { code: 'E4', name: '罚款金额', unit: '元', kind: 'flow', input: 'money', byFocus: true },
  { code: 'E5', name: '没收违法所得', unit: '元', kind: 'flow', input: 'money', byFocus: true },
  { code: 'E8', name: '责令改正', unit: '家次', kind: 'flow', input: 'count', byFocus: true },
  { code: 'E13', name: '移送公安机关', unit: '件', kind: 'flow', input: 'count', byFocus: true },
  { code: 'E14', name: '移送纪检监察机关', unit: '件', kind: 'flow', input: 'count', byFocus: true },
  { code: 'E17', name: '移送市场监管／药监等部门', unit: '件', kind: 'flow', input: 'count', byFocus: true },
  { code: 'F1', name: '约谈', unit: '人次', kind: 'flow', input: 'count', byFocus: true },
  { code: 'F2', name: '通报批评', unit: '人次', kind: 'flow', input: 'count', byFocus: true },
  { code: 'F5', name: '曝光典型案例', unit: '起', kind: 'flow', input: 'count', byFocus: true },
];

export const INPUT_INDICATORS: IndicatorDef[] = [...GENERAL_INPUTS, ...FOCUS_INPUTS];

/** Computed indicators (not typed by anyone). */
export const DERIVED_INDICATORS: IndicatorDef[] = [
  { code: 'A1', name: '辖区医疗机构数', unit: '家', kind: 'stock', note: '名册中在册机构' },
  { code: 'A2', name: '其中：社会办医疗机构数', unit: '家', kind: 'stock' },
  { code: 'A3', name: '应自查机构数', unit: '家', kind: 'stock' },
  { code: 'B2', name: '自查覆盖率', unit: '%', kind: 'rate', numerator: 'B1', denominator: 'A3' },
  { code: 'C3', name: '检查医疗机构家数', unit: '家', kind: 'distinct' },
  { code: 'C4', name: '其中：检查社会办医疗机构家数', unit: '家', kind: 'distinct' },
  { code: 'C5', name: '社会办医疗机构检查覆盖率', unit: '%', kind: 'rate', numerator: 'C4', denominator: 'A2' },
  { code: 'D1', name: '发现问题', unit: '个', kind: 'flow', note: '问题台账新增（不含不属实）' },
  { code: 'D2', name: '已整改问题', unit: '个', kind: 'stock', note: '状态为已整改待核验或已销号' },
  { code: 'D3', name: '整改率', unit: '%', kind: 'rate', numerator: 'D2', denominator: 'D1' },
  { code: 'D4', name: '整改中问题', unit: '个', kind: 'stock' },
  { code: 'D5', name: '逾期未整改', unit: '个', kind: 'stock' },
  { code: 'E6', name: '罚没款合计', unit: '元', kind: 'flow', note: 'E4 + E5' },
  { code: 'G5', name: '线索办结率', unit: '%', kind: 'rate', numerator: 'G3', denominator: 'G1' },
  { code: 'G6', name: '线索查实率', unit: '%', kind: 'rate', numerator: 'G4', denominator: 'G3' },
  { code: 'I1', name: '应报单位数', unit: '个', kind: 'stock' },
  { code: 'I2', name: '按时报送率', unit: '%', kind: 'rate' },
];

export const ALL_INDICATORS: IndicatorDef[] = [...INPUT_INDICATORS, ...DERIVED_INDICATORS];

const BY_CODE = new Map(ALL_INDICATORS.map((d) => [d.code, d]));

export function indicatorDef(code: string): IndicatorDef | undefined {
  return BY_CODE.get(code);
}

/** 元 (possibly with 2 decimals) → integer 分; money is stored in 分 so sums are exact. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** 分 → "12.35" 万元 (bulletins show money in 万元 to 2 decimals). */
export function fenToWanYuan(fen: number): string {
  return (fen / 1_000_000).toFixed(2);
}

/**
 * A rate in percent to 1 decimal, or "—" when the denominator is 0 (never 0% or 100%);
 * `null` numerator (未报) also gives "—".
 */
export function formatRate(num: number | null, den: number | null): string {
  if (num === null || den === null || den === 0) return '—';
  return `${((num / den) * 100).toFixed(1)}%`;
}

export function rateValue(num: number | null, den: number | null): number | null {
  if (num === null || den === null || den === 0) return null;
  return (num / den) * 100;
}

/** Consistency checks between inputs of one return (domain.md §3.3), as [lhs ≤ rhs] pairs. */
export const INPUT_CONSISTENCY: { small: string; big: string; message: string }[] = [
  { small: 'D7', big: 'B3', message: '立行立改数不应大于自查发现问题数' },
  { small: 'G2', big: 'G1', message: '已核查线索不应多于受理线索' },
  { small: 'G3', big: 'G2', message: '已办结线索不应多于已核查线索' },
  { small: 'G4', big: 'G3', message: '查实线索不应多于已办结线索' },
];
