/**
 * SQL of the statistics engine. Everything counts CURRENT returns only: `is_current = 1 AND
 * state = 'accepted'` (a superseded version or a returned file never counts). Aggregations are
 * pushed into SQLite and shaped so the indexes of migration 0030 answer them (see
 * test/electron/services/stats-service.test.ts for the query-plan assertions).
 *
 * Ledger stocks at a cut-off X follow one rule: an issue's state at X is what the latest current
 * return for a period ≤ X said about it. When the issue's latest return is itself ≤ X
 * (last_period ≤ X) that is the ledger's current row, which the importer keeps equal to the
 * latest snapshot; otherwise it is the latest ledger_snapshots row of a current return ≤ X.
 */
import type { Db } from '../connection';

export interface RosterRow {
  id: number;
  kind: 'institution' | 'department' | 'district';
  uscc: string | null;
  licence_no: string | null;
  name: string;
  district_code: string;
  category: string;
  ownership: string;
  provincial_direct: number;
  retired_at: string | null;
}

export function rosterRows(db: Db): RosterRow[] {
  return db.prepare(
    `SELECT id, kind, uscc, licence_no, name, district_code, category, ownership, provincial_direct, retired_at
     FROM institutions ORDER BY district_code, name, id`,
  ).all() as RosterRow[];
}

export interface ValueRow {
  period: string;
  district: string;
  category: string;
  ownership: string;
  direct: number;
  code: string;
  focus: string;
  total: number;
}

/** Sums of typed-in values per period × institution group × indicator × focus (B1 excluded). */
export function valueRows(db: Db, campaignId: number, maxPeriod: string): ValueRow[] {
  return db.prepare(
    `SELECT s.period_code AS period, i.district_code AS district, i.category, i.ownership, i.provincial_direct AS direct,
            v.indicator_code AS code, v.focus_code AS focus, SUM(v.value) AS total
     FROM submissions s
     JOIN institutions i ON i.id = s.institution_id
     JOIN indicator_values v ON v.submission_id = s.id
     WHERE s.campaign_id = ? AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code <= ? AND v.indicator_code <> 'B1'
     GROUP BY s.period_code, i.district_code, i.category, i.ownership, i.provincial_direct, v.indicator_code, v.focus_code`,
  ).all(campaignId, maxPeriod) as ValueRow[];
}

/** (institution, period) pairs whose current return answered 是 to B1 (自查完成). */
export function selfInspectionRows(db: Db, campaignId: number): { institution_id: number; period: string }[] {
  return db.prepare(
    `SELECT s.institution_id, s.period_code AS period
     FROM submissions s JOIN indicator_values v ON v.submission_id = s.id AND v.indicator_code = 'B1' AND v.focus_code = ''
     WHERE s.campaign_id = ? AND s.is_current = 1 AND s.state = 'accepted' AND v.value = 1`,
  ).all(campaignId) as { institution_id: number; period: string }[];
}

export interface ReturnRow {
  institution_id: number;
  period: string;
  received_date: string;
}

/** The counted return of every unit and period: one row each (index-only). */
export function currentReturns(db: Db, campaignId: number): ReturnRow[] {
  return db.prepare(
    `SELECT institution_id, period_code AS period, received_date FROM submissions
     WHERE campaign_id = ? AND is_current = 1 AND state = 'accepted'`,
  ).all(campaignId) as ReturnRow[];
}

export interface VersionRow {
  institution_id: number;
  version: number;
  is_current: number;
  state: 'accepted' | 'returned';
  received_date: string;
}

/** Every version received for one period (for 报送情况: versions, returned files). */
export function periodVersions(db: Db, campaignId: number, period: string): VersionRow[] {
  return db.prepare(
    `SELECT institution_id, version, is_current, state, received_date FROM submissions
     WHERE campaign_id = ? AND period_code = ? ORDER BY institution_id, version`,
  ).all(campaignId, period) as VersionRow[];
}

export interface NewIssueRow {
  institution_id: number;
  focus_code: string;
  first_period: string;
  n: number;
}

/** 发现问题 (D1) by first period: every issue except those now judged 不属实. */
export function newIssueCounts(db: Db, campaignId: number): NewIssueRow[] {
  return db.prepare(
    `SELECT institution_id, focus_code, first_period, COUNT(*) AS n FROM ledger_issues
     WHERE campaign_id = ? AND status <> '不属实'
     GROUP BY institution_id, focus_code, first_period`,
  ).all(campaignId) as NewIssueRow[];
}

export interface StockRow {
  institution_id: number;
  focus_code: string;
  rectified: number;
  open: number;
  overdue: number;
}

/**
 * D2 已整改 / D4 整改中 / D5 逾期未整改 per institution × focus at cut-off period `x` (cut-off
 * date `cutoff`), by the rule in the header. Overdue = open and deadline < cut-off.
 */
export function stockAt(db: Db, campaignId: number, x: string, cutoff: string): StockRow[] {
  const fromLedger = db.prepare(
    `SELECT institution_id, focus_code,
       SUM(status IN ('已整改待核验', '已销号')) AS rectified,
       SUM(status IN ('待整改', '整改中')) AS open,
       SUM(status IN ('待整改', '整改中') AND deadline IS NOT NULL AND deadline < @cutoff) AS overdue
     FROM ledger_issues
     WHERE campaign_id = @c AND first_period <= @x AND last_period <= @x
     GROUP BY institution_id, focus_code`,
  ).all({ c: campaignId, x, cutoff }) as StockRow[];
  // Issues reported again after x: their latest snapshot ≤ x, classified in one character
  // (r rectified, o open and overdue, n open, x other) behind the period code so MAX picks the
  // latest period without a sort per issue; grouping by the class evaluates the lookup once.
  const classes = db.prepare(
    `SELECT institution_id, focus_code, cls, COUNT(*) AS n FROM (
       SELECT li.institution_id, li.focus_code,
         (SELECT substr(MAX(sn.period_code || CASE
              WHEN sn.status IN ('已整改待核验', '已销号') THEN 'r'
              WHEN sn.status IN ('待整改', '整改中') THEN CASE WHEN sn.deadline IS NOT NULL AND sn.deadline < @cutoff THEN 'o' ELSE 'n' END
              ELSE 'x' END), 11, 1)
            FROM ledger_snapshots sn JOIN submissions s ON s.id = sn.submission_id
            WHERE sn.issue_id = li.id AND sn.period_code <= @x AND s.is_current = 1 AND s.state = 'accepted') AS cls
       FROM ledger_issues li
       WHERE li.campaign_id = @c AND li.first_period <= @x AND li.last_period > @x
     ) WHERE cls IS NOT NULL
     GROUP BY institution_id, focus_code, cls`,
  ).all({ c: campaignId, x, cutoff }) as { institution_id: number; focus_code: string; cls: string; n: number }[];
  const fromSnapshots = classes.map((r) => ({
    institution_id: r.institution_id, focus_code: r.focus_code,
    rectified: r.cls === 'r' ? r.n : 0, open: r.cls === 'o' || r.cls === 'n' ? r.n : 0, overdue: r.cls === 'o' ? r.n : 0,
  }));
  return [...fromLedger, ...fromSnapshots];
}

/** Whether the inspection log (another feature's table) exists with the columns C3–C5 need. */
export function hasInspections(db: Db): boolean {
  const cols = db.prepare("SELECT name FROM pragma_table_info('inspections')").pluck().all() as string[];
  return ['campaign_id', 'institution_id', 'period_code'].every((c) => cols.includes(c));
}

/** (institution, period) pairs with at least one on-site inspection. */
export function inspectionRows(db: Db, campaignId: number): { institution_id: number; period: string }[] {
  return db.prepare(
    `SELECT DISTINCT institution_id, period_code AS period FROM inspections WHERE campaign_id = ? AND institution_id IS NOT NULL`,
  ).all(campaignId) as { institution_id: number; period: string }[];
}
