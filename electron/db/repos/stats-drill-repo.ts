/**
 * Drill-down SQL: the institutions behind a summed figure and the ledger rows behind a D figure,
 * filtered and paged in SQLite (the ledger can hold a million rows; never load it whole).
 * Filters are bound parameters; the only composed SQL text is a fixed list of `?` placeholders.
 */
import type { Db } from '../connection';

export interface UnitFilter {
  district: string | null;
  category: string | null;
  ownership: string | null;
  direct: number | null;
}

const UNIT_WHERE = `(@district IS NULL OR i.district_code = @district) AND (@category IS NULL OR i.category = @category)
  AND (@ownership IS NULL OR i.ownership = @ownership) AND (@direct IS NULL OR i.provincial_direct = @direct)`;

export interface UnitValueRow {
  id: number;
  name: string;
  uscc: string | null;
  district_code: string;
  category: string;
  ownership: string;
  provincial_direct: number;
  value: number;
}

/** Institutions with a reported value of `codes` (summed) in periods [from, to], largest first. */
export function unitValues(db: Db, a: { campaignId: number; codes: string[]; focus: string | null; from: string; to: string; unit: UnitFilter; offset: number; limit: number }):
  { rows: UnitValueRow[]; total: number; sum: number | null } {
  const inList = a.codes.map(() => '?').join(', ');
  const base = `SELECT i.id, i.name, i.uscc, i.district_code, i.category, i.ownership, i.provincial_direct, SUM(v.value) AS value
    FROM submissions s JOIN institutions i ON i.id = s.institution_id JOIN indicator_values v ON v.submission_id = s.id
    WHERE s.campaign_id = @c AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code BETWEEN @from AND @to
      AND v.indicator_code IN (${inList}) AND (@focus IS NULL OR v.focus_code = @focus) AND ${UNIT_WHERE}
    GROUP BY i.id`;
  const params = { c: a.campaignId, from: a.from, to: a.to, focus: a.focus, ...a.unit };
  const rows = db.prepare(`${base} ORDER BY value DESC, i.district_code, i.name, i.id LIMIT @limit OFFSET @offset`)
    .all(...a.codes, { ...params, limit: a.limit, offset: a.offset }) as UnitValueRow[];
  const t = db.prepare(`SELECT COUNT(*) AS n, SUM(value) AS s FROM (${base})`).get(...a.codes, params) as { n: number; s: number | null };
  return { rows, total: t.n, sum: t.s };
}

export interface RosterUnitRow extends Omit<UnitValueRow, 'value'> {
  periods: string | null;
}

/** Which periods justify counting an institution: 是 to B1, or an entry in the inspection log. */
export type Evidence = 'b1' | 'inspection';

const EVIDENCE_SQL: Record<Evidence, string> = {
  b1: `(SELECT group_concat(s.period_code, '、' ORDER BY s.period_code) FROM submissions s JOIN indicator_values v
      ON v.submission_id = s.id AND v.indicator_code = 'B1' AND v.focus_code = '' AND v.value = 1
      WHERE s.campaign_id = @c AND s.institution_id = i.id AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code BETWEEN @from AND @to)`,
  inspection: `(SELECT group_concat(DISTINCT x.period_code ORDER BY x.period_code) FROM inspections x
      WHERE x.campaign_id = @c AND x.institution_id = i.id AND x.period_code BETWEEN @from AND @to)`,
};

/**
 * Institutions (kind 'institution', not retired at `cutoff`) of the filter; with `evidence`
 * only those with evidence in a period in [from, to], `periods` listing those periods.
 */
export function rosterUnits(db: Db, a: { campaignId: number; cutoff: string; social: boolean; evidence: Evidence | null; from: string; to: string; unit: UnitFilter; offset: number; limit: number }):
  { rows: RosterUnitRow[]; total: number } {
  const periods = a.evidence ? EVIDENCE_SQL[a.evidence] : 'NULL';
  const base = `SELECT i.id, i.name, i.uscc, i.district_code, i.category, i.ownership, i.provincial_direct, ${periods} AS periods
    FROM institutions i WHERE i.kind = 'institution' AND (i.retired_at IS NULL OR substr(i.retired_at, 1, 10) > @cutoff)
      AND (@social = 0 OR i.ownership = '社会办') AND ${UNIT_WHERE}`;
  const where = a.evidence ? 'WHERE periods IS NOT NULL' : '';
  const params = { c: a.campaignId, cutoff: a.cutoff, social: a.social ? 1 : 0, from: a.from, to: a.to, ...a.unit };
  const rows = db.prepare(`SELECT * FROM (${base}) ${where} ORDER BY district_code, name, id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: a.limit, offset: a.offset }) as RosterUnitRow[];
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM (${base}) ${where}`).get(params) as { n: number }).n;
  return { rows, total };
}

export type IssueClass = 'new' | 'rectified' | 'open' | 'overdue';

export interface IssueDrillRow {
  id: number;
  ledger_no: string;
  institution_id: number;
  institution: string;
  district_code: string;
  focus_code: string;
  found_date: string | null;
  description: string;
  first_period: string;
  status: string;
  deadline: string | null;
}

/**
 * Ledger rows behind D1 (new in [from, to], not now 不属实) or behind a stock at cut-off period
 * `x` (status and deadline at the cut-off, by the rule of stats-repo.ts), paged.
 */
export function issues(db: Db, a: { campaignId: number; cls: IssueClass; from: string; x: string; cutoff: string; focus: string | null; unit: UnitFilter; offset: number; limit: number }):
  { rows: IssueDrillRow[]; total: number } {
  const scoped = `SELECT li.id, li.ledger_no, li.institution_id, i.name AS institution, i.district_code, li.focus_code, li.found_date,
        li.description, li.first_period, li.last_period, li.status AS cur_status, li.deadline AS cur_deadline,
        CASE WHEN li.last_period > @x THEN (SELECT sn.status || '|' || IFNULL(sn.deadline, '')
          FROM ledger_snapshots sn JOIN submissions s ON s.id = sn.submission_id
          WHERE sn.issue_id = li.id AND sn.period_code <= @x AND s.is_current = 1 AND s.state = 'accepted'
          ORDER BY sn.period_code DESC LIMIT 1) END AS m
      FROM ledger_issues li JOIN institutions i ON i.id = li.institution_id
      WHERE li.campaign_id = @c AND li.first_period BETWEEN @from AND @x AND (@focus IS NULL OR li.focus_code = @focus) AND ${UNIT_WHERE}`;
  const atCut = `SELECT id, ledger_no, institution_id, institution, district_code, focus_code, found_date, description, first_period, cur_status,
        CASE WHEN m IS NULL THEN cur_status ELSE substr(m, 1, instr(m, '|') - 1) END AS status,
        CASE WHEN m IS NULL THEN cur_deadline ELSE NULLIF(substr(m, instr(m, '|') + 1), '') END AS deadline
      FROM scoped WHERE last_period <= @x OR m IS NOT NULL`;
  const filter: Record<IssueClass, string> = {
    new: "cur_status <> '不属实'",
    rectified: "status IN ('已整改待核验', '已销号')",
    open: "status IN ('待整改', '整改中')",
    overdue: "status IN ('待整改', '整改中') AND deadline IS NOT NULL AND deadline < @cutoff",
  };
  const sql = `WITH scoped AS MATERIALIZED (${scoped}), at_cut AS (${atCut}) SELECT * FROM at_cut WHERE ${filter[a.cls]}`;
  const params = { c: a.campaignId, from: a.from, x: a.x, cutoff: a.cutoff, focus: a.focus, ...a.unit };
  const rows = db.prepare(`${sql} ORDER BY district_code, institution, ledger_no, id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: a.limit, offset: a.offset }) as IssueDrillRow[];
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM (${sql})`).get(params) as { n: number }).n;
  return { rows, total };
}
