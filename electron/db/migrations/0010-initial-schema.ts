/**
 * Campaigns, their phases and focus areas, the roster of reporting units, settings and the
 * append-only audit log. Dates are ISO text; timestamps ISO text in UTC; booleans 0/1.
 */
import type Database from 'better-sqlite3';

export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE campaigns (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      preset TEXT,
      name TEXT NOT NULL,
      short_name TEXT NOT NULL,
      authority TEXT NOT NULL,
      doc_prefix TEXT NOT NULL,
      superior TEXT NOT NULL,
      plan_title TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      region_code TEXT,
      due_offset_days INTEGER NOT NULL,
      social_coverage_target REAL NOT NULL,
      self_coverage_target REAL NOT NULL,
      recipients TEXT NOT NULL,
      copy_to TEXT NOT NULL,
      departments_json TEXT NOT NULL,
      deliverables_json TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived')),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE phases (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      name TEXT NOT NULL,
      start_date TEXT,
      end_date TEXT,
      description TEXT,
      PRIMARY KEY (campaign_id, seq)
    ) STRICT;

    CREATE TABLE focus_areas (
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      description TEXT,
      PRIMARY KEY (campaign_id, code)
    ) STRICT;

    -- Reporting units: institutions (医疗机构), and later partner departments and district
    -- bureaus that report as a unit (kind). USCC is the hard key where present; small clinics
    -- may have only a licence registration number.
    CREATE TABLE institutions (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL DEFAULT 'institution' CHECK (kind IN ('institution','department','district')),
      uscc TEXT UNIQUE,
      licence_no TEXT UNIQUE,
      name TEXT NOT NULL,
      aliases_json TEXT NOT NULL DEFAULT '[]',
      district_code TEXT NOT NULL,
      category TEXT NOT NULL,
      ownership TEXT NOT NULL CHECK (ownership IN ('公立','社会办')),
      level TEXT NOT NULL DEFAULT '未定级',
      provincial_direct INTEGER NOT NULL DEFAULT 0 CHECK (provincial_direct IN (0,1)),
      contact_person TEXT,
      contact_phone TEXT,
      retired_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (uscc IS NOT NULL OR licence_no IS NOT NULL OR kind <> 'institution')
    ) STRICT;
    CREATE INDEX institutions_district ON institutions(district_code, name);
    CREATE INDEX institutions_name ON institutions(name);

    -- Append-only: triggers below refuse UPDATE and DELETE.
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      operator TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      campaign_id INTEGER,
      detail_json TEXT NOT NULL DEFAULT '{}',
      source_json TEXT
    ) STRICT;
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `);
}
