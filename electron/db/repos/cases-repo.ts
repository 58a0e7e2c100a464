/**
 * Typical cases (典型案例) and exposures (已曝光) across the three record kinds that carry the
 * marks: ledger issues, inspections and leads (SQL only).
 */
import type { Db } from '../connection';

export type CaseTable = 'ledger_issues' | 'inspections' | 'leads';

export interface CaseRow {
  kind: 'issue' | 'inspection' | 'lead';
  id: number;
  ref: string;
  date: string | null;
  institution: string | null;
  district_code: string | null;
  focus_code: string | null;
  summary: string;
  is_typical: number;
  is_exposed: number;
  exposed_date: string | null;
  public_text: string | null;
}

const UNION = `
  SELECT 'issue' AS kind, li.id, li.ledger_no AS ref, li.found_date AS date, i.name AS institution, i.district_code, li.focus_code,
    li.description AS summary, li.is_typical, li.is_exposed, li.exposed_date, li.public_text
  FROM ledger_issues li JOIN institutions i ON i.id = li.institution_id WHERE li.campaign_id = @c
  UNION ALL
  SELECT 'inspection', x.id, x.inspected_date || ' ' || x.body || x.form, x.inspected_date, i.name, i.district_code,
    json_extract(x.focus_codes_json, '$[0]'), CASE WHEN x.findings <> '' THEN x.findings ELSE x.measures END, x.is_typical, x.is_exposed, x.exposed_date, x.public_text
  FROM inspections x JOIN institutions i ON i.id = x.institution_id WHERE x.campaign_id = @c
  UNION ALL
  SELECT 'lead', l.id, l.lead_no, l.received_date, coalesce(i.name, l.subject_text), i.district_code, l.focus_code, l.content,
    l.is_typical, l.is_exposed, l.exposed_date, l.public_text
  FROM leads l LEFT JOIN institutions i ON i.id = l.subject_institution_id WHERE l.campaign_id = @c`;

export function listCases(db: Db, campaignId: number, exposedOnly: boolean): CaseRow[] {
  return db.prepare(
    `SELECT * FROM (${UNION}) WHERE ${exposedOnly ? 'is_exposed = 1' : '(is_typical = 1 OR is_exposed = 1)'}
     ORDER BY coalesce(exposed_date, date), date, kind, ref, id`,
  ).all({ c: campaignId }) as CaseRow[];
}

export function getCase(db: Db, campaignId: number, kind: CaseRow['kind'], id: number): CaseRow | undefined {
  return db.prepare(`SELECT * FROM (${UNION}) WHERE kind = @k AND id = @id`).get({ c: campaignId, k: kind, id }) as CaseRow | undefined;
}

export function setCaseMark(db: Db, table: CaseTable, campaignId: number, id: number, m: { typical: boolean; exposed: boolean; exposedDate: string | null; publicText: string | null }): number {
  return db.prepare(`UPDATE ${table} SET is_typical = ?, is_exposed = ?, exposed_date = ?, public_text = ? WHERE id = ? AND campaign_id = ?`)
    .run(m.typical ? 1 : 0, m.exposed ? 1 : 0, m.exposedDate, m.publicText, id, campaignId).changes;
}
