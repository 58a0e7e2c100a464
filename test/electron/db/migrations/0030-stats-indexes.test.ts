import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';

describe('0030-stats-indexes', () => {
  it('adds the statistics indexes on top of existing returns and ledger rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 20);
    db.prepare(`INSERT INTO campaigns (code, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date, due_offset_days,
      social_coverage_target, self_coverage_target, recipients, copy_to, departments_json, deliverables_json, created_at)
      VALUES ('c', 'n', 's', 'a', 'p', 'sup', 'plan', '2023-06-01', '2023-08-31', 2, 50, 100, '', '', '[]', '[]', 't')`).run();
    db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('X', '甲医院', '321302', '综合医院', '公立', 't', 't')").run();
    db.prepare("INSERT INTO source_files (sha256, size, bytes) VALUES ('h', 1, x'00')").run();
    db.prepare(`INSERT INTO submissions (campaign_id, period_code, institution_id, version, file_name, file_sha256, received_date, imported_at, identified_by)
      VALUES (1, '2023-06-H1', 1, 1, 'f.xlsx', 'h', '2023-06-16', 't', '元数据')`).run();
    db.prepare(`INSERT INTO ledger_issues (campaign_id, institution_id, ledger_no, fingerprint, focus_code, description, status, deadline, first_period, last_period, created_at, updated_at)
      VALUES (1, 1, 'A1', 'fp', 'F1', 'd', '整改中', '2023-06-30', '2023-06-H1', '2023-06-H1', 't', 't')`).run();
    db.prepare(`INSERT INTO ledger_snapshots (issue_id, submission_id, period_code, sheet, row, status, deadline, fields_json)
      VALUES (1, 1, '2023-06-H1', '问题台账', 3, '整改中', '2023-06-30', '{}')`).run();
    migrate(db, 30);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('submissions_stats', 'ledger_stats', 'ledger_snapshots_period') ORDER BY name").pluck().all();
    expect(indexes).toEqual(['ledger_snapshots_period', 'ledger_stats', 'submissions_stats']);
    const plan = (sql: string, ...args: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT institution_id, period_code, received_date FROM submissions WHERE campaign_id = 1 AND is_current = 1 AND state = 'accepted'"))
      .toContain('USING COVERING INDEX submissions_stats');
    expect(plan('SELECT institution_id, focus_code, COUNT(*) FROM ledger_issues WHERE campaign_id = 1 GROUP BY institution_id, focus_code'))
      .toContain('USING COVERING INDEX ledger_stats');
    expect(plan("SELECT status FROM ledger_snapshots WHERE issue_id = 1 AND period_code <= '2023-06-H2' ORDER BY period_code DESC LIMIT 1"))
      .toContain('USING COVERING INDEX ledger_snapshots_period');
    expect(db.prepare('SELECT COUNT(*) FROM ledger_snapshots').pluck().get()).toBe(1);
  });
});
