/** The inspection log and its findings (SQL only). One inspection = institution × date × body × form. */
import type { InspectionInput } from '../../../shared/domain/inspection';
import type { Db } from '../connection';

export interface InspectionRow {
  id: number;
  campaign_id: number;
  institution_id: number;
  inspected_date: string;
  period_code: string;
  body: string;
  body_kind: string;
  joint_departments: string;
  members: string;
  form: string;
  focus_codes_json: string;
  findings: string;
  measures: string;
  fine_fen: number | null;
  case_filed: number;
  referred_to: string | null;
  attachments: string;
  is_typical: number;
  is_exposed: number;
  public_text: string | null;
  exposed_date: string | null;
  source_json: string;
  created_at: string;
}

export interface InspectionListRow extends InspectionRow {
  institution: string;
  uscc: string | null;
  district_code: string;
  ownership: string;
}

export interface FindingRow {
  inspection_id: number;
  seq: number;
  text: string;
  issue_id: number | null;
  ledger_no: string | null;
  issue_status: string | null;
}

function params(i: InspectionInput, period: string) {
  return {
    institution_id: i.institutionId, inspected_date: i.inspectedDate, period_code: period, body: i.body, body_kind: i.bodyKind,
    joint_departments: i.jointDepartments.join('、'), members: i.members, form: i.form, focus_codes_json: JSON.stringify(i.focusCodes),
    findings: i.findings.map((f) => f.text).join('\n'), measures: i.measures.join('、'), fine_fen: i.fineFen, case_filed: i.caseFiled ? 1 : 0,
    referred_to: i.referredTo, attachments: i.attachments.join('、'), is_typical: i.isTypical ? 1 : 0, is_exposed: i.isExposed ? 1 : 0,
    public_text: i.publicText,
  };
}

export function insertInspection(db: Db, a: { campaignId: number; period: string; input: InspectionInput; exposedDate: string | null; source: unknown; at: string }): number {
  const info = db.prepare(
    `INSERT INTO inspections (campaign_id, institution_id, inspected_date, period_code, body, body_kind, joint_departments, members, form,
       focus_codes_json, findings, measures, fine_fen, case_filed, referred_to, attachments, is_typical, is_exposed, public_text, exposed_date,
       source_json, created_at)
     VALUES (@campaign_id, @institution_id, @inspected_date, @period_code, @body, @body_kind, @joint_departments, @members, @form,
       @focus_codes_json, @findings, @measures, @fine_fen, @case_filed, @referred_to, @attachments, @is_typical, @is_exposed, @public_text,
       @exposed_date, @source_json, @at)`,
  ).run({ ...params(a.input, a.period), campaign_id: a.campaignId, exposed_date: a.exposedDate, source_json: JSON.stringify(a.source ?? {}), at: a.at });
  return Number(info.lastInsertRowid);
}

export function updateInspection(db: Db, id: number, a: { period: string; input: InspectionInput; exposedDate: string | null; source: unknown }): void {
  db.prepare(
    `UPDATE inspections SET institution_id=@institution_id, inspected_date=@inspected_date, period_code=@period_code, body=@body,
       body_kind=@body_kind, joint_departments=@joint_departments, members=@members, form=@form, focus_codes_json=@focus_codes_json,
       findings=@findings, measures=@measures, fine_fen=@fine_fen, case_filed=@case_filed, referred_to=@referred_to,
       attachments=@attachments, is_typical=@is_typical, is_exposed=@is_exposed, public_text=@public_text, exposed_date=@exposed_date,
       source_json=@source_json WHERE id=@id`,
  ).run({ ...params(a.input, a.period), exposed_date: a.exposedDate, source_json: JSON.stringify(a.source ?? {}), id });
}

export function getInspection(db: Db, campaignId: number, id: number): InspectionRow | undefined {
  return db.prepare('SELECT * FROM inspections WHERE id = ? AND campaign_id = ?').get(id, campaignId) as InspectionRow | undefined;
}

/** The same inspection (natural key), to update rather than duplicate on a re-import. */
export function findInspection(db: Db, campaignId: number, k: { institutionId: number; date: string; body: string; form: string }): InspectionRow | undefined {
  return db.prepare(
    `SELECT * FROM inspections WHERE campaign_id = ? AND institution_id = ? AND inspected_date = ? AND body = ? AND form = ? ORDER BY id LIMIT 1`,
  ).get(campaignId, k.institutionId, k.date, k.body, k.form) as InspectionRow | undefined;
}

export function findingsOf(db: Db, inspectionIds: readonly number[]): FindingRow[] {
  if (!inspectionIds.length) return [];
  const st = db.prepare(
    `SELECT f.inspection_id, f.seq, f.text, f.issue_id, li.ledger_no, li.status AS issue_status
     FROM inspection_findings f LEFT JOIN ledger_issues li ON li.id = f.issue_id WHERE f.inspection_id = ? ORDER BY f.seq`,
  );
  return inspectionIds.flatMap((id) => st.all(id) as FindingRow[]);
}

export function replaceFindings(db: Db, inspectionId: number, findings: { text: string; issueId: number | null }[]): void {
  db.prepare('DELETE FROM inspection_findings WHERE inspection_id = ?').run(inspectionId);
  const st = db.prepare('INSERT INTO inspection_findings (inspection_id, seq, text, issue_id) VALUES (?, ?, ?, ?)');
  findings.forEach((f, i) => st.run(inspectionId, i + 1, f.text, f.issueId));
}

export interface InspectionFilter {
  period?: string;
  /** Inspections up to and including this period (a 累计 view). */
  maxPeriod?: string;
  districtPrefix?: string;
  institutionId?: number;
  form?: string;
}

function where(campaignId: number, f: InspectionFilter): { sql: string; params: unknown[] } {
  const parts = ['x.campaign_id = ?'];
  const p: unknown[] = [campaignId];
  if (f.period) { parts.push('x.period_code = ?'); p.push(f.period); }
  if (f.maxPeriod) { parts.push('x.period_code <= ?'); p.push(f.maxPeriod); }
  if (f.districtPrefix) { parts.push("i.district_code LIKE ? || '%'"); p.push(f.districtPrefix); }
  if (f.institutionId) { parts.push('x.institution_id = ?'); p.push(f.institutionId); }
  if (f.form) { parts.push('x.form = ?'); p.push(f.form); }
  return { sql: parts.join(' AND '), params: p };
}

// Newest first; ties by district and institution name so the order is the same on every machine.
const LIST_ORDER = 'ORDER BY x.inspected_date DESC, i.district_code, i.name, x.id';

export function listInspections(db: Db, campaignId: number, f: InspectionFilter, offset: number, limit: number): { rows: InspectionListRow[]; total: number } {
  const w = where(campaignId, f);
  const from = 'FROM inspections x JOIN institutions i ON i.id = x.institution_id';
  const total = (db.prepare(`SELECT count(*) n ${from} WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db.prepare(`SELECT x.*, i.name AS institution, i.uscc, i.district_code, i.ownership ${from} WHERE ${w.sql} ${LIST_ORDER} LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as InspectionListRow[];
  return { rows, total };
}

export function getInspectionListRow(db: Db, campaignId: number, id: number): InspectionListRow | undefined {
  return db.prepare(`SELECT x.*, i.name AS institution, i.uscc, i.district_code, i.ownership
    FROM inspections x JOIN institutions i ON i.id = x.institution_id WHERE x.campaign_id = ? AND x.id = ?`).get(campaignId, id) as InspectionListRow | undefined;
}

/** Institutions with at least one inspection in periods up to `maxPeriod`. */
export function inspectedInstitutionIds(db: Db, campaignId: number, maxPeriod: string): number[] {
  return db.prepare('SELECT DISTINCT institution_id FROM inspections WHERE campaign_id = ? AND period_code <= ?').pluck().all(campaignId, maxPeriod) as number[];
}

export interface SocialUnitRow {
  id: number;
  name: string;
  uscc: string | null;
  licence_no: string | null;
  district_code: string;
  category: string;
  retired_at: string | null;
}

/** 社会办 institutions on the roster (any retirement; the caller applies the cut-off). */
export function socialInstitutions(db: Db): SocialUnitRow[] {
  return db.prepare(
    `SELECT id, name, uscc, licence_no, district_code, category, retired_at FROM institutions
     WHERE kind = 'institution' AND ownership = '社会办' ORDER BY district_code, name, id`,
  ).all() as SocialUnitRow[];
}
