/**
 * Returns as they really arrive over a clerk's week: a folder dragged in with WeChat downloads
 * (xxx(1).xlsx duplicates), a USB stick's nested folders with a zip inside, an e-mail attachment
 * zipped on Chinese Windows (GBK names, no UTF-8 flag), files saved by WPS, and the formats we
 * cannot read (.et, .rar, .7z). Everything through the CLI, as the clerk's IT helper runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';
import { collectUploads } from '../../../electron/import/collect-files';
import { openContext, type AppContext } from '../../../electron/services/app-context';
import { periodRows } from '../../../electron/services/campaign-service';
import { statsPivot } from '../../../electron/services/stats-service';
import { buildReturnWorkbook, workbookToBuffer, type ReturnFill, type ReturnLedgerRow } from '../../../electron/templates/return-writer';
import type { Campaign } from '../../../shared/domain/campaign';
import { FOCUS_INPUTS } from '../../../shared/domain/indicators';
import type { BatchReport } from '../../../shared/import/import-report';
import { addUnits, contentChecksum, tempContext, withCampaign, type TestUnit } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';
import { gbkZip, zipEntryHeaders } from '../../fixtures/gbk-zip';
import { savedBy, wpsResave } from '../../fixtures/wps-resave';
import { cfbFile } from '../../fixtures/xlsx-surgery';

interface Captured extends CliIo { err: string[]; docs: unknown[] }
function capture(): Captured {
  const c: Captured = { json: false, err: [], docs: [], print: () => {}, printJson: (v) => { c.docs.push(JSON.parse(JSON.stringify(v))); }, warn: (t) => { c.err.push(t); } };
  return c;
}

const LABEL = '2023年6月上半月';
const FIXED = new Date(Date.UTC(2023, 5, 14, 2, 0, 0));
let dataDir: string;
let campaign: Campaign;
let units: TestUnit[];
const [RENMIN, RENHE, SHUANGGOU, ZHONGYI, FUYOU] = ['宿城区人民医院', '沭阳仁和医院', '泗洪县双沟镇卫生院', '宿豫区中医院', '宿城区妇幼保健院'];

beforeEach(() => {
  const ctx = tempContext();
  campaign = withCampaign(ctx);
  units = addUnits(ctx, [
    { name: RENMIN }, { name: RENHE, district: '321322', ownership: '社会办' }, { name: SHUANGGOU, district: '321324', category: '乡镇卫生院' },
    { name: ZHONGYI, district: '321311', category: '中医医院' }, { name: FUYOU, category: '妇幼保健院' },
  ]);
  dataDir = ctx.dataDir;
  ctx.db.close();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const unit = (name: string) => units.find((u) => u.name === name)!;

function withCtx<T>(fn: (ctx: AppContext) => T, dir = dataDir): T {
  const ctx = openContext({ dataDir: dir, mode: 'cli', now: () => new Date('2023-06-20T09:00:00+08:00') });
  try { return fn(ctx); } finally { ctx.db.close(); }
}

async function importJson(dir: string, ...args: string[]): Promise<{ code: number; report: BatchReport; err: string }> {
  const io = capture();
  const code = await runCli(['--data-dir', dir, '--json', 'import', ...args], io);
  return { code, report: io.docs[0] as BatchReport, err: io.err.join('\n') };
}

const issue = (over: Partial<ReturnLedgerRow> = {}): ReturnLedgerRow => ({
  ledgerNo: null, focusCode: 'F2', category: '违规收费', source: '自查自纠', foundDate: '2023-06-05', persons: '检验科', description: '重复收取静脉输液费',
  amountFen: 12000, severity: '一般', measures: '退还多收费用', respPerson: '张明', deadline: '2023-06-30', status: '整改中', completionDate: null,
  penalties: null, fineFen: null, caseOpened: null, typical: null, remarks: null, ...over,
});

/** A return filled in our own template (as Excel saves it), period H1. */
async function filledReturn(name: string, fill: ReturnFill, ledger: ReturnLedgerRow[] = []) {
  const u = unit(name);
  const built = await buildReturnWorkbook({
    campaign, period: periodRows(campaign)[0], institution: { uscc: u.uscc, licenceNo: null, name }, fill, openIssues: ledger, emptyLedgerRows: 20, createdAt: FIXED,
  });
  return { bytes: new Uint8Array(await workbookToBuffer(built.workbook, { lockStructure: true, mtime: FIXED })), layout: built.layout };
}

const fillC1 = (c1: number, b3: Record<string, number> = { F1: 1, F2: 2, F3: 0, F4: 0 }): ReturnFill => ({ general: { B1: '是', C1: c1 }, focus: { B3: b3, C2: { F1: 3, F2: 1, F3: 0, F4: 0 } } });

function write(root: string, rel: string, bytes: Uint8Array): void {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, bytes);
}

describe('a real week of deliveries', () => {
  it('imports WeChat duplicates, nested folders, a zip in a folder, a GBK zip and a WPS file; refuses .et/.rar/.7z by name; counts each return once', async () => {
    const root = path.join(dataDir, '收件');
    const a = await filledReturn(RENMIN, fillC1(12), [issue()]);
    const b1 = await filledReturn(RENHE, fillC1(5));
    const b2 = await filledReturn(RENHE, fillC1(7)); // the corrected version, downloaded again from WeChat
    const c = await filledReturn(SHUANGGOU, fillC1(2));
    const wps = wpsResave((await filledReturn(FUYOU, fillC1(4), [issue({ focusCode: 'F1', description: '门诊大厅疑似医托' })])).bytes);
    const handmade = await buildReturn({ meta: null, focusNames: campaign.focusAreas.map((f) => f.name), general: { B1: '是', C1: 3 } });
    write(root, `微信/${LABEL}-${RENMIN}.xlsx`, a.bytes);
    write(root, `微信/${LABEL}-${RENMIN}(1).xlsx`, a.bytes);
    write(root, `微信/${LABEL}-${RENHE}.xlsx`, b1.bytes);
    write(root, `微信/${LABEL}-${RENHE}(1).xlsx`, b2.bytes);
    write(root, 'U盘/第一批/泗洪县/双沟.zip', zipSync({ [`returns/${LABEL}-${SHUANGGOU}.xlsx`]: c.bytes, 'returns/~$临时.xlsx': new Uint8Array(162) }));
    const gbk = gbkZip([
      { name: '宿豫区/', bytes: new Uint8Array(0) },
      { name: `宿豫区/${LABEL}-${ZHONGYI}.xlsx`, bytes: handmade },
      { name: `${RENMIN}-转发.xlsx`, bytes: a.bytes },
    ]);
    write(root, '邮件/宿豫区卫健局.zip', gbk);
    write(root, `WPS/${LABEL}-${FUYOU}.xlsx`, wps);
    write(root, 'WPS/报表.et', cfbFile([{ name: 'Workbook', bytes: new Uint8Array(4096) }]));
    write(root, '其他/返回材料.rar', new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00, 1, 2, 3]));
    write(root, '其他/返回材料.7z', new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]));
    write(root, '其他/整改说明.docx', new Uint8Array([0x50, 0x4b, 3, 4]));

    // The fixtures are what they claim to be.
    expect(zipEntryHeaders(gbk).every((e) => (e.flags & 0x0800) === 0)).toBe(true);
    expect(zipEntryHeaders(gbk)[1].name.equals(iconv.encode(`宿豫区/${LABEL}-${ZHONGYI}.xlsx`, 'gbk'))).toBe(true);
    expect(savedBy(wps)).toEqual({ application: 'WPS 表格', kso: true, sharedStrings: false });

    const before = withCtx(contentChecksum);
    const dry = await importJson(dataDir, root, '--dry-run', '--received', '2023-06-16');
    expect(withCtx(contentChecksum)).toBe(before);
    const r = await importJson(dataDir, root, '--received', '2023-06-16');
    expect(dry.report.files.map((f) => [f.file, f.status])).toEqual(r.report.files.map((f) => [f.file, f.status]));
    expect(r.code).toBe(1); // refused formats make the batch exit 1; everything else is imported
    const byFile = Object.fromEntries(r.report.files.map((f) => [f.file, f]));
    expect(Object.keys(byFile).sort()).toEqual([
      `收件/U盘/第一批/泗洪县/双沟.zip/returns/${LABEL}-${SHUANGGOU}.xlsx`,
      `收件/WPS/${LABEL}-${FUYOU}.xlsx`, '收件/WPS/报表.et',
      `收件/微信/${LABEL}-${RENMIN}(1).xlsx`, `收件/微信/${LABEL}-${RENMIN}.xlsx`, `收件/微信/${LABEL}-${RENHE}(1).xlsx`, `收件/微信/${LABEL}-${RENHE}.xlsx`,
      '收件/其他/返回材料.7z', '收件/其他/返回材料.rar',
      `收件/邮件/宿豫区卫健局.zip/${RENMIN}-转发.xlsx`, `收件/邮件/宿豫区卫健局.zip/宿豫区/${LABEL}-${ZHONGYI}.xlsx`,
    ].sort());
    const st = (f: string) => [byFile[f].status, byFile[f].institution ?? null, byFile[f].version ?? null];
    expect(st(`收件/微信/${LABEL}-${RENMIN}.xlsx`)).toEqual(['accepted', RENMIN, 1]);
    expect(st(`收件/微信/${LABEL}-${RENMIN}(1).xlsx`)).toEqual(['unchanged', null, 1]);
    expect(st(`收件/邮件/宿豫区卫健局.zip/${RENMIN}-转发.xlsx`)).toEqual(['unchanged', null, 1]);
    expect(st(`收件/微信/${LABEL}-${RENHE}.xlsx`)).toEqual(['accepted', RENHE, 1]);
    expect(st(`收件/微信/${LABEL}-${RENHE}(1).xlsx`)).toEqual(['superseded', RENHE, 2]);
    expect(st(`收件/U盘/第一批/泗洪县/双沟.zip/returns/${LABEL}-${SHUANGGOU}.xlsx`)).toEqual(['accepted', SHUANGGOU, 1]);
    expect(st(`收件/WPS/${LABEL}-${FUYOU}.xlsx`)).toEqual(['accepted', FUYOU, 1]);
    expect(byFile[`收件/邮件/宿豫区卫健局.zip/宿豫区/${LABEL}-${ZHONGYI}.xlsx`]).toMatchObject({ status: 'accepted', institution: ZHONGYI, identifiedBy: '文件名', period: '2023-06-H1' });
    expect(byFile['收件/WPS/报表.et'].issues[0].message).toMatch(/WPS 表格格式（\.et）无法直接读取，请在 WPS 中“另存为” \.xlsx 后导入/);
    expect(byFile['收件/其他/返回材料.rar'].issues[0].message).toMatch(/RAR 压缩包无法直接读取，请解压后导入/);
    expect(byFile['收件/其他/返回材料.7z'].issues[0].message).toMatch(/7z 压缩包无法直接读取，请解压后导入/);
    expect(r.err).toMatch(/返回材料\.rar：RAR 压缩包无法直接读取/);
    expect(r.report.totals).toMatchObject({ files: 11, rejected: 3, unchanged: 2, superseded: 1 });

    withCtx((ctx) => {
      const subs = ctx.db.prepare('SELECT i.name, s.version, s.is_current FROM submissions s JOIN institutions i ON i.id = s.institution_id ORDER BY i.name, s.version').all();
      expect(subs).toEqual([
        { name: ZHONGYI, version: 1, is_current: 1 }, { name: FUYOU, version: 1, is_current: 1 }, { name: RENMIN, version: 1, is_current: 1 },
        { name: SHUANGGOU, version: 1, is_current: 1 }, { name: RENHE, version: 1, is_current: 0 }, { name: RENHE, version: 2, is_current: 1 },
      ].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.version - y.version)));
      const stats = statsPivot(ctx, { period: '2023-06-H1', dims: ['district'] });
      // 12 (人民, once though delivered three times) + 7 (仁和's second version only) + 2 + 3 + 4.
      expect(stats.total.C1.period).toBe(28);
      expect((ctx.db.prepare('SELECT count(*) n FROM ledger_issues').get() as { n: number }).n).toBe(2);
    });

    // Dragging the same folder in again the next morning changes nothing.
    const snapshot = withCtx(contentChecksum);
    const again = await importJson(dataDir, root);
    expect(again.report.totals).toMatchObject({ unchanged: 8, rejected: 3, accepted: 0, superseded: 0 });
    expect(withCtx(contentChecksum)).toBe(snapshot);
  });

  it('decodes GBK names in uploads from the UI the same way, and still reads UTF-8 zips', () => {
    const name = `宿豫区/${LABEL}-${ZHONGYI}.xlsx`;
    const fromWindows = collectUploads([{ fileName: '附件.zip', bytes: gbkZip([{ name, bytes: new Uint8Array([1]) }]) }]);
    const fromMac = collectUploads([{ fileName: '附件.zip', bytes: zipSync({ [name]: new Uint8Array([1]) }) }]);
    expect(fromWindows.files.map((f) => f.name)).toEqual([`附件.zip/${name}`]);
    expect(fromMac.files.map((f) => f.name)).toEqual([`附件.zip/${name}`]);
  });
});

describe('files saved by WPS', () => {
  it('import exactly like the Excel original: inline strings, WPS formats, shared formulas with cached values, a 合计 column', async () => {
    const ledger = [issue({ ledgerNo: 'W-1', foundDate: '2023-06-03', completionDate: '2023-06-09', status: '已整改待核验' }), issue({ focusCode: 'F4', description: '收受患者红包', deadline: '2023-07-10', status: '待整改' })];
    const b3 = { F1: 2, F2: 5, F3: 1, F4: 0 };
    // Excel original: 责令改正 (E8) typed equal to 自查发现问题 (B3) in every focus column.
    const fill: ReturnFill = { general: { B1: '是', C1: 9, H2: 1, G1: 2, G2: 1 }, focus: { B3: b3, E8: b3, E4: { F1: 0, F2: 1200.5, F3: 0, F4: 0 } } };
    const excel = await filledReturn(FUYOU, fill, ledger);
    // WPS copy: the clerk typed =D{B3 row} into the first E8 cell and dragged it right (a shared formula),
    // and added a 合计 column to block 二 with dragged-down SUM formulas.
    const d = excel.layout.data;
    const col = (c: number) => String.fromCharCode(64 + c);
    const focusCols = campaign.focusAreas.map((f) => d.focusCols[f.code]);
    const totalCol = col(Math.max(...focusCols) + 1);
    const totalRows = FOCUS_INPUTS.map((def) => d.focusRows[def.code]);
    const rowSum = (code: string) => Object.values((fill.focus?.[code] ?? {}) as Record<string, number>).reduce((s, v) => s + v, 0);
    const wps = wpsResave(excel.bytes, {
      texts: [{ sheet: '进展数据', ref: `${totalCol}${d.focusHeaderRow}`, text: '合计' }],
      sharedFormulas: [
        { sheet: '进展数据', refs: focusCols.map((c) => `${col(c)}${d.focusRows.E8}`), formula: `${col(focusCols[0])}${d.focusRows.B3}`, values: campaign.focusAreas.map((f) => b3[f.code as keyof typeof b3]) },
        { sheet: '进展数据', refs: totalRows.map((r) => `${totalCol}${r}`), formula: `SUM(${col(focusCols[0])}${totalRows[0]}:${col(focusCols[focusCols.length - 1])}${totalRows[0]})`, values: FOCUS_INPUTS.map((def) => rowSum(def.code)) },
      ],
    });
    expect(savedBy(wps).application).toBe('WPS 表格');

    const imported = async (bytes: Uint8Array) => {
      const ctx = tempContext();
      withCampaign(ctx);
      addUnits(ctx, [{ name: FUYOU, uscc: unit(FUYOU).uscc }]);
      const dir = ctx.dataDir;
      ctx.db.close();
      write(dir, 'in/return.xlsx', bytes);
      const r = await importJson(dir, path.join(dir, 'in'));
      const rows = withCtx((c) => ({
        values: c.db.prepare('SELECT indicator_code, focus_code, value, cell FROM indicator_values ORDER BY cell').all(),
        ledger: c.db.prepare('SELECT ledger_no, status, found_date, deadline, completion_date, description FROM ledger_issues ORDER BY found_date, description').all(),
        warnings: r.report.files[0].issues.map((i) => i.rule),
      }), dir);
      fs.rmSync(dir, { recursive: true, force: true });
      return { status: r.report.files[0].status, ...rows };
    };
    const fromExcel = await imported(excel.bytes);
    const fromWps = await imported(wps);
    expect(fromWps.status).toBe('accepted');
    expect(fromWps).toEqual(fromExcel);
    expect(fromWps.values).toContainEqual({ indicator_code: 'E8', focus_code: 'F2', value: 5, cell: `进展数据!${col(focusCols[1])}${d.focusRows.E8}` });
    expect(fromWps.values).toContainEqual({ indicator_code: 'E4', focus_code: 'F2', value: 120050, cell: `进展数据!${col(focusCols[1])}${d.focusRows.E4}` });
    expect(fromWps.ledger).toContainEqual(expect.objectContaining({ ledger_no: 'W-1', found_date: '2023-06-03', completion_date: '2023-06-09' }));
  });
});
