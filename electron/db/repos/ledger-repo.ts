/** The merged issue ledger: issues (current state) and per-return snapshots (history). */
import type { Db } from '../connection';
import type { LedgerRowInput } from '../../../shared/domain/ledger';

export interface IssueKey { id: number; ledger_no: string; fingerprint: string; status: string }

export function issuesOfUnit(db: Db, campaignId: number, institutionId: number): IssueKey[] {
  return db.prepare('SELECT id, ledger_no, fingerprint, status FROM ledger_issues WHERE campaign_id = ? AND institution_id = ?').all(campaignId, institutionId) as IssueKey[];
}

export function countIssuesOfUnit(db: Db, campaignId: number, institutionId: number): number {
  return (db.prepare('SELECT count(*) n FROM ledger_issues WHERE campaign_id = ? AND institution_id = ?').get(campaignId, institutionId) as { n: number }).n;
}

/** The effective (current-submission) snapshot of an issue nearest before / after a period. */
export function neighbourSnapshot(db: Db, issueId: number, period: string, dir: 'before' | 'after'): { period_code: string; status: string } | undefined {
  const sql = dir === 'before'
    ? `SELECT ls.period_code, ls.status FROM ledger_snapshots ls JOIN submissions s ON s.id = ls.submission_id
       WHERE ls.issue_id = ? AND s.is_current = 1 AND ls.period_code < ? ORDER BY ls.period_code DESC LIMIT 1`
    : `SELECT ls.period_code, ls.status FROM ledger_snapshots ls JOIN submissions s ON s.id = ls.submission_id
       WHERE ls.issue_id = ? AND s.is_current = 1 AND ls.period_code > ? ORDER BY ls.period_code ASC LIMIT 1`;
  return db.prepare(sql).get(issueId, period) as { period_code: string; status: string } | undefined;
}

export function insertIssue(db: Db, a: { campaignId: number; institutionId: number; ledgerNo: string; fingerprint: string; row: LedgerRowInput; period: string; now: string }): number {
  const r = a.row;
  const info = db.prepare(
    `INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, description, status, first_period, last_period, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.campaignId, a.institutionId, a.ledgerNo, a.fingerprint, r.focusCode, r.description, r.status, a.period, a.period, a.now, a.now);
  return Number(info.lastInsertRowid);
}

export function insertSnapshot(db: Db, issueId: number, submissionId: number, period: string, sheet: string, row: LedgerRowInput): void {
  db.prepare(
    `INSERT INTO ledger_snapshots (issue_id, submission_id, period_code, sheet, row, status, deadline, measures, fields_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(issueId, submissionId, period, sheet, row.row, row.status, row.deadline, row.measures, JSON.stringify(row));
}

/**
 * Recomputes an issue's current state from its latest-period snapshot among current submissions,
 * its first/last periods, and whether a later return of the unit left it out (missing_since).
 */
export function refreshIssue(db: Db, issueId: number, now: string): void {
  const snaps = db.prepare(
    `SELECT ls.period_code, ls.fields_json FROM ledger_snapshots ls JOIN submissions s ON s.id = ls.submission_id
     WHERE ls.issue_id = ? AND s.is_current = 1 ORDER BY ls.period_code`,
  ).all(issueId) as { period_code: string; fields_json: string }[];
  if (!snaps.length) return;
  const last = snaps[snaps.length - 1];
  const f = JSON.parse(last.fields_json) as LedgerRowInput;
  const issue = db.prepare('SELECT campaign_id, institution_id FROM ledger_issues WHERE id = ?').get(issueId) as { campaign_id: number; institution_id: number };
  const later = db.prepare(
    `SELECT min(period_code) p FROM submissions WHERE campaign_id = ? AND institution_id = ? AND is_current = 1 AND period_code > ?`,
  ).get(issue.campaign_id, issue.institution_id, last.period_code) as { p: string | null };
  const open = f.status === '待整改' || f.status === '整改中';
  db.prepare(
    `UPDATE ledger_issues SET focus_code=@focus, category=@category, source=@source, found_date=@found, description=@description, persons=@persons,
       amount_fen=@amount, severity=@severity, measures=@measures, resp_person=@resp, deadline=@deadline, status=@status,
       completion_date=@completion, penalties=@penalties, fine_fen=@fine, case_no=@caseNo, is_typical=@typical, remarks=@remarks,
       first_period=@first, last_period=@lastp, missing_since=@missing, updated_at=@now WHERE id=@id`,
  ).run({
    id: issueId, focus: f.focusCode, category: f.category, source: f.source, found: f.foundDate, description: f.description, persons: f.persons,
    amount: f.amountFen, severity: f.severity, measures: f.measures, resp: f.respPerson, deadline: f.deadline, status: f.status,
    completion: f.completionDate, penalties: f.penalties, fine: f.fineFen, caseNo: f.caseOpened ? '已立案' : null, typical: f.typical ? 1 : 0,
    remarks: f.remarks, first: snaps[0].period_code, lastp: last.period_code, missing: open && later.p ? later.p : null, now,
  });
}

/** Issues of a unit whose latest snapshot is before `period` (to flag them missing). */
export function issuesNotIn(db: Db, campaignId: number, institutionId: number, period: string): number[] {
  return (db.prepare('SELECT id FROM ledger_issues WHERE campaign_id = ? AND institution_id = ? AND last_period < ?').all(campaignId, institutionId, period) as { id: number }[]).map((r) => r.id);
}

export function issuesOfSubmission(db: Db, submissionId: number): number[] {
  return (db.prepare('SELECT issue_id FROM ledger_snapshots WHERE submission_id = ?').all(submissionId) as { issue_id: number }[]).map((r) => r.issue_id);
}
