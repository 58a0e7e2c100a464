/**
 * Inputs and layout of the half-month return workbook (填报模板). The same builder writes empty
 * templates (下发模板) and, for the demo generator, filled returns, so both share one layout.
 */
import type { Campaign } from '../../shared/domain/campaign';
import type { WorkText } from '../../shared/domain/ledger';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';

export type ReturnCampaign = Pick<Campaign, 'code' | 'name' | 'shortName' | 'authority' | 'focusAreas'>;

export interface ReturnInstitution {
  uscc: string | null;
  licenceNo: string | null;
  name: string;
}

/**
 * One row of the 问题台账 sheet: a still-open issue pre-filled from the ledger, or (demo) a row
 * the institution filled in. Money in 分 (written as 元), dates ISO, focus by campaign code.
 */
export interface ReturnLedgerRow {
  ledgerNo: string | null;
  focusCode: string;
  category: string | null;
  source: string | null;
  foundDate: string | null;
  persons: string | null;
  description: string;
  amountFen: number | null;
  severity: string | null;
  measures: string | null;
  respPerson: string | null;
  deadline: string | null;
  status: string | null;
  completionDate: string | null;
  penalties: string | null;
  fineFen: number | null;
  caseOpened: boolean | null;
  typical: boolean | null;
  remarks: string | null;
}

/** Values typed into 进展数据 and 工作情况 (demo returns). Money in 元 as typed in the sheet. */
export interface ReturnFill {
  /** Indicator code → value (B1: '是' / '否'); missing key = blank cell (未报). */
  general?: Record<string, number | string | null>;
  /** Indicator code → focus-area code → value; missing = blank. */
  focus?: Record<string, Record<string, number | string | null>>;
  /** Indicator code → text in the 说明 column of block 一. */
  notes?: Record<string, string>;
  work?: WorkText;
}

export interface ReturnTemplateInput {
  campaign: ReturnCampaign;
  period: PeriodRow;
  institution: ReturnInstitution;
  /** Ledger rows written above the empty rows: the institution's still-open issues. */
  openIssues?: ReturnLedgerRow[];
  /** Who to contact at the bureau, printed in 填报说明. */
  contact?: string | null;
  /** Filled values (demo); templates leave every input cell blank. */
  fill?: ReturnFill;
  /** Empty formatted ledger rows below the pre-filled ones (default 200). */
  emptyLedgerRows?: number;
  /** Document timestamps (docProps, zip entries); fixed values give byte-identical output. */
  createdAt?: Date;
  modifiedAt?: Date;
}

/** Where things were put, so callers (demo fill-in, tests) need no fixed addresses of their own. */
export interface ReturnLayout {
  data: {
    generalHeaderRow: number;
    generalRows: Record<string, number>;
    valueCol: number;
    noteCol: number;
    focusHeaderRow: number;
    focusRows: Record<string, number>;
    focusCols: Record<string, number>;
    lastCol: number;
  };
  ledger: {
    headerRow: number;
    firstDataRow: number;
    /** LEDGER_COLUMNS key → column number. */
    cols: Record<string, number>;
    filledRows: number;
    lastRow: number;
  };
  work: {
    rows: Record<string, number>;
    textCol: number;
  };
}
