/** Reading the audit log (written by audit-repo's insertAudit): pages and a full scan, newest first. */
import type { Db } from '../connection';
import type { AuditRow } from './audit-repo';

export interface AuditQuery {
  /** An action code or its family: 'roster' matches roster.import, roster.add, … */
  action?: string;
}

function where(q: AuditQuery): { sql: string; params: string[] } {
  if (!q.action) return { sql: '', params: [] };
  return { sql: "WHERE action = ? OR action LIKE ? ESCAPE '\\'", params: [q.action, `${q.action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`] };
}

export function pageAudit(db: Db, q: AuditQuery, offset: number, limit: number): { rows: AuditRow[]; total: number } {
  const w = where(q);
  const total = (db.prepare(`SELECT count(*) n FROM audit_log ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM audit_log ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as AuditRow[];
  return { rows, total };
}

/** Every matching entry, newest first, without loading the log into memory at once. */
export function iterateAudit(db: Db, q: AuditQuery): IterableIterator<AuditRow> {
  const w = where(q);
  return db.prepare(`SELECT * FROM audit_log ${w.sql} ORDER BY id DESC`).iterate(...w.params) as IterableIterator<AuditRow>;
}
