/**
 * Ledger issues that come from an inspection finding or a substantiated lead rather than from an
 * institution's return. They live in ledger_issues like any other (same identity: institution +
 * 台账编号), so the institution's next template pre-fills them and its returns carry them on.
 * Their numbers have their own prefixes (检查-…, 线索-…) and never collide with returns' numbers.
 */
import { ledgerFingerprint } from '../../../shared/domain/ledger';
import type { Db } from '../connection';

export interface LinkedIssue {
  id: number;
  ledger_no: string;
  status: string;
  institution_id: number;
}

export function issueByLedgerNo(db: Db, campaignId: number, institutionId: number, ledgerNo: string): LinkedIssue | undefined {
  return db.prepare('SELECT id, ledger_no, status, institution_id FROM ledger_issues WHERE campaign_id = ? AND institution_id = ? AND ledger_no = ?')
    .get(campaignId, institutionId, ledgerNo) as LinkedIssue | undefined;
}

export function issueById(db: Db, campaignId: number, id: number): LinkedIssue | undefined {
  return db.prepare('SELECT id, ledger_no, status, institution_id FROM ledger_issues WHERE campaign_id = ? AND id = ?').get(campaignId, id) as LinkedIssue | undefined;
}

export interface NewLinkedIssue {
  campaignId: number;
  institutionId: number;
  ledgerNo: string;
  focusCode: string;
  source: string;
  foundDate: string;
  description: string;
  deadline: string;
  measures: string | null;
  penalties: string | null;
  fineFen: number | null;
  caseOpened: boolean;
  period: string;
  remarks: string | null;
  now: string;
}

export function insertLinkedIssue(db: Db, a: NewLinkedIssue): number {
  const fp = ledgerFingerprint({ focusCode: a.focusCode, foundDate: a.foundDate, description: a.description });
  const info = db.prepare(
    `INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, source, found_date, description, measures,
       deadline, status, penalties, fine_fen, case_no, remarks, first_period, last_period, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '待整改', ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.campaignId, a.institutionId, a.ledgerNo, fp, a.focusCode, a.source, a.foundDate, a.description, a.measures, a.deadline,
    a.penalties, a.fineFen, a.caseOpened ? '已立案' : null, a.remarks, a.period, a.period, a.now, a.now);
  return Number(info.lastInsertRowid);
}

/** Whether any return has reported on the issue (then its state comes from the returns). */
export function hasSnapshots(db: Db, issueId: number): boolean {
  return !!db.prepare('SELECT 1 FROM ledger_snapshots WHERE issue_id = ? LIMIT 1').get(issueId);
}

export function setIssueStatus(db: Db, issueId: number, status: string, now: string): void {
  db.prepare('UPDATE ledger_issues SET status = ?, updated_at = ? WHERE id = ?').run(status, now, issueId);
}

/** Ledger numbers of a unit that start with a prefix (to pick the next free 检查-YYYYMMDD-NN). */
export function ledgerNosLike(db: Db, campaignId: number, institutionId: number, prefix: string): string[] {
  return db.prepare("SELECT ledger_no FROM ledger_issues WHERE campaign_id = ? AND institution_id = ? AND substr(ledger_no, 1, ?) = ?")
    .pluck().all(campaignId, institutionId, prefix.length, prefix) as string[];
}
