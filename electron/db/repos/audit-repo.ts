/** Append-only audit log (the table refuses UPDATE/DELETE by trigger). */
import type { Db } from '../connection';

export interface AuditEntry {
  at: string;
  operator: string;
  action: string; // e.g. roster.import, campaign.create, submission.import
  entity: string;
  entityId?: string | number | null;
  campaignId?: number | null;
  detail?: unknown;
  /** Provenance: source file hash/name and sheet, or the UI action. */
  source?: unknown;
}

export interface AuditRow {
  id: number;
  at: string;
  operator: string;
  action: string;
  entity: string;
  entity_id: string | null;
  campaign_id: number | null;
  detail_json: string;
  source_json: string | null;
}

export function insertAudit(db: Db, e: AuditEntry): void {
  db.prepare(
    `INSERT INTO audit_log (at, operator, action, entity, entity_id, campaign_id, detail_json, source_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.at, e.operator, e.action, e.entity, e.entityId == null ? null : String(e.entityId), e.campaignId ?? null,
    JSON.stringify(e.detail ?? {}), e.source === undefined ? null : JSON.stringify(e.source));
}

export function listAudit(db: Db, opts: { campaignId?: number; offset?: number; limit?: number } = {}): { rows: AuditRow[]; total: number } {
  const where = opts.campaignId ? 'WHERE campaign_id = ? OR campaign_id IS NULL' : '';
  const params = opts.campaignId ? [opts.campaignId] : [];
  const total = (db.prepare(`SELECT count(*) n FROM audit_log ${where}`).get(...params) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, opts.limit ?? 100, opts.offset ?? 0) as AuditRow[];
  return { rows, total };
}
