import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';
import { MIGRATIONS } from '../../../../electron/db/migrations/index';

describe('0080-clerk-week', () => {
  it('adds exceptions (an extension needs a new due date), send-back reasons and corrections', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version < 80).at(-1)!.version);
    db.prepare(`INSERT INTO campaigns (code, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date, due_offset_days,
      social_coverage_target, self_coverage_target, recipients, copy_to, departments_json, deliverables_json, created_at)
      VALUES ('c', 'n', 's', 'a', 'p', 'sup', 'plan', '2023-06-01', '2023-08-31', 2, 50, 100, '', '', '[]', '[]', 't')`).run();
    db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('X', '甲', '321302', '诊所', '社会办', 't', 't')").run();
    db.prepare("INSERT INTO source_files (sha256, size, bytes) VALUES ('h', 1, x'00')").run();
    db.prepare(`INSERT INTO submissions (campaign_id, period_code, institution_id, version, file_name, file_sha256, received_date, imported_at, identified_by)
      VALUES (1, '2023-06-H1', 1, 1, 'f.xlsx', 'h', '2023-06-16', 't', '元数据')`).run();
    migrate(db, 80);
    expect(db.prepare('SELECT state_reason FROM submissions').get()).toEqual({ state_reason: null });
    expect(() => db.prepare("INSERT INTO reporting_exceptions VALUES (1, 1, '2023-06-H1', 'extension', NULL, 'r', 'o', 't')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO reporting_exceptions VALUES (1, 1, '2023-06-H1', 'exemption', NULL, '装修停业', 'o', 't')").run();
    db.prepare("INSERT INTO corrections (submission_id, target, indicator_code, focus_code, cell, old_value, new_value, reason, operator, at) VALUES (1, 'value', 'C1', '', '进展数据!D5', '120', '12', '多打一个0', 'o', 't')").run();
  });
});
