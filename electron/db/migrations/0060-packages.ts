/**
 * Upward packages received at this level (a district's or city's 上报数据包), and the link from a
 * submission to the package it arrived in (with the sha of the institution's original workbook).
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE packages (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      sender_unit_id INTEGER NOT NULL REFERENCES institutions(id),
      sender_org TEXT NOT NULL,
      sender_region TEXT,
      period_code TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES source_files(sha256),
      received_date TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0,1)),
      manifest_json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX packages_sender ON packages(campaign_id, sender_unit_id, period_code, is_current);
    ALTER TABLE submissions ADD COLUMN package_id INTEGER REFERENCES packages(id);
    ALTER TABLE submissions ADD COLUMN origin_sha256 TEXT;
  `);
}
