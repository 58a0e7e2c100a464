/**
 * The campaign's other data sources: the inspection log (检查/督查记录) from which 社会办 coverage
 * is computed, complaint leads (举报线索), and typical-case marking (典型案例/已曝光) with a short
 * public description on ledger issues, inspections and leads.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE inspections (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      institution_id INTEGER NOT NULL REFERENCES institutions(id),
      inspected_date TEXT NOT NULL,
      period_code TEXT NOT NULL,
      body TEXT NOT NULL,
      body_kind TEXT NOT NULL CHECK (body_kind IN ('市卫生健康委','区县卫生健康局','卫生监督所','联合检查组')),
      joint_departments TEXT NOT NULL DEFAULT '',
      members TEXT NOT NULL DEFAULT '',
      form TEXT NOT NULL CHECK (form IN ('常规检查','专项督查','明察暗访','四不两直')),
      focus_codes_json TEXT NOT NULL DEFAULT '[]',
      findings TEXT NOT NULL DEFAULT '',
      measures TEXT NOT NULL DEFAULT '',
      fine_fen INTEGER,
      case_filed INTEGER NOT NULL DEFAULT 0 CHECK (case_filed IN (0,1)),
      referred_to TEXT,
      attachments TEXT NOT NULL DEFAULT '',
      is_typical INTEGER NOT NULL DEFAULT 0 CHECK (is_typical IN (0,1)),
      is_exposed INTEGER NOT NULL DEFAULT 0 CHECK (is_exposed IN (0,1)),
      public_text TEXT,
      source_json TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX inspections_cov ON inspections(campaign_id, inspected_date, institution_id);
    CREATE INDEX inspections_period ON inspections(campaign_id, period_code);

    -- Findings become or link to ledger issues.
    CREATE TABLE inspection_findings (
      inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      text TEXT NOT NULL,
      issue_id INTEGER REFERENCES ledger_issues(id),
      PRIMARY KEY (inspection_id, seq)
    ) STRICT;

    CREATE TABLE leads (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
      lead_no TEXT NOT NULL,
      received_date TEXT NOT NULL,
      channel TEXT NOT NULL,
      subject_institution_id INTEGER REFERENCES institutions(id),
      subject_text TEXT NOT NULL,
      content TEXT NOT NULL,
      handling_unit TEXT NOT NULL,
      deadline TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('待核查','核查中','属实','部分属实','不属实','已办结')),
      verdict TEXT CHECK (verdict IS NULL OR verdict IN ('属实','部分属实','不属实')),
      result TEXT,
      closed_date TEXT,
      issue_id INTEGER REFERENCES ledger_issues(id),
      is_typical INTEGER NOT NULL DEFAULT 0 CHECK (is_typical IN (0,1)),
      is_exposed INTEGER NOT NULL DEFAULT 0 CHECK (is_exposed IN (0,1)),
      public_text TEXT,
      source_json TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (campaign_id, lead_no)
    ) STRICT;
    CREATE INDEX leads_status ON leads(campaign_id, status, deadline);

    ALTER TABLE ledger_issues ADD COLUMN public_text TEXT;
  `);
}
