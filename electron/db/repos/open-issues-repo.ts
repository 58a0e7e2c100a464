/** The still-open ledger issues of one institution, for pre-filling its next fill-in template. */
import type { Db } from '../connection';

export interface OpenIssueRow {
  ledger_no: string;
  focus_code: string;
  category: string | null;
  source: string | null;
  found_date: string | null;
  description: string;
  persons: string | null;
  amount_fen: number | null;
  severity: string | null;
  measures: string | null;
  resp_person: string | null;
  deadline: string | null;
  status: string;
  completion_date: string | null;
  penalties: string | null;
  fine_fen: number | null;
  case_no: string | null;
  is_typical: number;
  remarks: string | null;
}

/** Unclosed (待整改/整改中/已整改待核验, so 已销号 can be reported) issues first reported before `periodCode`, in ledger-number order. */
export function openIssuesBefore(db: Db, campaignId: number, institutionId: number, periodCode: string): OpenIssueRow[] {
  return db.prepare(
    `SELECT ledger_no, focus_code, category, source, found_date, description, persons, amount_fen, severity, measures,
       resp_person, deadline, status, completion_date, penalties, fine_fen, case_no, is_typical, remarks
     FROM ledger_issues
     WHERE campaign_id = ? AND institution_id = ? AND status IN ('待整改', '整改中', '已整改待核验') AND first_period < ?
     ORDER BY ledger_no`,
  ).all(campaignId, institutionId, periodCode) as OpenIssueRow[];
}
