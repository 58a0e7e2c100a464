/**
 * Memo of expensive statistics inputs per database connection. An entry is valid while the
 * database has not changed: the key is SQLite's `total_changes()` (rows written through this
 * connection, including rolled-back ones) plus `PRAGMA data_version` (commits by any other
 * connection, e.g. a CLI run against the app's data folder). Any write anywhere drops every
 * entry — deliberately coarse, so a stale figure is impossible; the dashboard re-reads many
 * times between imports, which is where the memo pays.
 */
import type { Db } from '../db/connection';

interface Memo {
  key: string;
  entries: Map<string, unknown>;
}

const memos = new WeakMap<Db, Memo>();

function dataKey(db: Db): string {
  const changes = db.prepare('SELECT total_changes() AS n').pluck().get() as number;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}`;
}

export function memo<T>(db: Db, name: string, compute: () => T): T {
  const key = dataKey(db);
  let m = memos.get(db);
  if (!m || m.key !== key) {
    m = { key, entries: new Map() };
    memos.set(db, m);
  }
  if (m.entries.has(name)) return m.entries.get(name) as T;
  const value = compute();
  m.entries.set(name, value);
  return value;
}

/** Drops the memo of a connection (tests and benchmarks measuring the cold path). */
export function clearStatsMemo(db: Db): void {
  memos.delete(db);
}
