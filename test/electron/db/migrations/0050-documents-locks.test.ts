import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';
import { MIGRATIONS } from '../../../../electron/db/migrations/index';

describe('0050-documents-locks', () => {
  it('adds the document archive, drafts and lock events; issue numbers unique per campaign and kind', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    const before = MIGRATIONS.filter((m) => m.version < 50).at(-1)!.version;
    migrate(db, before);
    db.prepare(`INSERT INTO campaigns (code, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date, due_offset_days,
      social_coverage_target, self_coverage_target, recipients, copy_to, departments_json, deliverables_json, created_at)
      VALUES ('c', 'n', 's', 'a', 'p', 'sup', 'plan', '2023-06-01', '2023-08-31', 2, 50, 100, '', '', '[]', '[]', 't')`).run();
    migrate(db, 50);
    const ins = db.prepare(`INSERT INTO documents (campaign_id, kind, period_code, issue_no, issued_date, title, file_sha256, file, snapshot_json, created_at)
      VALUES (1, 'bulletin', '2023-06-H1', 1, '2023-06-18', 't', 'h', x'00', '{}', 't')`);
    ins.run();
    expect(() => ins.run()).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO period_lock_events (campaign_id, period_code, action, reason, at, operator) VALUES (1, '2023-06-H1', 'lock', '第1期通报印发', 't', 'op')").run();
    expect(() => db.prepare("INSERT INTO period_lock_events (campaign_id, period_code, action, reason, at, operator) VALUES (1, 'p', 'delete', 'r', 't', 'o')").run()).toThrow(/CHECK/);
  });
});
