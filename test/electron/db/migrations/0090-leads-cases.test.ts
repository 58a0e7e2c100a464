import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';
import { MIGRATIONS } from '../../../../electron/db/migrations/index';

describe('0090-leads-cases', () => {
  it('adds a lead focus area, verified and exposed dates, keeping existing rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version < 90).at(-1)!.version);
    db.prepare(`INSERT INTO campaigns (code, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date, due_offset_days,
      social_coverage_target, self_coverage_target, recipients, copy_to, departments_json, deliverables_json, created_at)
      VALUES ('c', 'n', 's', 'a', 'p', 'sup', 'plan', '2023-06-01', '2023-08-31', 2, 50, 100, '', '', '[]', '[]', 't')`).run();
    db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('X', '甲', '321302', '诊所', '社会办', 't', 't')").run();
    db.prepare(`INSERT INTO leads (campaign_id, lead_no, received_date, channel, subject_text, content, handling_unit, deadline, status, created_at, updated_at)
      VALUES (1, 'XS-1', '2023-06-02', '12345', '甲', '乱收费', '市卫生监督所', '2023-06-17', '待核查', 't', 't')`).run();
    db.prepare(`INSERT INTO inspections (campaign_id, institution_id, inspected_date, period_code, body, body_kind, form, created_at)
      VALUES (1, 1, '2023-06-10', '2023-06-H1', '市卫生监督所', '卫生监督所', '四不两直', 't')`).run();
    migrate(db, 90);
    expect(db.prepare('SELECT focus_code, verified_date, exposed_date FROM leads').get()).toEqual({ focus_code: null, verified_date: null, exposed_date: null });
    expect(db.prepare('SELECT exposed_date FROM inspections').get()).toEqual({ exposed_date: null });
    const cols = db.prepare("SELECT name FROM pragma_table_info('ledger_issues')").pluck().all();
    expect(cols).toContain('exposed_date');
    const idx = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(idx).toEqual(expect.arrayContaining(['leads_issue', 'inspection_findings_issue', 'inspections_inst']));
  });
});
