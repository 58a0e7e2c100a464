/**
 * Backups: automatic before every migration and once a day on first start (kept N, setting
 * `backup_keep`, default 10), manual `backup --out F`, and a verified `restore F` (integrity
 * check and schema version are checked on the candidate before anything is replaced; the current
 * database is itself backed up first). Uses SQLite's consistent snapshots (VACUUM INTO / backup API).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { DB_FILE, openDb, type Db } from '../db/connection';
import { LATEST_VERSION } from '../db/migrations/index';
import { getSetting, setSetting } from '../db/repos/settings-repo';
import { audit } from './audit';
import { today, type AppContext } from './app-context';

export const BACKUP_DIR = 'backups';

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** A consistent copy of a live database into `file` (synchronous; WAL content included). */
export function snapshotTo(db: Db, file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (fs.existsSync(file)) fs.rmSync(file);
  db.prepare('VACUUM INTO ?').run(path.resolve(file));
}

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR);
}

/** Keeps the newest `keep` automatic backups. */
export function pruneBackups(dataDir: string, keep: number): void {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return;
  const files = fs.readdirSync(dir).filter((f) => /^auto-.*\.db$/.test(f)).sort();
  for (const f of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(path.join(dir, f));
}

function keepCount(db: Db): number {
  const n = Number(getSetting(db, 'backup_keep') ?? '10');
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/** Hook for openDb: back the database up before migrating it. */
export function backupBeforeMigrate(dataDir: string, now: () => Date) {
  return (db: Db, from: number, to: number) => {
    snapshotTo(db, path.join(backupDir(dataDir), `auto-${stamp(now())}-before-migrate-v${from}-to-v${to}.db`));
  };
}

/** Daily backup, the first time the app starts on a given day. */
export function dailyBackup(ctx: AppContext): string | null {
  const day = today(ctx);
  if (getSetting(ctx.db, 'last_daily_backup') === day) return null;
  const file = path.join(backupDir(ctx.dataDir), `auto-${stamp(ctx.now())}-daily.db`);
  snapshotTo(ctx.db, file);
  setSetting(ctx.db, 'last_daily_backup', day);
  pruneBackups(ctx.dataDir, keepCount(ctx.db));
  return file;
}

export function backupTo(ctx: AppContext, out: string): { file: string; bytes: number } {
  snapshotTo(ctx.db, out);
  ctx.db.transaction(() => audit(ctx, { action: 'backup.create', entity: 'database', detail: { file: path.resolve(out) }, source: { ui: 'backup' } }))();
  return { file: path.resolve(out), bytes: fs.statSync(out).size };
}

export interface BackupCheck { schemaVersion: number; campaigns: number; institutions: number; submissions: number }

/** Verifies a candidate file is an intact rectify-desk database this version can open. */
export function verifyBackup(file: string): BackupCheck {
  if (!fs.existsSync(file)) throw new AppError('validation', `备份文件不存在：${file}`);
  let cand: Database.Database;
  try {
    cand = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('validation', `无法打开备份文件：${file}（不是数据库文件）`);
  }
  try {
    let ok: string;
    try { ok = cand.pragma('integrity_check', { simple: true }) as string; } catch { throw new AppError('validation', `备份文件已损坏或不是数据库文件：${file}`); }
    if (ok !== 'ok') throw new AppError('validation', `备份文件完整性检查未通过（${ok}），未恢复任何数据。`);
    const version = cand.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw new AppError('validation', `备份来自更新版本的软件（数据库版本 ${version} > ${LATEST_VERSION}），请先升级软件。`);
    const has = (t: string) => !!cand.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t);
    if (version === 0 || !has('campaigns') || !has('institutions')) throw new AppError('validation', '该文件不是本软件的数据库备份，未恢复任何数据。');
    const count = (t: string) => (has(t) ? (cand.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n : 0);
    return { schemaVersion: version, campaigns: count('campaigns'), institutions: count('institutions'), submissions: count('submissions') };
  } finally {
    cand.close();
  }
}

/** Replaces the live database with a verified backup; the current one is saved first. */
export function restoreFrom(ctx: AppContext, file: string): BackupCheck & { previous: string } {
  const check = verifyBackup(file);
  const previous = path.join(backupDir(ctx.dataDir), `auto-${stamp(ctx.now())}-before-restore.db`);
  snapshotTo(ctx.db, previous);
  const live = path.join(ctx.dataDir, DB_FILE);
  const staged = `${live}.restore-tmp`;
  fs.copyFileSync(file, staged);
  ctx.db.close();
  for (const ext of ['-wal', '-shm']) if (fs.existsSync(live + ext)) fs.rmSync(live + ext);
  fs.renameSync(staged, live); // atomic on the same file system
  ctx.db = openDb(live, { beforeMigrate: backupBeforeMigrate(ctx.dataDir, ctx.now) });
  ctx.db.transaction(() => audit(ctx, { action: 'backup.restore', entity: 'database', detail: { from: path.resolve(file), previous, ...check }, source: { ui: 'restore' } }))();
  return { ...check, previous };
}
