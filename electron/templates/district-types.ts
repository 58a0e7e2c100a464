/** Inputs and layout of the 区县汇总填报表 (shared/domain/district-return.ts describes the form). */
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import type { ReturnCampaign, ReturnLedgerRow } from './return-types';

export interface DistrictInstitution {
  uscc: string | null;
  name: string;
  /** Still-open ledger issues, pre-filled in 问题台账 under this institution. */
  openIssues?: ReturnLedgerRow[];
}

export interface DistrictTemplateInput {
  campaign: ReturnCampaign;
  period: PeriodRow;
  district: { code: string; name: string };
  /** The district's institutions, one 进展数据 row each, in roster order. */
  institutions: DistrictInstitution[];
  contact?: string | null;
  /** Blank rows below the listed institutions (an institution missing from the roster list). */
  extraRows?: number;
  /** Empty formatted rows below the pre-filled ledger issues. */
  emptyLedgerRows?: number;
  createdAt?: Date;
}

/** Where things were put (tests and fill-in code need no fixed addresses of their own). */
export interface DistrictLayout {
  data: {
    headerRow: number;
    firstDataRow: number;
    nameCol: number;
    usccCol: number;
    /** Institution name → row. */
    rows: Record<string, number>;
    /** `B1|` or `B3|F1` (indicator|focus) → column. */
    cols: Record<string, number>;
    lastRow: number;
  };
  ledger: { headerRow: number; firstDataRow: number; nameCol: number; usccCol: number; cols: Record<string, number>; filledRows: number; lastRow: number };
  work: { headerRow: number; nameCol: number; rows: Record<string, number>; cols: Record<string, number> };
}
