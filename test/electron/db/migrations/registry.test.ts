import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../../electron/db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../../../../electron/db/migrations/index';

describe('migration registry', () => {
  it('is ordered and matches the files on disk, each with a test', () => {
    const dir = path.resolve('electron/db/migrations');
    const files = fs.readdirSync(dir).filter((f) => /^\d{4}-.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
    for (const m of MIGRATIONS) {
      expect(m.version).toBe(Number(m.name.slice(0, 4)));
      expect(fs.existsSync(path.resolve(`test/electron/db/migrations/${m.name}.test.ts`)), `test for ${m.name}`).toBe(true);
    }
  });

  it('migrates an empty database to the latest version with STRICT tables and refuses a newer one', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    expect(() => migrate(db)).toThrow(/比本程序支持的版本/);
  });
});
