import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';
import { MIGRATIONS } from '../../../../electron/db/migrations/index';

describe('0060-packages', () => {
  it('links existing submissions to no package and records received packages', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.filter((m) => m.version < 60).at(-1)!.version);
    db.prepare(`INSERT INTO campaigns (code, name, short_name, authority, doc_prefix, superior, plan_title, start_date, end_date, due_offset_days,
      social_coverage_target, self_coverage_target, recipients, copy_to, departments_json, deliverables_json, created_at)
      VALUES ('c', 'n', 's', 'a', 'p', 'sup', 'plan', '2023-06-01', '2023-08-31', 2, 50, 100, '', '', '[]', '[]', 't')`).run();
    db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('X', '甲', '321302', '综合医院', '公立', 't', 't')").run();
    db.prepare("INSERT INTO source_files (sha256, size, bytes) VALUES ('h', 1, x'00')").run();
    db.prepare(`INSERT INTO submissions (campaign_id, period_code, institution_id, version, file_name, file_sha256, received_date, imported_at, identified_by)
      VALUES (1, '2023-06-H1', 1, 1, 'f.xlsx', 'h', '2023-06-16', 't', '元数据')`).run();
    migrate(db, 60);
    expect(db.prepare('SELECT package_id, origin_sha256 FROM submissions').get()).toEqual({ package_id: null, origin_sha256: null });
    db.prepare("INSERT INTO institutions (kind, name, district_code, category, ownership, created_at, updated_at) VALUES ('district', '宿城区卫健局', '321302', '区县卫生健康局', '公立', 't', 't')").run();
    db.prepare(`INSERT INTO packages (campaign_id, sender_unit_id, sender_org, period_code, sha256, received_date, imported_at, manifest_json)
      VALUES (1, 2, '宿城区卫健局', '2023-06-H1', 'h', '2023-06-18', 't', '{}')`).run();
    expect(() => db.prepare(`INSERT INTO packages (campaign_id, sender_unit_id, sender_org, period_code, sha256, received_date, imported_at, manifest_json)
      VALUES (1, 2, 'x', 'p', 'missing', 'd', 't', '{}')`).run()).toThrow(/FOREIGN KEY/);
  });
});
