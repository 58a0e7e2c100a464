/**
 * The clerk's real week: deadline extensions (延期) and exemptions (免报) per unit × period with
 * a reason; send-backs (退回修改) with their reason; single-value corrections (更正) that keep the
 * original, the new value, who, when and why.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE reporting_exceptions (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      institution_id INTEGER NOT NULL REFERENCES institutions(id),
      period_code TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('extension','exemption')),
      new_due TEXT,
      reason TEXT NOT NULL,
      operator TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (campaign_id, institution_id, period_code),
      CHECK (kind = 'exemption' OR new_due IS NOT NULL)
    ) STRICT;

    ALTER TABLE submissions ADD COLUMN state_reason TEXT;

    CREATE TABLE corrections (
      id INTEGER PRIMARY KEY,
      submission_id INTEGER NOT NULL REFERENCES submissions(id),
      target TEXT NOT NULL CHECK (target IN ('value','ledger')),
      indicator_code TEXT,
      focus_code TEXT,
      issue_id INTEGER REFERENCES ledger_issues(id),
      field TEXT,
      cell TEXT,
      old_value TEXT,
      new_value TEXT,
      reason TEXT NOT NULL,
      operator TEXT NOT NULL,
      at TEXT NOT NULL,
      carried_from INTEGER REFERENCES corrections(id)
    ) STRICT;
    CREATE INDEX corrections_sub ON corrections(submission_id);
  `);
}
