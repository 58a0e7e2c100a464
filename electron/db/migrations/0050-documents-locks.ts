/**
 * Issued documents (archive with number, date, file hash, the data snapshot they were built
 * from, and the review record of who was praised/criticised), drafts with the clerk's paragraph
 * edits, and period locks (封账) with their re-openings.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE document_drafts (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      kind TEXT NOT NULL CHECK (kind IN ('bulletin','summary')),
      period_code TEXT NOT NULL,
      overrides_json TEXT NOT NULL DEFAULT '{}',
      review_json TEXT NOT NULL DEFAULT '{}',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (campaign_id, kind, period_code)
    ) STRICT;

    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      kind TEXT NOT NULL CHECK (kind IN ('bulletin','summary')),
      period_code TEXT NOT NULL,
      issue_no INTEGER,
      doc_number TEXT,
      issued_date TEXT NOT NULL,
      title TEXT NOT NULL,
      file_sha256 TEXT NOT NULL,
      file BLOB NOT NULL,
      snapshot_json TEXT NOT NULL,
      review_json TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      UNIQUE (campaign_id, kind, issue_no)
    ) STRICT;

    CREATE TABLE period_lock_events (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      period_code TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('lock','reopen')),
      reason TEXT NOT NULL,
      at TEXT NOT NULL,
      operator TEXT NOT NULL
    ) STRICT;
    CREATE INDEX period_lock_events_period ON period_lock_events(campaign_id, period_code, id);
  `);
}
