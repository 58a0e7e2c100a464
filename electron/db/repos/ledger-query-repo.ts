/** Paged, filtered reads of the merged ledger (the UI never receives the whole ledger). */
import type { Db } from '../connection';

export interface LedgerFilter {
  districtCode?: string;
  institutionId?: number;
  focus?: string;
  status?: string;
  overdueAt?: string; // cut-off date: open issues with a deadline before it
  period?: string; // issues first reported in this period
  missing?: boolean;
  text?: string;
}

export interface LedgerListRow {
  id: number; ledger_no: string; institution: string; uscc: string | null; district_code: string; focus_code: string; category: string | null;
  source: string | null; found_date: string | null; description: string; deadline: string | null; status: string; completion_date: string | null;
  measures: string | null; penalties: string | null; fine_fen: number | null; is_typical: number; first_period: string; last_period: string; missing_since: string | null;
}

function where(campaignId: number, f: LedgerFilter): { sql: string; params: unknown[] } {
  const parts = ['l.campaign_id = ?'];
  const params: unknown[] = [campaignId];
  if (f.districtCode) { parts.push('i.district_code = ?'); params.push(f.districtCode); }
  if (f.institutionId) { parts.push('l.institution_id = ?'); params.push(f.institutionId); }
  if (f.focus) { parts.push('l.focus_code = ?'); params.push(f.focus); }
  if (f.status) { parts.push('l.status = ?'); params.push(f.status); }
  if (f.overdueAt) { parts.push("l.status IN ('待整改','整改中') AND l.deadline < ?"); params.push(f.overdueAt); }
  if (f.period) { parts.push('l.first_period = ?'); params.push(f.period); }
  if (f.missing) parts.push('l.missing_since IS NOT NULL');
  if (f.text) {
    parts.push("(l.description LIKE ? ESCAPE '\\' OR l.ledger_no LIKE ? ESCAPE '\\' OR i.name LIKE ? ESCAPE '\\' OR l.measures LIKE ? ESCAPE '\\')");
    const like = `%${f.text.replace(/[\\%_]/g, (m) => '\\' + m)}%`;
    params.push(like, like, like, like);
  }
  return { sql: parts.join(' AND '), params };
}

const COLS = `l.id, l.ledger_no, i.name AS institution, i.uscc, i.district_code, l.focus_code, l.category, l.source, l.found_date, l.description,
  l.deadline, l.status, l.completion_date, l.measures, l.penalties, l.fine_fen, l.is_typical, l.first_period, l.last_period, l.missing_since`;

export function listLedger(db: Db, campaignId: number, f: LedgerFilter, offset: number, limit: number): { rows: LedgerListRow[]; total: number } {
  const w = where(campaignId, f);
  const total = (db.prepare(`SELECT count(*) n FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db.prepare(`SELECT ${COLS} FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id WHERE ${w.sql}
    ORDER BY i.district_code, i.name, l.ledger_no LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as LedgerListRow[];
  return { rows, total };
}

export function iterateLedger(db: Db, campaignId: number, f: LedgerFilter): IterableIterator<LedgerListRow> {
  const w = where(campaignId, f);
  return db.prepare(`SELECT ${COLS} FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id WHERE ${w.sql}
    ORDER BY i.district_code, i.name, l.ledger_no`).iterate(...w.params) as IterableIterator<LedgerListRow>;
}

export interface HistoryRow { period_code: string; version: number; is_current: number; file_name: string; file_sha256: string; sheet: string; row: number; status: string; deadline: string | null; measures: string | null; received_date: string }

export function issueHistory(db: Db, issueId: number): HistoryRow[] {
  return db.prepare(`SELECT ls.period_code, s.version, s.is_current, s.file_name, s.file_sha256, ls.sheet, ls.row, ls.status, ls.deadline, ls.measures, s.received_date
    FROM ledger_snapshots ls JOIN submissions s ON s.id = ls.submission_id WHERE ls.issue_id = ? ORDER BY ls.period_code, s.version`).all(issueId) as HistoryRow[];
}
