/**
 * The backend's context, shared by Electron IPC, browser-mode HTTP and the CLI: one database in
 * one data folder, a clock, the operator name for the audit log, and the background jobs.
 */
import os from 'node:os';
import path from 'node:path';
import { DB_FILE, openDb, type Db } from '../db/connection';
import { JobRunner } from './jobs';
import { backupBeforeMigrate } from './backup-service';

export interface AppContext {
  db: Db;
  dataDir: string;
  mode: 'electron' | 'browser' | 'cli';
  /** Campaign code chosen with --campaign / the UI switcher; null = most recent active one. */
  campaignCode: string | null;
  now: () => Date;
  jobs: JobRunner;
}

/** OS user-data folder when neither --data-dir nor RECTIFY_DATA_DIR is given. */
export function defaultDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'rectify-desk');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'rectify-desk');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'rectify-desk');
}

export function resolveDataDir(flag?: string | null): string {
  return path.resolve(flag || process.env.RECTIFY_DATA_DIR || defaultDataDir());
}

export interface ContextOptions {
  dataDir: string;
  mode: AppContext['mode'];
  campaignCode?: string | null;
  now?: () => Date;
  /** Hook run before migrating an existing database (automatic backup). */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
}

export function openContext(o: ContextOptions): AppContext {
  const now = o.now ?? (() => new Date());
  const db = openDb(path.join(o.dataDir, DB_FILE), { beforeMigrate: o.beforeMigrate ?? backupBeforeMigrate(o.dataDir, now) });
  return {
    db,
    dataDir: o.dataDir,
    mode: o.mode,
    campaignCode: o.campaignCode ?? null,
    now,
    jobs: new JobRunner(),
  };
}

/** Today's date in the machine's local calendar (what a clerk calls "today"). */
export function today(ctx: Pick<AppContext, 'now'>): string {
  const d = ctx.now();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function timestamp(ctx: Pick<AppContext, 'now'>): string {
  return ctx.now().toISOString();
}
