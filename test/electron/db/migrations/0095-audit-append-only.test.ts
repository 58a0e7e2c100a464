import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/db/connection';
import { MIGRATIONS } from '../../../../electron/db/migrations/index';

const insert = (db: Database.Database, id: number | null, action: string) =>
  db.prepare("INSERT INTO audit_log (id, at, operator, action, entity, detail_json) VALUES (?, 't', 'o', ?, 'e', '{}')").run(id, action);

describe('0095-audit-append-only', () => {
  it('keeps existing entries and refuses INSERT OR REPLACE over one (REPLACE skips delete triggers)', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.filter((m) => m.version < 95).at(-1)!.version);
    insert(db, null, 'campaign.create');
    // Before: a REPLACE silently overwrote entry 1.
    db.prepare("INSERT OR REPLACE INTO audit_log (id, at, operator, action, entity, detail_json) VALUES (1, 't', 'x', 'forged', 'e', '{}')").run();
    expect(db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'forged' }]);
    migrate(db, 95);
    expect(() => db.prepare("INSERT OR REPLACE INTO audit_log (id, at, operator, action, entity, detail_json) VALUES (1, 't', 'x', 'again', 'e', '{}')").run()).toThrow(/append-only/);
    expect(() => insert(db, 1, 'dup')).toThrow(/append-only/);
    insert(db, null, 'settings.set');
    expect(db.prepare('SELECT id, action FROM audit_log ORDER BY id').all()).toEqual([{ id: 1, action: 'forged' }, { id: 2, action: 'settings.set' }]);
  });
});
