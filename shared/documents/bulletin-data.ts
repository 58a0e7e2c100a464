/**
 * Everything a 进展情况通报 or 书面总结报告 quotes, gathered from the statistics engine by the
 * electron side. The composers turn it into a GongwenDoc; no number is typed by hand.
 */
import type { ChosenPractice, PracticeCandidate } from './practices';

/** Indicator values keyed by code (B3, C2, D1 …); null = 未报 / not available. */
export type Figures = Record<string, number | null>;

export interface NamedReason { name: string; kind: 'district' | 'institution'; reason: string }

export interface DistrictFigures {
  code: string;
  name: string;
  reportRate: number | null; // percent
  selfRate: number | null;
  rectRate: number | null;
  overdue: number;
  socialRate: number | null;
}

export interface FocusFigures { code: string; name: string; current: Figures; cumulative: Figures }

export interface ReportingFigures {
  due: number; onTime: number; late: number; missing: number; exempt: number;
  reportRate: number | null; timeliness: number | null;
  late_list: { name: string; district: string; daysLate: number }[];
  missing_list: { name: string; district: string }[];
}

export interface DocTable {
  caption: string;
  unit?: string;
  header: (string | { text: string; colSpan?: number; rowSpan?: number })[][];
  rows: (string | number | null)[][];
  totalsRow?: (string | number | null)[];
  /** Relative column widths (the renderer's default follows content length). */
  columnWidths?: number[];
}

export interface DocChart { caption: string; png: Uint8Array; widthMm: number; heightMm: number }

export interface BulletinData {
  campaign: {
    name: string; shortName: string; authority: string; docPrefix: string; planTitle: string; recipients: string;
    copyTo: string; superior: string; dueOffsetDays: number; thresholds: { socialInspectionCoverage: number; selfInspectionCoverage: number };
    startDate: string; endDate: string;
  };
  period: { code: string; label: string; start: string; end: string };
  phase: string | null;
  issueNo: number | null;
  docNumber: string | null;
  date: string; // 成文日期
  current: Figures;
  previous: Figures;
  cumulative: Figures;
  reporting: ReportingFigures;
  byFocus: FocusFigures[];
  byDistrict: DistrictFigures[];
  praise: NamedReason[];
  criticise: NamedReason[];
  practices: ChosenPractice[] | PracticeCandidate[];
  problems: string[];
  tables: DocTable[];
  charts: DocChart[];
  /** 典型案例 to list (ledger issues marked typical): unit + short public description. */
  typicalCases: { unit: string; text: string }[];
  /** 部门协同: each partner department's state and cumulative figures (text ready to quote). */
  departments?: { name: string; state: string; figures: string }[];
}
