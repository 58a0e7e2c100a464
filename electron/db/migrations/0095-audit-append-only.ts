/**
 * Closes a hole in the audit log's append-only guard: the UPDATE and DELETE triggers of 0010 do
 * not fire for `INSERT OR REPLACE` (REPLACE deletes the old row without running delete triggers
 * unless recursive triggers are on), so an insert reusing an existing id could overwrite an entry.
 * BEFORE INSERT runs before conflict resolution, so it refuses that case.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
      WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `);
}
