/**
 * The half-month intake: stored source files, submissions (one per unit × period × version),
 * indicator values with cell provenance, and the merged issue ledger with per-return snapshots.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    -- The user's own files, kept so every version stays viewable and error workbooks mark up
    -- the original. Content-addressed.
    CREATE TABLE source_files (
      sha256 TEXT PRIMARY KEY,
      size INTEGER NOT NULL,
      bytes BLOB NOT NULL
    ) STRICT;

    CREATE TABLE submissions (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      period_code TEXT NOT NULL,
      institution_id INTEGER NOT NULL REFERENCES institutions(id),
      version INTEGER NOT NULL,
      is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0,1)),
      state TEXT NOT NULL DEFAULT 'accepted' CHECK (state IN ('accepted','returned')),
      file_name TEXT NOT NULL,
      file_sha256 TEXT NOT NULL REFERENCES source_files(sha256),
      received_date TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      identified_by TEXT NOT NULL,
      template_version TEXT,
      is_nil INTEGER NOT NULL DEFAULT 0 CHECK (is_nil IN (0,1)),
      warnings_json TEXT NOT NULL DEFAULT '[]',
      work_json TEXT NOT NULL DEFAULT '{}',
      UNIQUE (campaign_id, period_code, institution_id, version)
    ) STRICT;
    CREATE INDEX submissions_current ON submissions(campaign_id, period_code, is_current, institution_id);
    CREATE INDEX submissions_sha ON submissions(campaign_id, file_sha256);

    -- One row per filled cell; a blank cell has no row (未报, distinct from 0). focus_code ''
    -- is a figure not split by focus area. Money is stored in 分 (integer), counts as integers.
    CREATE TABLE indicator_values (
      submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
      indicator_code TEXT NOT NULL,
      focus_code TEXT NOT NULL DEFAULT '',
      value INTEGER NOT NULL,
      cell TEXT NOT NULL,
      PRIMARY KEY (submission_id, indicator_code, focus_code)
    ) STRICT, WITHOUT ROWID;

    -- The merged ledger: one row per issue across periods, identity = institution + ledger no.
    -- Columns hold the issue's current state (its latest-period snapshot), kept in step by the
    -- import service so list queries over a million rows need no window functions.
    CREATE TABLE ledger_issues (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      institution_id INTEGER NOT NULL REFERENCES institutions(id),
      ledger_no TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      focus_code TEXT NOT NULL,
      category TEXT,
      source TEXT,
      found_date TEXT,
      description TEXT NOT NULL,
      persons TEXT,
      amount_fen INTEGER,
      severity TEXT,
      measures TEXT,
      resp_unit TEXT,
      resp_person TEXT,
      deadline TEXT,
      status TEXT NOT NULL CHECK (status IN ('待整改','整改中','已整改待核验','已销号','不属实','移交他部门')),
      completion_date TEXT,
      penalties TEXT,
      fine_fen INTEGER,
      case_no TEXT,
      is_typical INTEGER NOT NULL DEFAULT 0,
      is_exposed INTEGER NOT NULL DEFAULT 0,
      remarks TEXT,
      first_period TEXT NOT NULL,
      last_period TEXT NOT NULL,
      missing_since TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (campaign_id, institution_id, ledger_no)
    ) STRICT;
    CREATE INDEX ledger_status ON ledger_issues(campaign_id, status, deadline);
    CREATE INDEX ledger_focus ON ledger_issues(campaign_id, focus_code, status);
    CREATE INDEX ledger_inst ON ledger_issues(institution_id);
    CREATE INDEX ledger_first ON ledger_issues(campaign_id, first_period);

    -- What each return said about an issue (a row per issue per submission): history across
    -- periods and versions, with the sheet and row it came from.
    CREATE TABLE ledger_snapshots (
      issue_id INTEGER NOT NULL REFERENCES ledger_issues(id) ON DELETE CASCADE,
      submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
      period_code TEXT NOT NULL,
      sheet TEXT NOT NULL,
      row INTEGER NOT NULL,
      status TEXT NOT NULL,
      deadline TEXT,
      measures TEXT,
      fields_json TEXT NOT NULL,
      PRIMARY KEY (issue_id, submission_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX ledger_snapshots_sub ON ledger_snapshots(submission_id);
  `);
}
