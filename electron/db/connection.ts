/**
 * Opens the SQLite database: WAL, foreign keys, then applies pending migrations in one
 * transaction (backing the file up first when it already holds data). Refuses a database written
 * by a newer version of the app.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { MIGRATIONS, LATEST_VERSION } from './migrations/index';

export type Db = Database.Database;

export interface OpenOptions {
  /** Called with the live handle before migrations run on a non-empty database. */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
}

export const DB_FILE = 'rectify.db';

export function openDb(file: string, opts: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db, LATEST_VERSION, opts);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies migrations up to `target` (tests migrate to N−1, seed, then to N). */
export function migrate(db: Db, target = LATEST_VERSION, opts: OpenOptions = {}): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    db.close();
    throw new AppError('storage', `数据库版本（${current}）比本程序支持的版本（${LATEST_VERSION}）新，请升级软件后再打开。`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (!pending.length) return;
  if (current > 0) opts.beforeMigrate?.(db, current, target);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
}
