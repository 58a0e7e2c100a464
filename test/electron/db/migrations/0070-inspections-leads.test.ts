import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';
import { MIGRATIONS } from '../../../../electron/db/migrations/index';

describe('0070-inspections-leads', () => {
  it('adds the inspection log, findings, leads and a public text on ledger issues', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version < 70).at(-1)!.version);
    db.prepare(`INSERT INTO campaigns (code, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date, due_offset_days,
      social_coverage_target, self_coverage_target, recipients, copy_to, departments_json, deliverables_json, created_at)
      VALUES ('c', 'n', 's', 'a', 'p', 'sup', 'plan', '2023-06-01', '2023-08-31', 2, 50, 100, '', '', '[]', '[]', 't')`).run();
    db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('X', '甲', '321302', '诊所', '社会办', 't', 't')").run();
    db.prepare(`INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, description, status, first_period, last_period, created_at, updated_at)
      VALUES (1, 1, 'A1', 'fp', 'F1', 'd', '待整改', '2023-06-H1', '2023-06-H1', 't', 't')`).run();
    migrate(db, 70);
    expect(db.prepare('SELECT public_text FROM ledger_issues').get()).toEqual({ public_text: null });
    db.prepare(`INSERT INTO inspections (campaign_id, institution_id, inspected_date, period_code, body, body_kind, form, created_at)
      VALUES (1, 1, '2023-06-10', '2023-06-H1', '市卫生监督所', '卫生监督所', '四不两直', 't')`).run();
    expect(() => db.prepare(`INSERT INTO inspections (campaign_id, institution_id, inspected_date, period_code, body, body_kind, form, created_at)
      VALUES (1, 1, '2023-06-10', '2023-06-H1', 'x', '派出所', '常规检查', 't')`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO leads (campaign_id, lead_no, received_date, channel, subject_text, content, handling_unit, deadline, status, created_at, updated_at)
      VALUES (1, 'XS-1', '2023-06-02', '12345', '甲', '乱收费', '市卫生监督所', '2023-06-17', '待核查', 't', 't')`).run();
    expect(() => db.prepare(`INSERT INTO leads (campaign_id, lead_no, received_date, channel, subject_text, content, handling_unit, deadline, status, created_at, updated_at)
      VALUES (1, 'XS-1', '2023-06-02', '12345', '甲', '重复', 'u', 'd', '待核查', 't', 't')`).run()).toThrow(/UNIQUE/);
  });
});
