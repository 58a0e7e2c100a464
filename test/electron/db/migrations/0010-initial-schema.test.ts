import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';

describe('0010-initial-schema', () => {
  it('creates campaigns, roster and an append-only audit log', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 10);
    db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('X', '甲医院', '321302', '综合医院', '公立', 't', 't')").run();
    expect(() => db.prepare("INSERT INTO institutions (name, district_code, category, ownership, created_at, updated_at) VALUES ('无代码', '321302', '诊所', '社会办', 't', 't')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO institutions (uscc, name, district_code, category, ownership, created_at, updated_at) VALUES ('Y', '乙', '321302', '诊所', '私立', 't', 't')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO audit_log (at, operator, action, entity) VALUES ('t', 'op', 'a', 'e')").run();
    expect(() => db.prepare('UPDATE audit_log SET operator = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
