/**
 * SQL of the statistics engine. Everything counts CURRENT returns only: `is_current = 1 AND
 * state = 'accepted'` (a superseded version or a returned file never counts). Aggregations are
 * pushed into SQLite and shaped so the indexes of migration 0030 answer them (asserted on the
 * query plans in test/electron/services/stats-plans.test.ts). The ledger counts are single
 * passes whose only equality is campaign_id, so SQLite takes the covering index ledger_stats
 * over the unique (campaign, institution, ledger_no) one; no INDEXED BY, so a database that
 * lacks an index still answers, only slower.
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

/**
 * Institution groups (same district, category, ownership, 省直省管 flag) numbered densely; the
 * value sums below are grouped by this number because sorting a million rows on one integer
 * costs far less than on four text attributes.
 */
const GROUPS_CTE = `g AS MATERIALIZED (
  SELECT id, district_code, category, ownership, provincial_direct,
         DENSE_RANK() OVER (ORDER BY district_code, category, ownership, provincial_direct) AS gid
  FROM institutions)`;

export interface GroupRow {
  gid: number;
  district_code: string;
  category: string;
  ownership: string;
  provincial_direct: number;
}

export function valueGroups(db: Db): GroupRow[] {
  return db.prepare(`WITH ${GROUPS_CTE} SELECT DISTINCT gid, district_code, category, ownership, provincial_direct FROM g ORDER BY gid`).all() as GroupRow[];
}

export interface ValueRow {
  period: string;
  gid: number;
  code: string;
  focus: string;
  total: number;
}

/** Sums of typed-in values per period × institution group × indicator × focus (B1 excluded). */
export function valueRows(db: Db, campaignId: number, maxPeriod: string): ValueRow[] {
  return db.prepare(
    `WITH ${GROUPS_CTE}
     SELECT s.period_code AS period, g.gid, v.indicator_code AS code, v.focus_code AS focus, SUM(v.value) AS total
     FROM submissions s
     JOIN g ON g.id = s.institution_id
     JOIN indicator_values v ON v.submission_id = s.id
     WHERE s.campaign_id = ? AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code <= ? AND v.indicator_code <> 'B1'
     GROUP BY g.gid, s.period_code, v.indicator_code, v.focus_code`,
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
  is_nil: number;
}

/** Every version received for one period (for 报送情况: versions, returned files). */
export function periodVersions(db: Db, campaignId: number, period: string): VersionRow[] {
  return db.prepare(
    `SELECT institution_id, version, is_current, state, received_date, is_nil FROM submissions
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
  // One pass in the order of the covering index ledger_stats. Each issue's state at x becomes a
  // packed counter (rectified in bits 0–20, open in 21–41, overdue from 42) so one SUM per
  // institution × focus counts all three and the grouping streams without a sort. Issues whose
  // latest return is ≤ x read the ledger row; the others look up their latest snapshot ≤ x from
  // a counted return (ledger_snapshots_period walks an issue's snapshots newest first, so the
  // first counted one wins). Limit: 2^21 issues per unit and focus area.
  return db.prepare(
    `SELECT institution_id, focus_code, packed & 2097151 AS rectified, (packed >> 21) & 2097151 AS open, packed >> 42 AS overdue
     FROM (
       SELECT li.institution_id, li.focus_code, SUM(CASE WHEN li.last_period <= @x
           THEN CASE WHEN li.status IN ('已整改待核验', '已销号') THEN 1
               WHEN li.status IN ('待整改', '整改中')
                 THEN CASE WHEN li.deadline IS NOT NULL AND li.deadline < @cutoff THEN 4398048608256 ELSE 2097152 END
               ELSE 0 END
           ELSE (
             SELECT CASE WHEN sn.status IN ('已整改待核验', '已销号') THEN 1
                 WHEN sn.status IN ('待整改', '整改中')
                   THEN CASE WHEN sn.deadline IS NOT NULL AND sn.deadline < @cutoff THEN 4398048608256 ELSE 2097152 END
                 ELSE 0 END
             FROM ledger_snapshots sn JOIN submissions s ON s.id = sn.submission_id
             WHERE sn.issue_id = li.id AND sn.period_code <= @x AND s.is_current = 1 AND s.state = 'accepted'
             ORDER BY sn.period_code DESC LIMIT 1)
           END) AS packed
       FROM ledger_issues li
       WHERE li.campaign_id = @c AND li.first_period <= @x
       GROUP BY li.institution_id, li.focus_code
     )`,
  ).all({ c: campaignId, x, cutoff }) as StockRow[];
}

/**
 * Whether C3–C5 can be computed: the inspection log (migration 0070) has the columns they need
 * and the campaign has at least one inspection recorded. An empty log means the bureau keeps
 * inspections elsewhere, so coverage is "not available" rather than a misleading 0%.
 */
export function hasInspections(db: Db, campaignId: number): boolean {
  const cols = db.prepare("SELECT name FROM pragma_table_info('inspections')").pluck().all() as string[];
  if (!['campaign_id', 'institution_id', 'period_code'].every((c) => cols.includes(c))) return false;
  return db.prepare('SELECT EXISTS (SELECT 1 FROM inspections WHERE campaign_id = ?)').pluck().get(campaignId) === 1;
}

/** (institution, period) pairs with at least one on-site inspection. */
export function inspectionRows(db: Db, campaignId: number): { institution_id: number; period: string }[] {
  return db.prepare(
    `SELECT DISTINCT institution_id, period_code AS period FROM inspections WHERE campaign_id = ? AND institution_id IS NOT NULL`,
  ).all(campaignId) as { institution_id: number; period: string }[];
}

/** Per institution: sums of `codes` over current returns of periods [from, to] (机构明细). */
export function unitValueTotals(db: Db, campaignId: number, from: string, to: string, codes: readonly string[]): { institution_id: number; code: string; total: number }[] {
  const inList = codes.map(() => '?').join(', ');
  return db.prepare(
    `SELECT s.institution_id, v.indicator_code AS code, SUM(v.value) AS total
     FROM submissions s JOIN indicator_values v ON v.submission_id = s.id AND v.indicator_code IN (${inList})
     WHERE s.campaign_id = ? AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code BETWEEN ? AND ?
     GROUP BY s.institution_id, v.indicator_code`,
  ).all(...codes, campaignId, from, to) as { institution_id: number; code: string; total: number }[];
}

export interface LedgerExportRow {
  ledger_no: string;
  district_code: string;
  institution: string;
  uscc: string | null;
  focus_code: string;
  category: string | null;
  source: string | null;
  found_date: string | null;
  description: string;
  measures: string | null;
  deadline: string | null;
  status: string;
  completion_date: string | null;
  fine_fen: number | null;
  first_period: string;
  last_period: string;
}

/** The ledger's current rows first reported up to `upTo`, by district, institution and number (streamed). */
export function currentLedger(db: Db, campaignId: number, upTo: string, limit: number): IterableIterator<LedgerExportRow> {
  return db.prepare(
    `SELECT li.ledger_no, i.district_code, i.name AS institution, i.uscc, li.focus_code, li.category, li.source, li.found_date,
            li.description, li.measures, li.deadline, li.status, li.completion_date, li.fine_fen, li.first_period, li.last_period
     FROM ledger_issues li JOIN institutions i ON i.id = li.institution_id
     WHERE li.campaign_id = ? AND li.first_period <= ?
     ORDER BY i.district_code, i.name, li.ledger_no, li.id LIMIT ?`,
  ).iterate(campaignId, upTo, limit) as IterableIterator<LedgerExportRow>;
}

export function countLedger(db: Db, campaignId: number, upTo: string): number {
  return db.prepare('SELECT COUNT(*) FROM ledger_issues WHERE campaign_id = ? AND first_period <= ?').pluck().get(campaignId, upTo) as number;
}

export interface ExceptionRow { period_code: string; institution_id: number; kind: 'extension' | 'exemption'; new_due: string | null; reason: string }

/** 延期/免报 per unit × period (reporting_exceptions). */
export function reportingExceptions(db: Db, campaignId: number): ExceptionRow[] {
  return db.prepare('SELECT period_code, institution_id, kind, new_due, reason FROM reporting_exceptions WHERE campaign_id = ?').all(campaignId) as ExceptionRow[];
}
