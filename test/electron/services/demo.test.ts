import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/services/app-context';
import { generateDemo, loadDemoData, type DemoResult } from '../../../electron/services/demo/demo-service';
import { allInstitutions } from '../../../electron/db/repos/institutions-repo';
import { LEDGER_COLUMNS } from '../../../shared/domain/ledger';
import { META_KEYS, SHEETS, SHEET_SYNONYMS } from '../../../shared/domain/return-template';
import { validateRosterRow } from '../../../shared/domain/roster-rules';
import { tempContext } from '../../helpers/context';

const N = 40;
const K = 3;
const contexts: AppContext[] = [];

function context(): AppContext {
  const ctx = tempContext();
  contexts.push(ctx);
  return ctx;
}

async function run(seed: number, extra: { splitByDistrict?: boolean } = {}) {
  const ctx = context();
  const outDir = path.join(ctx.dataDir, 'returns');
  const result = await generateDemo(ctx, { institutions: N, periods: K, outDir, seed, ...extra });
  return { ctx, outDir, result };
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const digest = (r: { outDir: string }) => walk(r.outDir).map((f) => `${path.relative(r.outDir, f)}:${sha(f)}`).sort();

function sheetBySynonym(wb: ExcelJS.Workbook, key: keyof typeof SHEETS): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((w) => SHEET_SYNONYMS[key].includes(w.name));
}

let main: Awaited<ReturnType<typeof run>>;
beforeAll(async () => { main = await run(11); });
afterAll(() => { for (const c of contexts) { c.db.close(); fs.rmSync(c.dataDir, { recursive: true, force: true }); } });

describe('generateDemo', () => {
  it('creates the campaign and a valid, varied roster of N institutions in 宿迁市', () => {
    const { ctx, result } = main;
    expect(result).toMatchObject({ campaignCode: 'provincial-2023-20230601', campaignCreated: true, institutionsAdded: N, periods: ['2023-06-H1', '2023-06-H2', '2023-07-H1'] });
    const roster = allInstitutions(ctx.db, {});
    expect(roster).toHaveLength(N);
    expect(new Set(roster.map((i) => i.name)).size).toBe(N);
    expect(new Set(roster.map((i) => i.districtCode))).toEqual(new Set(['321302', '321311', '321322', '321323', '321324']));
    const categories = new Set(roster.map((i) => i.category));
    for (const c of ['综合医院', '中医医院', '专科医院', '妇幼保健院', '社区卫生服务中心', '卫生院（乡镇/街道）', '门诊部', '诊所', '护理院']) expect(categories, c).toContain(c);
    expect(new Set(roster.filter((i) => i.ownership === '社会办').map((i) => i.category)).size).toBeGreaterThanOrEqual(5);
    const direct = roster.filter((i) => i.provincialDirect).length;
    expect(direct).toBeGreaterThanOrEqual(2);
    expect(direct).toBeLessThanOrEqual(3);
    expect(new Set(roster.map((i) => i.uscc!.slice(0, 2)))).toEqual(new Set(['12', '52', '91', '92']));
    for (const i of roster) {
      const v = validateRosterRow({
        name: i.name, uscc: i.uscc, licenceNo: i.licenceNo, district: i.districtCode, category: i.category, ownership: i.ownership,
        level: i.level, provincialDirect: i.provincialDirect ? '是' : '否', contactPerson: i.contactPerson, contactPhone: i.contactPhone,
      }, { row: 1 }, { regionCode: '321300' });
      expect(v.ok ? v.warnings : v.issues, i.name).toEqual([]);
    }
  });

  it('writes one file per institution × period it reported, and nothing else', () => {
    const { outDir, result } = main;
    const onDisk = walk(outDir).sort();
    expect(onDisk).toEqual(result.files.map((f) => f.path).sort());
    expect(onDisk.every((f) => f.endsWith('.xlsx'))).toBe(true);
    const submitted = result.institutions.reduce((s, i) => s + i.submitted, 0);
    const missing = result.institutions.reduce((s, i) => s + i.missing.length, 0);
    expect(onDisk).toHaveLength(submitted);
    expect(submitted + missing).toBe(N * K);
    expect(missing).toBeGreaterThan(0);
    for (const i of result.institutions) {
      const files = result.files.filter((f) => f.uscc === i.uscc).map((f) => f.period);
      expect([...files, ...i.missing].sort()).toEqual(result.periods);
    }
  });

  it('is deterministic for a seed (byte-identical files) and differs for another seed', async () => {
    const again = await run(11);
    expect(digest(again)).toEqual(digest(main));
    const other = await run(12);
    expect(digest(other)).not.toEqual(digest(main));
  });

  it('is uneven: good districts report more and rectify more than the poor one', () => {
    const { result } = main;
    const byDistrict = result.districts.map((d) => {
      const xs = result.institutions.filter((i) => i.districtCode === d.code);
      const issues = xs.reduce((s, i) => s + i.issues, 0);
      return {
        tier: d.tier,
        reported: xs.reduce((s, i) => s + i.submitted, 0) / (xs.length * K),
        rectified: xs.reduce((s, i) => s + i.rectified, 0) / Math.max(1, issues),
        late: result.files.filter((f) => f.districtCode === d.code && f.daysLate > 0).length / Math.max(1, xs.reduce((s, i) => s + i.submitted, 0)),
      };
    });
    expect(byDistrict.map((d) => d.tier).sort()).toEqual(['good', 'good', 'mid', 'mid', 'poor']);
    const poor = byDistrict.find((d) => d.tier === 'poor')!;
    for (const good of byDistrict.filter((d) => d.tier === 'good')) {
      expect(good.reported - poor.reported).toBeGreaterThan(0.15);
      expect(good.rectified - poor.rectified).toBeGreaterThan(0.15);
      expect(poor.late - good.late).toBeGreaterThan(0.2);
    }
    // Individuals differ too: not every institution of a district behaves alike.
    expect(new Set(result.institutions.map((i) => i.diligence)).size).toBeGreaterThan(N / 2);
  });

  it('writes workbooks that open, carry their metadata, and carry issues over by ledger number', async () => {
    const { result } = main;
    const ledgerByFile = new Map<string, Map<string, string>>();
    for (const f of result.files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f.path);
      const meta = wb.getWorksheet(SHEETS.meta)!;
      expect(meta.state).toBe('veryHidden');
      const kv = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value]));
      expect(kv).toMatchObject({ [META_KEYS.campaign]: result.campaignCode, [META_KEYS.period]: f.period, [META_KEYS.uscc]: f.uscc, [META_KEYS.kind]: 'institution' });
      const ledger = sheetBySynonym(wb, 'ledger')!;
      const header = [1, 2, 3, 4, 5].find((r) => (ledger.getRow(r).values as unknown[]).some((v) => v === '台账编号'))!;
      const cols = new Map<string, number>();
      ledger.getRow(header).eachCell((c, col) => { const h = LEDGER_COLUMNS.find((x) => x.header === String(c.value)); if (h) cols.set(h.key, col); });
      const rows = new Map<string, string>();
      for (let r = header + 1; r <= header + 80; r++) {
        const no = ledger.getCell(r, cols.get('ledgerNo')!).value;
        if (no) rows.set(String(no), String(ledger.getCell(r, cols.get('status')!).value).trim());
      }
      expect(rows.size).toBe(f.ledgerRows);
      ledgerByFile.set(`${f.uscc}|${f.period}`, rows);
    }
    let carried = 0;
    for (const i of result.institutions) {
      const periods = result.files.filter((f) => f.uscc === i.uscc).map((f) => f.period).sort();
      for (let k = 1; k < periods.length; k++) {
        const before = ledgerByFile.get(`${i.uscc}|${periods[k - 1]}`)!;
        const after = ledgerByFile.get(`${i.uscc}|${periods[k]}`)!;
        for (const [no, status] of before) {
          if (status === '已销号' || status === '不属实') { expect(after.has(no)).toBe(false); continue; }
          expect(after.has(no), `${i.name} ${no}`).toBe(true);
          carried++;
        }
      }
    }
    expect(carried).toBeGreaterThan(10);
  });

  it('puts hand-edit mess into some files, and every file imports without a rejection', async () => {
    const { ctx, outDir, result } = main;
    const messy = result.files.filter((f) => f.mess.length);
    expect(messy.length).toBeGreaterThan(result.files.length * 0.05);
    expect(messy.length).toBeLessThan(result.files.length * 0.3);
    // Loaded here so the rest of this suite does not depend on the importer's module graph.
    const { collectPaths } = await import('../../../electron/import/collect-files');
    const { importFiles } = await import('../../../electron/import/import-service');
    const { files, refused } = collectPaths([outDir]);
    expect(refused).toEqual([]);
    const report = await importFiles(ctx, files, refused, { dryRun: false, received: '2023-07-20' });
    const problems = report.files.filter((f) => f.status === 'rejected').map((f) => `${f.file}: ${f.issues.map((i) => i.message).join('；')}`);
    expect(problems).toEqual([]);
    expect(report.totals.rejected).toBe(0);
    const ledgerCount = (ctx.db.prepare('SELECT count(*) n FROM ledger_issues').get() as { n: number }).n;
    expect(ledgerCount).toBeGreaterThan(0);
    const statuses = ctx.db.prepare('SELECT status, count(*) n FROM ledger_issues GROUP BY status').all() as { status: string; n: number }[];
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['待整改', '整改中', '已整改待核验', '已销号']));
  });

  it('splits by district on request and reuses the campaign and roster on a second run', async () => {
    const { ctx, result } = main;
    const outDir = path.join(ctx.dataDir, 'by-district');
    const r: DemoResult = await generateDemo(ctx, { institutions: N, periods: 1, outDir, seed: 11, splitByDistrict: true });
    expect(r).toMatchObject({ campaignCreated: false, institutionsAdded: 0, campaignCode: result.campaignCode });
    const folders = fs.readdirSync(outDir).sort();
    expect(folders).toContain('省直省管');
    expect(folders.filter((f) => /^3213\d\d-/.test(f)).length).toBe(5);
    for (const f of r.files) {
      const inst = r.institutions.find((i) => i.uscc === f.uscc)!;
      expect(path.basename(path.dirname(f.path))).toBe(inst.provincialDirect ? '省直省管' : `${inst.districtCode}-${inst.districtName}`);
    }
  });

  it('loadDemoData writes into the data folder and returns the file paths', async () => {
    const ctx = context();
    const r = await loadDemoData(ctx, { institutions: 6, periods: 1, seed: 3 });
    expect(r.outDir).toBe(path.join(ctx.dataDir, '示例填报表'));
    expect(r.files.length).toBeGreaterThan(0);
    for (const f of r.files) expect(fs.existsSync(f.path)).toBe(true);
    expect(r.files.every((f) => f.receivedDate >= '2023-06-15')).toBe(true);
  });

  it('rejects bad sizes as usage errors', async () => {
    const ctx = context();
    await expect(generateDemo(ctx, { institutions: 0, periods: 1, outDir: path.join(ctx.dataDir, 'x') })).rejects.toMatchObject({ code: 'usage' });
    await expect(generateDemo(ctx, { institutions: 3, periods: 0, outDir: path.join(ctx.dataDir, 'x') })).rejects.toMatchObject({ code: 'usage' });
  });
});
