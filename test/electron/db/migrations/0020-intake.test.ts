import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';

describe('0020-intake', () => {
  it('adds submissions, values and the ledger on top of existing roster rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 10);
    db.prepare(`INSERT INTO campaigns (code, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date, due_offset_days,
      social_coverage_target, self_coverage_target, recipients, copy_to, departments_json, deliverables_json, created_at)
      VALUES ('c', 'n', 's', 'a', 'p', 'sup', 'plan', '2023-06-01', '2023-08-31', 2, 50, 100, '', '', '[]', '[]', 't')`).run();
    db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('X', '甲医院', '321302', '综合医院', '公立', 't', 't')").run();
    migrate(db, 20);
    db.prepare("INSERT INTO source_files (sha256, size, bytes) VALUES ('h', 1, x'00')").run();
    db.prepare(`INSERT INTO submissions (campaign_id, period_code, institution_id, version, file_name, file_sha256, received_date, imported_at, identified_by)
      VALUES (1, '2023-06-H1', 1, 1, 'f.xlsx', 'h', '2023-06-16', 't', '元数据')`).run();
    db.prepare("INSERT INTO indicator_values (submission_id, indicator_code, focus_code, value, cell) VALUES (1, 'C1', '', 0, '进展数据!D5')").run();
    expect(() => db.prepare("INSERT INTO indicator_values (submission_id, indicator_code, focus_code, value, cell) VALUES (1, 'C1', '', 1, 'x')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(`INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, description, status, first_period, last_period, created_at, updated_at)
      VALUES (1, 1, 'A1', 'fp', 'F1', 'd', '已完成', '2023-06-H1', '2023-06-H1', 't', 't')`).run()).toThrow(/CHECK/);
    expect((db.prepare('SELECT count(*) n FROM institutions').get() as { n: number }).n).toBe(1);
  });
});
