/**
 * Crash safety of the importer: a child process imports a batch into a real data folder and is
 * killed with SIGKILL at random points (while parsing, and just after it announces each file's
 * commit). Afterwards SQLite's integrity check passes and every file is either wholly present
 * (submission row, every value, every ledger snapshot, its stored source file and its audit
 * entry) or wholly absent; each unit × period has exactly one current version; and a re-run of
 * the same import completes the batch. Seeded, so a failure reproduces.
 */
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../../../electron/db/connection';
import { openContext } from '../../../electron/services/app-context';
import { addUnits, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

const CHILD_SRC = fileURLToPath(new URL('../../fixtures/crash-import-child.ts', import.meta.url));
// The child is bundled once with esbuild (as the app itself is bundled for Electron): each of the
// ~25 child processes then starts in a fraction of the time tsx needs to load the TypeScript
// graph. It lives under test-output/ so its bare imports resolve in the project's node_modules.
const CHILD = path.resolve('test-output', 'crash-kill', 'crash-import-child.mjs');
const KILLS = 20;
const LANES = 2; // two children at a time on a 2-core machine
const SEED = 20230616;

interface Expected { sha: string; values: number; snapshots: number }
interface RunResult { killed: boolean; marks: string[] }

/** Mulberry32: small, seeded, good enough to spread kill points. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let root: string;
let templateDb: string;
let filesDir: string;

/** Seven returns (three units × two periods, plus a second version of one), 60 ledger rows each. */
async function makeBatch(dir: string): Promise<void> {
  const ctx = openContext({ dataDir: path.join(dir, 'template'), mode: 'cli', now: () => new Date('2023-06-20T09:00:00+08:00') });
  const c = withCampaign(ctx);
  const units = addUnits(ctx, [{ name: '第一人民医院' }, { name: '第二人民医院' }, { name: '第三人民医院' }]);
  ctx.db.close(); // checkpoints the WAL: the template is one self-contained file
  const focusNames = ['医托', '乱收费', '诱导消费', '医德医风'];
  const write = async (file: string, unit: (typeof units)[number], period: string, c1: number) => {
    const ledger = Array.from({ length: 60 }, (_, k) => ({
      台账编号: `${unit.id}-${k}`, 整治重点: '乱收费', 问题来源: '自查自纠', 发现日期: '2023-06-05', 问题描述: `问题${k}：收费项目不规范`,
      整改时限: '2023-07-30', 整改状态: period.endsWith('H1') ? '待整改' : '整改中',
    }));
    const bytes = await buildReturn({ meta: { campaign: c.code, period, uscc: unit.uscc, name: unit.name }, focusNames, general: { B1: '是', C1: c1, H2: 1 }, focus: { B3: [2, 1, 0, 0], C2: [3, 3, 1, 0] }, ledger });
    fs.writeFileSync(path.join(filesDir, file), bytes);
  };
  fs.mkdirSync(filesDir, { recursive: true });
  for (const [i, u] of units.entries()) {
    await write(`H1-${i + 1}.xlsx`, u, '2023-06-H1', 3 + i);
    await write(`H2-${i + 1}.xlsx`, u, '2023-06-H2', 5 + i);
  }
  await write('H1-1b.xlsx', units[0], '2023-06-H1', 30); // supersedes H1-1 within the batch
}

function freshDataDir(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(templateDb, path.join(dir, DB_FILE));
  return dir;
}

/** Runs the child; `killAt` picks the moment (after a mark) to SIGKILL it, or never. */
function runChild(dataDir: string, killAt: { mark: string; delayMs: number } | null): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dataDir, filesDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const marks: string[] = [];
    let buf = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        marks.push(line);
        if (killAt && line === killAt.mark) setTimeout(() => child.kill('SIGKILL'), killAt.delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, marks });
      else if (code === 0) resolve({ killed: false, marks });
      else reject(new Error(`child failed (${code}): ${stderr}`));
    });
  });
}

function count(db: Database.Database, sql: string, ...args: unknown[]): number {
  return (db.prepare(sql).get(...args) as { n: number }).n;
}

/** The all-or-nothing checks on a data folder left behind by a killed (or finished) child. */
function verify(dataDir: string, expected: Expected[], mustBeComplete: boolean): number {
  const db = new Database(path.join(dataDir, DB_FILE)); // opening replays the WAL
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    let present = 0;
    for (const e of expected) {
      const subs = db.prepare('SELECT id FROM submissions WHERE file_sha256 = ?').all(e.sha) as { id: number }[];
      const audits = count(db, "SELECT count(*) n FROM audit_log WHERE action = 'submission.import' AND json_extract(source_json, '$.sha256') = ?", e.sha);
      const stored = count(db, 'SELECT count(*) n FROM source_files WHERE sha256 = ?', e.sha);
      if (!subs.length) {
        expect(mustBeComplete, `file ${e.sha.slice(0, 8)} missing after a complete run`).toBe(false);
        expect({ audits, stored }).toEqual({ audits: 0, stored: 0 });
        continue;
      }
      present++;
      expect(subs).toHaveLength(1);
      const id = subs[0].id;
      expect({
        values: count(db, 'SELECT count(*) n FROM indicator_values WHERE submission_id = ?', id),
        snapshots: count(db, 'SELECT count(*) n FROM ledger_snapshots WHERE submission_id = ?', id),
        audits, stored,
      }).toEqual({ values: e.values, snapshots: e.snapshots, audits: 1, stored: 1 });
    }
    // No half-written issue, and exactly one current version per unit × period.
    expect(count(db, 'SELECT count(*) n FROM ledger_issues i WHERE NOT EXISTS (SELECT 1 FROM ledger_snapshots s WHERE s.issue_id = i.id)')).toBe(0);
    expect(count(db, 'SELECT count(*) n FROM (SELECT 1 FROM submissions GROUP BY institution_id, period_code HAVING sum(is_current) <> 1)')).toBe(0);
    expect(count(db, "SELECT count(*) n FROM audit_log WHERE action = 'submission.import'")).toBe(count(db, 'SELECT count(*) n FROM submissions'));
    return present;
  } finally {
    db.close();
  }
}

describe('import survives SIGKILL at random points', () => {
  let expected: Expected[] = [];
  let batchSize = 0;

  beforeAll(async () => {
    await build({ entryPoints: [CHILD_SRC], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-kill-'));
    filesDir = path.join(root, 'files');
    await makeBatch(root);
    templateDb = path.join(root, 'template', DB_FILE);
    // Calibration: one run to completion gives what each file must leave behind.
    const dir = freshDataDir('calibration');
    const run = await runChild(dir, null);
    expect(run.marks.at(-1)).toMatch(/^D .*"accepted":6.*"superseded":1/);
    const db = new Database(path.join(dir, DB_FILE), { readonly: true });
    const shas = new Map(fs.readdirSync(filesDir).map((f) => [createHash('sha256').update(fs.readFileSync(path.join(filesDir, f))).digest('hex'), f]));
    expected = [...shas.keys()].map((sha) => {
      const id = (db.prepare('SELECT id FROM submissions WHERE file_sha256 = ?').get(sha) as { id: number }).id;
      return { sha, values: count(db, 'SELECT count(*) n FROM indicator_values WHERE submission_id = ?', id), snapshots: count(db, 'SELECT count(*) n FROM ledger_snapshots WHERE submission_id = ?', id) };
    });
    db.close();
    batchSize = shas.size;
    expect(expected.every((e) => e.values > 5 && e.snapshots === 60)).toBe(true);
  }, 60_000);

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it(`${KILLS} kills: integrity ok, every file all-or-nothing, a re-run completes the batch`, { timeout: 180_000 }, async () => {
    const t0 = performance.now();
    const rand = prng(SEED);
    let kills = 0;
    let attempt = 0;
    const partial: number[] = [];
    const lane = async (l: number) => {
      while (kills < KILLS) {
        const n = attempt++;
        if (n > KILLS * 2) throw new Error('too many runs finished before the kill landed');
        // One run in four dies while files are still being parsed, the rest around a commit.
        const killAt = n % 4 === 0
          ? { mark: 'S', delayMs: Math.floor(rand() * 400) }
          : { mark: `P ${Math.floor(rand() * batchSize)}`, delayMs: Math.floor(rand() * 25) };
        const dir = freshDataDir(`run-${l}-${n}`);
        const run = await runChild(dir, killAt);
        const present = verify(dir, expected, !run.killed);
        if (!run.killed) continue;
        kills++;
        partial.push(present);
        // Every fifth crash: the clerk simply imports again, and the batch completes.
        if (kills % 5 === 0) {
          const again = await runChild(dir, null);
          expect(again.killed).toBe(false);
          expect(verify(dir, expected, true)).toBe(batchSize);
        }
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, l) => lane(l)));
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`crash-kill: ${kills} kills in ${attempt} runs, ${seconds} s; files present after each kill: ${partial.join(',')}`);
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    // The kills landed at different points: some runs left nothing, some a part, some more.
    expect(new Set(partial).size).toBeGreaterThan(2);
  });
});
