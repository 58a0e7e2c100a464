import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { socialCoverage } from '../../../electron/services/coverage-service';
import { generateDemo, type DemoResult } from '../../../electron/services/demo/demo-service';
import { departmentStatus } from '../../../electron/services/department-service';
import { leadStatsFor } from '../../../electron/services/lead-service';
import { importFiles } from '../../../electron/import/import-service';
import { collectPaths } from '../../../electron/import/collect-files';
import { tempContext } from '../../helpers/context';

let ctx: AppContext;
let r: DemoResult;
const out = () => path.join(ctx.dataDir, 'returns');
const depts = () => path.join(ctx.dataDir, 'department-returns');

beforeAll(async () => {
  ctx = tempContext();
  r = await generateDemo(ctx, { institutions: 40, periods: 3, outDir: out(), seed: 7, departmentReturnsDir: depts() });
}, 120_000);
afterAll(() => { ctx.db.close(); fs.rmSync(ctx.dataDir, { recursive: true, force: true }); });

describe('demo inspection log, leads and department returns', () => {
  it('writes an uneven inspection log into the database: good districts pass the 社会办 target, the poor one does not', () => {
    expect(r.inspectionLog.inspections).toBeGreaterThan(10);
    expect(r.inspectionLog.findings).toBeGreaterThan(0);
    const cov = socialCoverage(ctx, r.periods[r.periods.length - 1]);
    const tierOf = new Map(r.districts.map((d) => [d.code, d.tier]));
    const rate = (tier: string) => cov.byDistrict.filter((d) => tierOf.get(d.districtCode) === tier).map((d) => d.rate ?? 0);
    expect(Math.min(...rate('good'))).toBeGreaterThan(Math.max(...rate('poor')));
    expect(cov.byDistrict.some((d) => d.pass === true)).toBe(true);
    expect(cov.byDistrict.some((d) => d.pass === false)).toBe(true);
    expect(cov.notInspected.length).toBeGreaterThan(0);
    const issues = ctx.db.prepare("SELECT count(*) n FROM ledger_issues WHERE ledger_no LIKE '检查-%'").get() as { n: number };
    expect(issues.n).toBe(r.inspectionLog.findings);
  });

  it('writes leads at every stage, some substantiated into the ledger, some overdue', () => {
    const s = leadStatsFor(ctx, r.periods[r.periods.length - 1]);
    expect(s.cumulative.received).toBe(r.inspectionLog.leads);
    expect(s.cumulative.closed).toBeGreaterThan(0);
    expect(s.cumulative.closed).toBeLessThan(s.cumulative.received);
    const linked = ctx.db.prepare("SELECT count(*) n FROM ledger_issues WHERE ledger_no LIKE '线索-%'").get() as { n: number };
    expect(linked.n).toBe(r.inspectionLog.substantiatedLeads - (ctx.db.prepare('SELECT count(*) n FROM leads WHERE subject_institution_id IS NULL AND verdict IS NOT NULL').get() as { n: number }).n);
  });

  it('keeps the returns folder to institution returns; department returns go to their own folder and import cleanly', async () => {
    const inReturns = fs.readdirSync(out());
    expect(inReturns).toHaveLength(r.files.length);
    expect(inReturns.some((f) => /部门/.test(f))).toBe(false);
    expect(r.departmentFiles.length).toBeGreaterThan(6);
    const { files, refused } = collectPaths([depts()]);
    const report = await importFiles(ctx, files, refused, { dryRun: false });
    expect(report.totals.rejected).toBe(0);
    expect(departmentStatus(ctx, r.periods[0]).reported).toBe(r.departmentFiles.filter((f) => f.period === r.periods[0]).length);
  }, 60_000);

  it('adds nothing when run again on the same data folder', async () => {
    const again = await generateDemo(ctx, { institutions: 40, periods: 3, outDir: path.join(ctx.dataDir, 'returns2'), seed: 7 });
    expect(again.inspectionLog).toEqual({ inspections: 0, findings: 0, leads: 0, substantiatedLeads: 0, overdueLeads: 0 });
  }, 120_000);
});
