/**
 * The hostile-file corpus (test/fixtures/bad-files.ts) through the real upload path
 * (collectUploads → importFiles): every bad file is refused with a Chinese message naming the
 * file (and the sheet and cell where the problem sits in one), the database is byte-for-byte
 * unchanged, and the big ones are refused within a bounded amount of memory. Tolerated
 * variations (renamed sheets, shuffled headers, external links, macros) import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/errors';
import { collectUploads } from '../../../electron/import/collect-files';
import { importFiles } from '../../../electron/import/import-service';
import type { AppContext } from '../../../electron/services/app-context';
import { lockPeriod } from '../../../electron/services/period-lock-service';
import { setRetired } from '../../../electron/services/roster-service';
import { BAD_FILES, type BadFile, type CorpusEnv } from '../../fixtures/bad-files';
import { FOCUS_NAMES } from '../../fixtures/bad-file-kit';
import { addUnits, contentChecksum, tempContext, withCampaign } from '../../helpers/context';

// A refused big file may cost a few hundred MB transiently (a 51 MB upload is itself held);
// running out of memory would take far more. Loose on purpose: it guards against "reads it all".
const RSS_GROWTH_LIMIT = 512 * 1024 * 1024;
const PEAK_RSS_LIMIT = 2 * 1024 * 1024 * 1024;

function setup(): { ctx: AppContext; env: CorpusEnv } {
  const ctx = tempContext();
  const c = withCampaign(ctx);
  const [unit, retired] = addUnits(ctx, [{ name: '宿城区人民医院' }, { name: '已停用医院', district: '321322' }]);
  setRetired(ctx, retired.id, true);
  lockPeriod(ctx, c, '2023-07-H1', '第3期通报已印发');
  return {
    ctx,
    env: {
      campaignCode: c.code, period: '2023-06-H1', lockedPeriod: '2023-07-H1',
      unit: { uscc: unit.uscc, name: unit.name }, retired: { uscc: retired.uscc, name: retired.name }, focusNames: FOCUS_NAMES,
    },
  };
}

async function run(ctx: AppContext, f: BadFile, env: CorpusEnv, dryRun: boolean) {
  const made = await f.make(env);
  const { files, refused } = collectUploads([{ fileName: made.fileName, bytes: made.bytes }]);
  const report = await importFiles(ctx, files, refused, { dryRun, period: f.period ?? null, received: '2023-06-16' });
  return { made, report, issues: report.files.flatMap((x) => x.issues) };
}

const show = (issues: Issue[]) => issues.map((i) => `[${i.severity}] ${i.file ?? ''} ${i.sheet ?? ''}!${i.cell ?? ''} ${i.message}`).join('\n');

/** A message a clerk can act on: Chinese, no internal error, no leaked JS values. */
function expectReadable(i: Issue): void {
  // The reader may append （技术信息：…） for whoever supports the clerk; the rest must be clean.
  const text = i.message.replace(/（技术信息：.*）/, '');
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(text).not.toMatch(/^内部错误|undefined|\[object |NaN|TypeError|ReferenceError/);
}

/** Tables whose content differs (the full checksum is far too long for a failure message). */
function changedTables(before: string, after: string): string[] {
  const split = (s: string) => new Map(s.split(/\|(?=[a-z_]+:\[)/).map((t) => [t.slice(0, t.indexOf(':')), t] as const));
  const a = split(before);
  return [...split(after)].filter(([k, v]) => a.get(k) !== v).map(([k]) => k);
}

const rejected = BAD_FILES.filter((f) => f.outcome === 'rejected');
const accepted = BAD_FILES.filter((f) => f.outcome === 'accepted');

describe('hostile corpus', () => {
  it('has at least 40 bad files, each with a description and an expected message', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(40);
    for (const f of BAD_FILES) {
      expect(f.description.length).toBeGreaterThan(3);
      if (f.outcome === 'rejected') expect(f.expect).toBeInstanceOf(RegExp);
    }
  });

  describe('refused: clear message, database unchanged', () => {
    let ctx: AppContext;
    let env: CorpusEnv;
    beforeAll(() => ({ ctx, env } = setup()));
    afterAll(() => {
      expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      ctx.db.close();
    });

    for (const f of rejected) {
      it(`${f.name}: ${f.description}`, { timeout: 60_000 }, async () => {
        const before = contentChecksum(ctx);
        const rssBefore = process.memoryUsage().rss;
        const { made, report, issues } = await run(ctx, f, env, false);
        expect(changedTables(before, contentChecksum(ctx)), show(issues)).toEqual([]);
        expect(report.files.length, show(issues)).toBeGreaterThan(0);
        expect(report.files.every((x) => x.status === 'rejected'), show(issues)).toBe(true);
        const errors = issues.filter((i) => i.severity === '错误');
        const hit = errors.find((i) => f.expect!.test(i.message));
        expect(hit, `no error matching ${f.expect}:\n${show(issues)}`).toBeDefined();
        errors.forEach(expectReadable);
        // Names the file: in the issue (the CLI prints it before the message) or the message.
        expect(`${hit!.file ?? ''} ${hit!.message}`).toContain(made.fileName);
        if (f.where) {
          expect(hit).toMatchObject({ sheet: f.where.sheet, cell: f.where.cell });
          expect(hit!.message).toContain(f.where.cell);
        }
        if (f.big) {
          expect(process.memoryUsage().rss - rssBefore).toBeLessThan(RSS_GROWTH_LIMIT);
          expect(process.resourceUsage().maxRSS * 1024).toBeLessThan(PEAK_RSS_LIMIT);
        } else {
          // A dry run reaches the same verdict.
          const dry = await run(ctx, f, env, true);
          expect(dry.report.files.map((x) => x.status)).toEqual(report.files.map((x) => x.status));
          expect(changedTables(before, contentChecksum(ctx))).toEqual([]);
        }
      });
    }
  });

  describe('tolerated: imports', () => {
    for (const f of accepted) {
      it(`${f.name}: ${f.description}`, { timeout: 30_000 }, async () => {
        const { ctx, env } = setup();
        try {
          const { report, issues } = await run(ctx, f, env, false);
          expect(report.files).toHaveLength(1);
          expect(['accepted', 'warning'], show(issues)).toContain(report.files[0].status);
          expect(report.files[0].values).toBeGreaterThan(5);
          expect(report.files[0].ledger.new).toBeGreaterThan(0);
          const n = (sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n;
          expect(n('SELECT count(*) n FROM submissions')).toBe(1);
          expect(n('SELECT count(*) n FROM ledger_issues')).toBe(report.files[0].ledger.new);
          if (f.expect) {
            const hit = issues.find((i) => i.severity === '警告' && f.expect!.test(i.message));
            expect(hit, `no warning matching ${f.expect}:\n${show(issues)}`).toBeDefined();
            expectReadable(hit!);
            if (f.where) expect(hit).toMatchObject({ sheet: f.where.sheet, cell: f.where.cell });
          }
        } finally {
          ctx.db.close();
        }
      });
    }
  });
});
