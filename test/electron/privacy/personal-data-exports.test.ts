/**
 * Personal data leaves the bureau masked unless a clerk asks for it in that one export, and every
 * such request is in the audit log: the ledger export (IPC), the upward package (CLI), the 汇总表
 * (CLI and builder).
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';
import { importFiles } from '../../../electron/import/import-service';
import { intakeHandlers } from '../../../electron/ipc/handlers/intake';
import { summaryWorkbook } from '../../../electron/reports/xlsx/summary-workbook';
import { openContext, type AppContext } from '../../../electron/services/app-context';
import { intakeSchemas } from '../../../shared/ipc/contract/intake';
import { addUnits, tempContext, withCampaign } from '../../helpers/context';
import { buildReturn } from '../../helpers/returns';

const DESCRIPTION = '患者张三反映医生李四收受红包，联系电话13812345678';
const MEASURES = '由王小明医生负责退还，身份证号320102199001011234';
let dataDir: string;

beforeEach(async () => {
  const ctx = tempContext();
  const c = withCampaign(ctx);
  const [u] = addUnits(ctx, [{ name: '宿城区人民医院' }]);
  const bytes = await buildReturn({
    meta: { campaign: c.code, period: '2023-06-H1', uscc: u.uscc, name: u.name }, focusNames: ['医托', '乱收费', '诱导消费', '医德医风'], general: { B1: '是', C1: 2 },
    ledger: [{ 台账编号: 'A-1', 整治重点: '医德医风', 问题来源: '举报投诉', 发现日期: '2023-06-05', '涉及科室／人员': '心内科张三丰', 问题描述: DESCRIPTION, 整改措施: MEASURES, 整改责任人: '赵六', 整改时限: '2023-06-30', 整改状态: '整改中' }],
    work: { 主要工作措施: '约谈医生李四，通报全院。', 填报人: '孙七', 联系电话: '13912345678' },
  });
  const r = await importFiles(ctx, [{ name: 'a.xlsx', bytes }], [], { dryRun: false, received: '2023-06-16' });
  expect(r.totals.rejected).toBe(0);
  dataDir = ctx.dataDir;
  ctx.db.close();
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function withCtx<T>(fn: (ctx: AppContext) => T | Promise<T>): Promise<T> {
  const ctx = openContext({ dataDir, mode: 'cli', now: () => new Date('2023-06-20T09:00:00+08:00') });
  return Promise.resolve(fn(ctx)).finally(() => ctx.db.close());
}

const choices = (ctx: AppContext) => ctx.db.prepare("SELECT entity_id, detail_json FROM audit_log WHERE action = 'privacy.include-personal' ORDER BY id").all() as { entity_id: string; detail_json: string }[];

async function cli(...args: string[]): Promise<{ code: number; docs: unknown[] }> {
  const docs: unknown[] = [];
  const io: CliIo = { json: false, print: () => {}, printJson: (v) => docs.push(JSON.parse(JSON.stringify(v))), warn: () => {} };
  return { code: await runCli(['--data-dir', dataDir, ...args], io), docs };
}

async function sheetTexts(bytes: Uint8Array, sheet: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const parts: string[] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => row.eachCell((c) => { parts.push(String(c.value ?? '')); }));
  return parts.join('\n');
}

describe('ledger export (问题台账导出)', () => {
  it('masks names, phones and ID numbers by default; includes them on request and audits that', async () => {
    expect(intakeSchemas['ledger:export'].parse({ status: '整改中', includePersonal: true })).toEqual({ status: '整改中', includePersonal: true });
    await withCtx(async (ctx) => {
      const h = intakeHandlers(ctx);
      const masked = await sheetTexts(Buffer.from((await h['ledger:export']({})).base64, 'base64'), '问题台账');
      expect(masked).toContain('患者张某某反映医生李某某收受红包，联系电话138****5678');
      expect(masked).toContain('由王某某医生负责退还，身份证号3201**********1234');
      expect(masked).toContain('个人信息已隐去');
      expect(masked).not.toMatch(/张三|李四|13812345678|320102199001011234/);
      expect(choices(ctx)).toEqual([]);

      const full = await sheetTexts(Buffer.from((await h['ledger:export']({ includePersonal: true, status: '整改中' })).base64, 'base64'), '问题台账');
      expect(full).toContain(DESCRIPTION);
      expect(full).toContain(MEASURES);
      const audit = choices(ctx);
      expect(audit).toHaveLength(1);
      expect(audit[0].entity_id).toBe('ledger-export');
      expect(JSON.parse(audit[0].detail_json)).toEqual({ export: '问题台账导出', includePersonal: true, scope: { status: '整改中' } });
    });
  });
});

describe('upward package (上报数据包)', () => {
  it('masks ledger texts, persons, history snapshots and work texts unless --include-personal; the manifest says which', async () => {
    const out = path.join(dataDir, 'pkg.zip');
    const r = await cli('--json', 'package', 'export', '--period', '2023-06-H1', '--out', out);
    expect(r.code).toBe(0);
    expect(r.docs[0]).toMatchObject({ personalData: 'masked' });
    const files = unzipSync(fs.readFileSync(out));
    const all = Object.values(files).map((b) => strFromU8(b)).join('\n');
    expect(all).not.toMatch(/张三|李四|王小明|赵六|孙七|13812345678|13912345678|320102199001011234/);
    const ledger = JSON.parse(strFromU8(files['data/ledger.json']));
    expect(ledger[0]).toMatchObject({ description: '患者张某某反映医生李某某收受红包，联系电话138****5678', resp_person: '赵某某' });
    expect(ledger[0].history[0].fields).toMatchObject({ persons: '心内科张某某', respPerson: '赵某某', description: '患者张某某反映医生李某某收受红包，联系电话138****5678' });
    const subs = JSON.parse(strFromU8(files['data/submissions.json']));
    expect(subs[0].work).toEqual({ measures: '约谈医生李某某，通报全院。', filler: '孙某某', phone: '139****5678' });
    expect(JSON.parse(strFromU8(files['manifest.json'])).personalData).toBe('masked');
    await withCtx((ctx) => expect(choices(ctx)).toEqual([]));

    // The masked package still imports at the upper level.
    const city = tempContext();
    withCampaign(city);
    const cityDir = city.dataDir;
    city.db.close();
    const io: CliIo = { json: false, print: () => {}, printJson: () => {}, warn: () => {} };
    expect(await runCli(['--data-dir', cityDir, 'package', 'import', out], io)).toBe(0);
    fs.rmSync(cityDir, { recursive: true, force: true });

    const full = path.join(dataDir, 'pkg-full.zip');
    expect((await cli('package', 'export', '--period', '2023-06-H1', '--out', full, '--include-personal')).code).toBe(0);
    const f = unzipSync(fs.readFileSync(full));
    expect(JSON.parse(strFromU8(f['data/ledger.json']))[0].description).toBe(DESCRIPTION);
    expect(JSON.parse(strFromU8(f['manifest.json'])).personalData).toBe('included');
    await withCtx((ctx) => {
      const audit = choices(ctx);
      // The package carries its 汇总表 too, so that workbook's choice is recorded beside it.
      expect(audit.map((a) => a.entity_id)).toContain('upward-package');
      const pkg = audit.find((a) => a.entity_id === 'upward-package')!;
      expect(JSON.parse(pkg.detail_json)).toMatchObject({ export: '上报数据包', scope: { period: '2023-06-H1' } });
      const exports = ctx.db.prepare("SELECT detail_json FROM audit_log WHERE action = 'package.export' ORDER BY id").all() as { detail_json: string }[];
      expect(exports.map((e) => JSON.parse(e.detail_json).personalData)).toEqual(['masked', 'included']);
    });
  });
});

describe('汇总表', () => {
  it('masks the ledger sheet by default; export --include-personal keeps it and audits', async () => {
    await withCtx(async (ctx) => {
      const text = await sheetTexts(await summaryWorkbook(ctx, { period: '2023-06-H1' }), '问题台账');
      expect(text).toContain('患者张某某反映医生李某某收受红包');
      expect(text).not.toMatch(/张三|李四|13812345678/);
      expect(choices(ctx)).toEqual([]);
    });
    const out = path.join(dataDir, '汇总表.xlsx');
    expect((await cli('export', '--period', '2023-06-H1', '--out', out, '--include-personal')).code).toBe(0);
    expect(await sheetTexts(fs.readFileSync(out), '问题台账')).toContain(DESCRIPTION);
    await withCtx((ctx) => expect(choices(ctx).map((a) => a.entity_id)).toEqual(['summary-workbook']));
  });
});
