import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';
import { openContext, type AppContext } from '../../../electron/services/app-context';
import { statsPivot } from '../../../electron/services/stats-service';
import { districtReturnFileName } from '../../../shared/domain/district-return';
import type { BatchReport } from '../../../shared/import/import-report';
import { addUnits, contentChecksum, tempContext, withCampaign, type TestUnit } from '../../helpers/context';
import { fillDistrictReturn, type DistrictFill } from '../../helpers/district-fill';
import { buildReturn } from '../../helpers/returns';
import { savedBy, wpsResave } from '../../fixtures/wps-resave';

interface Captured extends CliIo { out: string[]; err: string[]; docs: unknown[] }
function capture(): Captured {
  const c: Captured = {
    json: false, out: [], err: [], docs: [],
    print: (t) => { c.out.push(t); }, printJson: (v) => { c.docs.push(JSON.parse(JSON.stringify(v))); }, warn: (t) => { c.err.push(t); },
  };
  return c;
}

let dataDir: string;
let units: TestUnit[];
let campaignCode: string;
const H1 = '2023年6月上半月';
const [RENHE, RENMIN, CAIJI, KANGFU] = ['宿城仁和医院', '宿城区人民医院', '宿城区蔡集镇卫生院', '宿城康复诊所'];

beforeEach(() => {
  const ctx = tempContext();
  campaignCode = withCampaign(ctx).code;
  units = addUnits(ctx, [
    { name: RENMIN, aliases: ['宿城人医'] },
    { name: RENHE, ownership: '社会办' },
    { name: CAIJI, category: '乡镇卫生院' },
    { name: KANGFU, ownership: '社会办', category: '诊所' },
    { name: '沭阳县人民医院', district: '321322' },
  ]);
  dataDir = ctx.dataDir;
  ctx.db.close();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await runCli(['--data-dir', dataDir, ...args], io);
  return { code, io };
}

function withCtx<T>(fn: (ctx: AppContext) => T): T {
  const ctx = openContext({ dataDir, mode: 'cli', now: () => new Date('2023-06-20T09:00:00+08:00') });
  try { return fn(ctx); } finally { ctx.db.close(); }
}

const unit = (name: string) => units.find((u) => u.name === name)!;

async function template(period = '2023-06-H1'): Promise<{ file: string; bytes: Uint8Array }> {
  const out = path.join(dataDir, `tpl-${period}`);
  const r = await cli('template', '--period', period, '--district', '321302', '--out', out);
  expect(r.code, r.io.err.join('\n')).toBe(0);
  const [name] = fs.readdirSync(out);
  return { file: path.join(out, name), bytes: fs.readFileSync(path.join(out, name)) };
}

async function filled(f: DistrictFill, period = '2023-06-H1', name = '宿城区汇总.xlsx'): Promise<string> {
  const bytes = await fillDistrictReturn((await template(period)).bytes, f);
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function importJson(...args: string[]): Promise<{ code: number; report: BatchReport; err: string }> {
  const r = await cli('--json', 'import', ...args);
  return { code: r.code, report: r.io.docs[0] as BatchReport, err: r.io.err.join('\n') };
}

const FILL: DistrictFill = {
  rows: {
    [RENMIN]: { general: { B1: '是', C1: 12, H2: 2 }, focus: { B3: { 医托: 1, 乱收费: 3, 诱导消费: 0, 医德医风: 0 }, D7: { 乱收费: 2 }, E4: { 乱收费: 1500.5 } } },
    [RENHE]: { general: { B1: '是', C1: 4 }, focus: { B3: { 医托: 0, 乱收费: 1, 诱导消费: 2, 医德医风: 0 } } },
    [CAIJI]: { general: { B1: '否', C1: 0 } },
  },
  ledger: [
    { 机构名称: RENMIN, 整治重点: '乱收费', 问题来源: '自查自纠', 发现日期: '2023-06-05', 问题描述: '患者张三反映重复收取静脉输液费', 整改时限: '2023-06-30', 整改状态: '整改中' },
    { 机构名称: RENMIN, 整治重点: '医托', 问题来源: '举报投诉', 发现日期: '2023.6.8', 问题描述: '门诊大厅疑似医托拉客', 整改时限: '2023-07-15', 整改状态: '待整改' },
    { 机构名称: RENHE, 统一社会信用代码: '', 整治重点: '诱导消费', 问题来源: '监督检查', 发现日期: '2023-06-10', 问题描述: '推销保健品', 整改时限: '2023-06-25', 整改状态: '已整改待核验', 完成日期: '2023-06-12' },
  ],
  work: { [RENMIN]: { measures: '成立专班，逐科室自查。', filler: '李四', phone: '13812345678' } },
};

describe('区县汇总填报表: template --district', () => {
  it('lists the district’s institutions in roster order under two-row indicator headers, with return_kind district', async () => {
    const t = await template();
    expect(path.basename(t.file)).toBe(districtReturnFileName(H1, '宿城区'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(t.bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['填报说明', 'visible'], ['进展数据', 'visible'], ['问题台账', 'visible'], ['工作情况', 'visible'], ['_meta', 'veryHidden']]);
    const data = wb.getWorksheet('进展数据')!;
    expect([6, 7, 8, 9].map((r) => data.getCell(r, 2).value)).toEqual([RENHE, RENMIN, CAIJI, KANGFU]);
    expect(data.getCell(7, 3).value).toBe(unit(RENMIN).uscc);
    const row4: string[] = [];
    const row5: string[] = [];
    for (let c = 1; c <= data.columnCount; c++) { row4.push(String(data.getCell(4, c).value ?? '')); row5.push(String(data.getCell(5, c).value ?? '')); }
    const b3 = row4.indexOf('B3 自查发现问题（个）');
    expect(row4.slice(0, 4)).toEqual(['序号', '机构名称', '统一社会信用代码', 'B1 本期自查自纠完成情况（是/否）']);
    expect(row5.slice(b3, b3 + 4)).toEqual(['医托', '乱收费', '诱导消费', '医德医风']);
    const meta = wb.getWorksheet('_meta')!;
    const kv: Record<string, unknown> = {};
    for (let r = 1; r <= 10; r++) if (meta.getCell(r, 1).value) kv[String(meta.getCell(r, 1).value)] = meta.getCell(r, 2).value;
    expect(kv).toMatchObject({ campaign_code: campaignCode, period_code: '2023-06-H1', return_kind: 'district', district_code: '321302', template_version: 'D1' });
    // Sent back untouched, it is nobody's return.
    const blank = await importJson(t.file);
    expect(blank.code).toBe(1);
    expect(blank.report.files[0].issues.map((i) => i.message).join()).toMatch(/汇总表中没有任何机构的数据/);
  });

  it('refuses an unknown district, an empty one, and --district with --zip', async () => {
    const out = path.join(dataDir, 'x');
    const bad = await cli('template', '--period', '2023-06-H1', '--district', '999999', '--out', out);
    expect(bad.code).toBe(1);
    expect(bad.io.err.join()).toMatch(/不是有效的行政区划代码/);
    const empty = await cli('template', '--period', '2023-06-H1', '--district', '321311', '--out', out);
    expect(empty.code).toBe(1);
    expect(empty.io.err.join()).toMatch(/没有属于宿豫区（321311）的在册机构/);
    expect((await cli('template', '--period', '2023-06-H1', '--district', '321302', '--zip', '--out', out)).code).toBe(2);
  });
});

describe('区县汇总填报表: import', () => {
  it('splits the file into one submission per institution, with cell provenance, ledgers and one audit entry', async () => {
    const file = await filled(FILL);
    const before = withCtx(contentChecksum);
    const dry = await importJson(file, '--dry-run', '--received', '2023-06-16');
    expect(dry.code, dry.err).toBe(0);
    expect(withCtx(contentChecksum)).toBe(before);
    const r = await importJson(file, '--received', '2023-06-16');
    expect(r.code, r.err).toBe(0);
    expect(r.report.files.map((f) => [f.institution, f.status, f.version, f.identifiedBy])).toEqual([
      [RENHE, 'warning', 1, '区县汇总表（宿城区）'], [RENMIN, 'accepted', 1, '区县汇总表（宿城区）'], [CAIJI, 'accepted', 1, '区县汇总表（宿城区）'],
    ]);
    expect(dry.report.files.map((f) => [f.institution, f.status, f.ledger])).toEqual(r.report.files.map((f) => [f.institution, f.status, f.ledger]));
    expect(r.report.files[0].issues.map((i) => i.message).join()).toMatch(/没有填写任何数据，视为本期未报：宿城康复诊所$/);
    expect(r.report.files[1]).toMatchObject({ values: 9, ledger: { new: 2, changed: 0, unchanged: 0 } });
    withCtx((ctx) => {
      const subs = ctx.db.prepare('SELECT i.name, s.version, s.identified_by, s.received_date, s.work_json FROM submissions s JOIN institutions i ON i.id = s.institution_id ORDER BY i.name').all() as { name: string; work_json: string }[];
      expect(subs.map((s) => s.name)).toEqual([RENHE, RENMIN, CAIJI].sort());
      expect(subs.every((s) => (s as unknown as { identified_by: string }).identified_by === '区县汇总表（宿城区）')).toBe(true);
      expect(JSON.parse(subs.find((s) => s.name === RENMIN)!.work_json)).toEqual({ measures: '成立专班，逐科室自查。', filler: '李四', phone: '13812345678' });
      const cells = ctx.db.prepare(`SELECT v.indicator_code c, v.focus_code f, v.value, v.cell FROM indicator_values v JOIN submissions s ON s.id = v.submission_id
        WHERE s.institution_id = ? ORDER BY v.cell`).all(unit(RENMIN).id);
      expect(cells).toContainEqual({ c: 'C1', f: '', value: 12, cell: '进展数据!E7' });
      expect(cells).toContainEqual({ c: 'E4', f: 'F2', value: 150050, cell: expect.stringMatching(/^进展数据![A-Z]+7$/) });
      const issues = ctx.db.prepare('SELECT i.name, l.status, l.focus_code FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id ORDER BY i.name, l.ledger_no').all();
      expect(issues).toEqual([
        { name: RENHE, status: '已整改待核验', focus_code: 'F3' },
        { name: RENMIN, status: '整改中', focus_code: 'F2' }, { name: RENMIN, status: '待整改', focus_code: 'F1' },
      ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
      const snaps = ctx.db.prepare('SELECT sheet, row FROM ledger_snapshots ORDER BY row').all();
      expect(snaps).toEqual([{ sheet: '问题台账', row: 4 }, { sheet: '问题台账', row: 5 }, { sheet: '问题台账', row: 6 }]);
      const audits = ctx.db.prepare("SELECT action, detail_json FROM audit_log WHERE action LIKE 'submission.%'").all() as { action: string; detail_json: string }[];
      expect(audits.map((a) => a.action)).toEqual(['submission.import-district']);
      expect(JSON.parse(audits[0].detail_json)).toMatchObject({ district: '321302', unreported: [KANGFU] });
      const stats = statsPivot(ctx, { period: '2023-06-H1', dims: ['district'] });
      expect(stats.total.C1.period).toBe(16);
      expect(stats.rows.find((row) => row.keys[0].code === '321302')?.figures.C1.period).toBe(16);
    });
  });

  it('counts the same file once (unchanged), and a corrected file supersedes, never adds', async () => {
    const file = await filled(FILL);
    expect((await importJson(file)).code).toBe(0);
    const before = withCtx(contentChecksum);
    const again = await importJson(file);
    expect(again.code).toBe(0);
    expect(again.report.files).toHaveLength(1);
    expect(again.report.files[0]).toMatchObject({ status: 'unchanged', institution: '宿城区区县汇总表' });
    expect(withCtx(contentChecksum)).toBe(before);
    const fixed = await filled({ ...FILL, rows: { ...FILL.rows, [RENHE]: { general: { B1: '是', C1: 5 } } } }, '2023-06-H1', '宿城区汇总(1).xlsx');
    const r = await importJson(fixed);
    expect(r.code, r.err).toBe(0);
    expect(r.report.files.map((f) => [f.institution, f.status, f.version])).toEqual([[RENHE, 'superseded', 2], [RENMIN, 'superseded', 2], [CAIJI, 'superseded', 2]]);
    withCtx((ctx) => {
      expect(statsPivot(ctx, { period: '2023-06-H1', dims: ['district'] }).total.C1.period).toBe(17);
      expect((ctx.db.prepare('SELECT count(*) n FROM submissions WHERE is_current = 1').get() as { n: number }).n).toBe(3);
      expect((ctx.db.prepare('SELECT count(*) n FROM ledger_issues').get() as { n: number }).n).toBe(3);
    });
  });

  it('rejects the whole file for one bad row, naming every cell, and writes nothing', async () => {
    const file = await filled({
      ...FILL,
      rows: { ...FILL.rows, [RENHE]: { general: { B1: '是', C1: '很多' } } },
      extra: [{ name: '沭阳县人民医院', general: { C1: 3 } }, { name: '宿城不存在医院', general: { C1: 1 } }],
      ledger: [...FILL.ledger!, { 机构名称: RENMIN, 整治重点: '乱收费', 问题来源: '自查自纠', 发现日期: '2023-06-05', 问题描述: '收费问题', 整改时限: '2023-06-30', 整改状态: '差不多了' }],
    });
    const before = withCtx(contentChecksum);
    const r = await cli('import', file);
    expect(r.code).toBe(1);
    const err = r.io.err.join('\n');
    expect(err).toMatch(/进展数据!E6：“出动检查（督查）人员”应为数字/);
    expect(err).toMatch(/进展数据!B10：机构“沭阳县人民医院”在名册中属于沭阳县，不属于宿城区/);
    expect(err).toMatch(/进展数据!B11：机构“宿城不存在医院”不在机构名册中/);
    expect(err).toMatch(/问题台账!O7：“整改状态”的值“差不多了”不在下拉列表中/);
    expect(withCtx(contentChecksum)).toBe(before);
  });

  it('carries open issues into the next district file and updates them by 台账编号', async () => {
    expect((await importJson(await filled(FILL))).code).toBe(0);
    const open = withCtx((ctx) => ctx.db.prepare(`SELECT l.id, l.ledger_no FROM ledger_issues l WHERE l.institution_id = ? AND l.status IN ('待整改', '整改中') ORDER BY l.ledger_no`).all(unit(RENMIN).id) as { id: number; ledger_no: string }[]);
    expect(open).toHaveLength(2);
    const h2 = await filled({
      rows: { [RENMIN]: { general: { C1: 2 } } },
      ledgerUpdates: [{ name: RENMIN, ledgerNo: open[0].ledger_no, set: { 整改状态: '已整改待核验', 完成日期: '2023-06-25' } }],
    }, '2023-06-H2', 'h2.xlsx');
    const r = await importJson(h2);
    expect(r.code, r.err).toBe(0);
    expect(r.report.files.map((f) => [f.institution, f.ledger])).toEqual([[RENMIN, { new: 0, changed: 1, unchanged: 1 }]]);
    withCtx((ctx) => {
      expect(ctx.db.prepare('SELECT status FROM ledger_issues WHERE id = ?').get(open[0].id)).toEqual({ status: '已整改待核验' });
      expect((ctx.db.prepare('SELECT count(*) n FROM ledger_issues').get() as { n: number }).n).toBe(3);
    });
  });

  it('says so when it replaces an institution’s own return, and refuses a locked period', async () => {
    const own = await buildReturn({ meta: { campaign: campaignCode, period: '2023-06-H1', uscc: unit(RENMIN).uscc, name: RENMIN }, focusNames: ['医托', '乱收费', '诱导消费', '医德医风'], general: { C1: 1 } });
    fs.writeFileSync(path.join(dataDir, 'own.xlsx'), own);
    expect((await importJson(path.join(dataDir, 'own.xlsx'))).code).toBe(0);
    const r = await importJson(await filled(FILL));
    const line = r.report.files.find((f) => f.institution === RENMIN)!;
    expect(line).toMatchObject({ status: 'superseded', version: 2 });
    expect(line.issues.map((i) => i.message).join()).toMatch(/本期已直接报送（own\.xlsx，第1版），现以区县汇总表中的数据为准/);

    expect((await cli('period', 'lock', '2023-06-H2', '--reason', '第2期通报已印发')).code).toBe(0);
    const locked = await importJson(await filled({ rows: { [RENMIN]: { general: { C1: 2 } } } }, '2023-06-H2', 'h2.xlsx'));
    expect(locked.code).toBe(1);
    expect(locked.report.files[0].issues[0].message).toMatch(/已封账/);
  });

  it('a late batch of district files for every period (large enough for the parse pool) lands in period order', async () => {
    const periods = ['2023-06-H1', '2023-06-H2', '2023-07-H1', '2023-07-H2', '2023-08-H1', '2023-08-H2'];
    const statuses = ['待整改', '整改中', '已整改待核验'];
    const dir = path.join(dataDir, '补报');
    fs.mkdirSync(dir);
    for (const [k, period] of periods.entries()) {
      const row = { general: { B1: '是', C1: k + 1 } };
      const ledger = k < statuses.length
        ? [{ 机构名称: RENMIN, 整治重点: '乱收费', 问题来源: '自查自纠', 发现日期: '2023-06-05', 问题描述: '重复收取静脉输液费', 整改时限: '2023-07-31', 整改状态: statuses[k], ...(k === 2 ? { 完成日期: '2023-07-10' } : {}) }]
        : [];
      // Names sort against period order on purpose: the importer orders by the period in _meta.
      const file = await filled({ rows: { [RENMIN]: row, [RENHE]: row, [CAIJI]: row }, ledger }, period, `${String.fromCharCode(102 - k)}.xlsx`);
      fs.renameSync(file, path.join(dir, path.basename(file)));
    }
    for (const [k, period] of ['2023-06-H1', '2023-06-H2'].entries()) {
      const own = await buildReturn({ meta: { campaign: campaignCode, period, uscc: unit('沭阳县人民医院').uscc }, focusNames: ['医托', '乱收费', '诱导消费', '医德医风'], general: { C1: 10 + k } });
      fs.writeFileSync(path.join(dir, `沭阳-${period}.xlsx`), own);
    }
    const r = await importJson(dir);
    expect(r.code, r.err).toBe(0);
    expect(r.report.files).toHaveLength(6 * 3 + 2);
    expect(r.report.files.map((f) => f.period)).toEqual([...r.report.files.map((f) => f.period!)].sort());
    expect(r.report.files.filter((f) => f.issues.some((i) => i.rule === 'ledger.transition'))).toEqual([]);
    withCtx((ctx) => {
      expect((ctx.db.prepare("SELECT count(*) n FROM submissions WHERE identified_by = '区县汇总表（宿城区）'").get() as { n: number }).n).toBe(18);
      expect(ctx.db.prepare('SELECT status, completion_date FROM ledger_issues').all()).toEqual([{ status: '已整改待核验', completion_date: '2023-07-10' }]);
      const cum = statsPivot(ctx, { period: '2023-08-H2', dims: ['district'] }).rows.find((row) => row.keys[0].code === '321302')!.figures.C1;
      expect([cum.period, cum.cumulative]).toEqual([18, 3 * (1 + 2 + 3 + 4 + 5 + 6)]);
    });
  });

  it('reads the district file after the district clerk re-saved it in WPS', async () => {
    const wps = wpsResave(fs.readFileSync(await filled(FILL)));
    expect(savedBy(wps)).toMatchObject({ application: 'WPS 表格', sharedStrings: false });
    const file = path.join(dataDir, '宿城区汇总-WPS.xlsx');
    fs.writeFileSync(file, wps);
    const r = await importJson(file);
    expect(r.code, r.err).toBe(0);
    expect(r.report.files.map((f) => [f.institution, f.values, f.ledger.new])).toEqual([[RENHE, 6, 1], [RENMIN, 9, 2], [CAIJI, 2, 0]]);
    withCtx((ctx) => {
      expect(ctx.db.prepare("SELECT value FROM indicator_values WHERE cell = '进展数据!E7'").get()).toEqual({ value: 12 });
      expect(ctx.db.prepare('SELECT found_date FROM ledger_issues ORDER BY found_date').all()).toEqual([{ found_date: '2023-06-05' }, { found_date: '2023-06-08' }, { found_date: '2023-06-10' }]);
      expect(statsPivot(ctx, { period: '2023-06-H1', dims: ['district'] }).total.C1.period).toBe(16);
    });
  });
});
