/** Submissions (one per unit × period × version), their stored files and indicator values. */
import type { Db } from '../connection';

export interface UnitRef {
  id: number;
  name: string;
  uscc: string | null;
  licence_no: string | null;
  aliases_json: string;
  district_code: string;
  retired_at: string | null;
  kind: string;
}

export function unitByUscc(db: Db, uscc: string): UnitRef | undefined {
  return db.prepare('SELECT id, name, uscc, licence_no, aliases_json, district_code, retired_at, kind FROM institutions WHERE uscc = ?').get(uscc) as UnitRef | undefined;
}

export function unitByLicence(db: Db, licence: string): UnitRef | undefined {
  return db.prepare('SELECT id, name, uscc, licence_no, aliases_json, district_code, retired_at, kind FROM institutions WHERE licence_no = ?').get(licence) as UnitRef | undefined;
}

export function allUnits(db: Db): UnitRef[] {
  return db.prepare('SELECT id, name, uscc, licence_no, aliases_json, district_code, retired_at, kind FROM institutions').all() as UnitRef[];
}

export interface SubmissionRow {
  id: number;
  campaign_id: number;
  period_code: string;
  institution_id: number;
  version: number;
  is_current: number;
  state: string;
  file_name: string;
  file_sha256: string;
  received_date: string;
}

/** A submission already holding these exact bytes (any version) in this campaign. */
export function submissionBySha(db: Db, campaignId: number, sha: string): SubmissionRow | undefined {
  return db.prepare('SELECT * FROM submissions WHERE campaign_id = ? AND file_sha256 = ? ORDER BY version DESC LIMIT 1').get(campaignId, sha) as SubmissionRow | undefined;
}

export function currentSubmission(db: Db, campaignId: number, period: string, institutionId: number): SubmissionRow | undefined {
  return db.prepare('SELECT * FROM submissions WHERE campaign_id = ? AND period_code = ? AND institution_id = ? AND is_current = 1').get(campaignId, period, institutionId) as SubmissionRow | undefined;
}

export function maxVersion(db: Db, campaignId: number, period: string, institutionId: number): number {
  const r = db.prepare('SELECT max(version) v FROM submissions WHERE campaign_id = ? AND period_code = ? AND institution_id = ?').get(campaignId, period, institutionId) as { v: number | null };
  return r.v ?? 0;
}

export function storeFile(db: Db, sha: string, bytes: Uint8Array): void {
  db.prepare('INSERT OR IGNORE INTO source_files (sha256, size, bytes) VALUES (?, ?, ?)').run(sha, bytes.length, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export function fileBytes(db: Db, sha: string): Buffer | undefined {
  return (db.prepare('SELECT bytes FROM source_files WHERE sha256 = ?').get(sha) as { bytes: Buffer } | undefined)?.bytes;
}

export function retireCurrent(db: Db, campaignId: number, period: string, institutionId: number): void {
  db.prepare('UPDATE submissions SET is_current = 0 WHERE campaign_id = ? AND period_code = ? AND institution_id = ? AND is_current = 1').run(campaignId, period, institutionId);
}

export interface NewSubmission {
  campaignId: number; period: string; institutionId: number; version: number; fileName: string; sha: string;
  receivedDate: string; importedAt: string; identifiedBy: string; templateVersion: string | null; isNil: boolean;
  warnings: unknown[]; work: unknown;
}

export function insertSubmission(db: Db, s: NewSubmission): number {
  const info = db.prepare(
    `INSERT INTO submissions (campaign_id, period_code, institution_id, version, file_name, file_sha256, received_date, imported_at,
       identified_by, template_version, is_nil, warnings_json, work_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.campaignId, s.period, s.institutionId, s.version, s.fileName, s.sha, s.receivedDate, s.importedAt, s.identifiedBy,
    s.templateVersion, s.isNil ? 1 : 0, JSON.stringify(s.warnings), JSON.stringify(s.work));
  return Number(info.lastInsertRowid);
}

export function insertValues(db: Db, submissionId: number, values: { code: string; focus: string; value: number; cell: string }[]): void {
  const st = db.prepare('INSERT INTO indicator_values (submission_id, indicator_code, focus_code, value, cell) VALUES (?, ?, ?, ?, ?)');
  for (const v of values) st.run(submissionId, v.code, v.focus, v.value, v.cell);
}

export interface SubmissionListRow extends SubmissionRow {
  institution_name: string;
  uscc: string | null;
  district_code: string;
  imported_at: string;
  identified_by: string;
  warnings_json: string;
}

export function listSubmissions(db: Db, campaignId: number, period: string | null, institutionId?: number): SubmissionListRow[] {
  return db.prepare(
    `SELECT s.*, i.name AS institution_name, i.uscc, i.district_code FROM submissions s JOIN institutions i ON i.id = s.institution_id
     WHERE s.campaign_id = ? AND (? IS NULL OR s.period_code = ?) AND (? IS NULL OR s.institution_id = ?)
     ORDER BY s.period_code, i.district_code, i.name, s.version`,
  ).all(campaignId, period, period, institutionId ?? null, institutionId ?? null) as SubmissionListRow[];
}
