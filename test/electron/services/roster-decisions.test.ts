/**
 * Roster realism: rows matched by 全称/简称 but not by code wait for the clerk's decision instead of
 * refusing the file; clinics without a USCC go through roster, form, template and return import by
 * their licence registration number.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { AppContext } from '../../../electron/services/app-context';
import { allRoster, importRoster, rosterTemplate, saveInstitution } from '../../../electron/services/roster-service';
import { generateTemplates } from '../../../electron/services/template-service';
import { importFiles } from '../../../electron/import/import-service';
import { contentChecksum, tempContext, withCampaign } from '../../helpers/context';
import { badCheck, fillTemplate, sampleRows, usccFor, type RosterRow } from '../../helpers/roster-workbook';

let ctx: AppContext;
let dir: string | null = null;
afterEach(() => {
  ctx?.db.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

// 22 characters; characters 10–15 are the district (宿城区 321302).
const LIC = 'PDY60001532130217D6102';
const LIC2 = 'PDY60002932130217D6102';

async function seeded(): Promise<Buffer> {
  ctx = tempContext();
  withCampaign(ctx, 'suqian-2021', '2021-07-16');
  const tpl = await rosterTemplate(ctx);
  await importRoster(ctx, await fillTemplate(tpl, sampleRows()), '名册.xlsx', { dryRun: false });
  return tpl;
}

async function rejected(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('validation');
  return e as AppError;
}

/** Row 3 = 市一院 (简称 of the stored 宿迁市第一人民医院) with a new USCC; row 4 a new clinic with a licence only. */
const secondFile = (): RosterRow[] => [
  { name: '市一院', uscc: usccFor(9), district: '宿城区', category: '综合医院', ownership: '公立' },
  { name: '宿城区康宁诊所', licenceNo: LIC, district: '宿城区', category: '诊所', ownership: '个体' },
];

describe('roster import asks for decisions instead of refusing the file', () => {
  it('dry run lists the row as 需要确认 with its candidate; the rest are planned', async () => {
    const tpl = await seeded();
    const r = await importRoster(ctx, await fillTemplate(tpl, secondFile()), '补充.xlsx', { dryRun: true });
    expect(r).toMatchObject({ added: 1, updated: 0, undecided: 1, skipped: 0, committed: false });
    expect(r.decisions).toHaveLength(1);
    const first = allRoster(ctx).find((i) => i.name === '宿迁市第一人民医院')!;
    expect(r.decisions[0]).toMatchObject({
      row: 3, name: '市一院', uscc: usccFor(9), districtCode: '321302', districtName: '宿城区', decision: null,
      candidates: [{ id: first.id, name: '宿迁市第一人民医院', matchedBy: '简称', uscc: usccFor(1), districtName: '宿城区' }],
    });
    expect(r.decisions[0].reason).toMatch(/统一社会信用代码不同/);
    expect(r.preview.map((p) => [p.row, p.action, p.licenceNo])).toEqual([[3, 'decide', null], [4, 'add', LIC]]);
    expect(r.issues).toEqual([expect.objectContaining({ rule: 'roster.needs-decision', severity: '警告', row: 3, sheet: '机构名册' })]);
  });

  it('commit without a decision is refused naming the row, and writes nothing', async () => {
    const tpl = await seeded();
    const before = contentChecksum(ctx);
    const e = await rejected(importRoster(ctx, await fillTemplate(tpl, secondFile()), '补充.xlsx', { dryRun: false }));
    expect(e.message).toMatch(/有 1 行需要确认（第3行/);
    expect(e.details?.[0]).toMatchObject({ row: 3, severity: '错误', rule: 'roster.needs-decision' });
    expect(contentChecksum(ctx)).toBe(before);
  });

  it('merge keeps the stored 全称 and takes the file code; audited with the decision', async () => {
    const tpl = await seeded();
    const first = allRoster(ctx).find((i) => i.name === '宿迁市第一人民医院')!;
    const r = await importRoster(ctx, await fillTemplate(tpl, secondFile()), '补充.xlsx', { dryRun: false, decisions: [{ row: 3, action: 'merge', targetId: first.id }] });
    expect(r).toMatchObject({ committed: true, added: 1, updated: 1, undecided: 0 });
    expect(r.issues.map((i) => i.rule)).toContain('roster.merge-code');
    const after = allRoster(ctx).find((i) => i.id === first.id)!;
    expect(after).toMatchObject({ name: '宿迁市第一人民医院', uscc: usccFor(9), aliases: ['市一院', '宿迁一院'], contactPerson: '张三' });
    expect(allRoster(ctx).find((i) => i.name === '宿城区康宁诊所')).toMatchObject({ uscc: null, licenceNo: LIC, ownership: '社会办', category: '诊所' });
    const audit = ctx.db.prepare("SELECT detail_json FROM audit_log WHERE action = 'roster.import' ORDER BY id DESC LIMIT 1").get() as { detail_json: string };
    expect(JSON.parse(audit.detail_json).changes).toContainEqual(expect.objectContaining({ row: 3, action: 'update', decision: { row: 3, action: 'merge', targetId: first.id } }));
  });

  it('add creates a second institution; skip leaves the row out', async () => {
    const tpl = await seeded();
    const file = await fillTemplate(tpl, secondFile());
    const added = await importRoster(ctx, file, '补充.xlsx', { dryRun: true, decisions: [{ row: 3, action: 'add' }] });
    expect(added).toMatchObject({ added: 2, undecided: 0 });
    expect(added.decisions[0].decision).toEqual({ row: 3, action: 'add' });
    const skipped = await importRoster(ctx, file, '补充.xlsx', { dryRun: false, decisions: [{ row: 3, action: 'skip' }] });
    expect(skipped).toMatchObject({ committed: true, added: 1, skipped: 1 });
    expect(allRoster(ctx).map((i) => i.name)).not.toContain('市一院');
    expect(allRoster(ctx)).toHaveLength(6);
  });

  it('hard errors still refuse the whole file, decisions or not; decisions for non-rows are errors', async () => {
    const tpl = await seeded();
    const before = contentChecksum(ctx);
    const rows = [...secondFile(), { name: '某医院', uscc: badCheck(usccFor(12)), district: '宿城区', category: '综合医院', ownership: '公立' }];
    const e = await rejected(importRoster(ctx, await fillTemplate(tpl, rows), '补充.xlsx', { dryRun: false, decisions: [{ row: 3, action: 'add' }] }));
    expect(e.details?.some((i) => i.row === 5 && i.severity === '错误' && /校验位/.test(i.message))).toBe(true);
    const e2 = await rejected(importRoster(ctx, await fillTemplate(tpl, secondFile()), '补充.xlsx', { dryRun: true, decisions: [{ row: 3, action: 'add' }, { row: 40, action: 'skip' }, { row: 3, action: 'skip' }] }));
    expect(e2.details?.filter((i) => i.rule === 'roster.decision').map((i) => i.message)).toEqual([
      '第3行有两个处理选择，请只保留一个', '第40行不是名册中的机构行，不能为它选择处理方式，请核对行号',
    ]);
    expect(contentChecksum(ctx)).toBe(before);
  });
});

describe('clinics without a USCC (个体诊所), keyed by licence number', () => {
  it('roster import, form, template _meta and the return import all work by licence', async () => {
    ctx = tempContext();
    withCampaign(ctx);
    const tpl = await rosterTemplate(ctx);
    const r = await importRoster(ctx, await fillTemplate(tpl, [
      { name: '宿城区康宁诊所', licenceNo: LIC.toLowerCase(), district: '宿城区', category: '诊所', ownership: '个体' },
    ]), '诊所.xlsx', { dryRun: false });
    expect(r).toMatchObject({ added: 1, committed: true });
    // Re-import with the licence only: matched, unchanged (not a decision, not a duplicate).
    const again = await importRoster(ctx, await fillTemplate(tpl, [
      { name: '宿城区康宁诊所', licenceNo: LIC, district: '宿城区', category: '诊所', ownership: '个体' },
    ]), '诊所.xlsx', { dryRun: true });
    expect(again).toMatchObject({ unchanged: 1, added: 0, undecided: 0 });

    const viaForm = saveInstitution(ctx, undefined, { name: '宿城区仁心诊所', licenceNo: LIC2, uscc: '', districtCode: '宿城区', category: '诊所', ownership: '社会办' });
    expect(viaForm).toMatchObject({ uscc: null, licenceNo: LIC2 });
    expect(() => saveInstitution(ctx, undefined, { name: '重复', licenceNo: LIC, districtCode: '宿城区', category: '诊所', ownership: '社会办' })).toThrow(/登记号.*已属于名册中的“宿城区康宁诊所”/);

    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-clinic-'));
    const batch = await generateTemplates(ctx, { period: '2023-06-H1', outDir: dir, institution: LIC2 });
    expect(batch.files).toHaveLength(1);
    expect(batch.files[0]).toMatchObject({ name: '宿城区仁心诊所', uscc: null, licenceNo: LIC2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(batch.files[0].path!) as never);
    const meta = new Map<string, unknown>();
    wb.getWorksheet('_meta')!.eachRow((row) => meta.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(meta.get('licence_no')).toBe(LIC2);
    expect(meta.get('uscc') ?? null).toBeNull();

    const ws = wb.getWorksheet('进展数据')!;
    ws.eachRow((row, n) => { if (row.getCell(1).value === 'C2') ws.getCell(n, 4).value = 3; });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const report = await importFiles(ctx, [{ name: '仁心诊所-上半月.xlsx', bytes }], [], { dryRun: false, received: '2023-06-16' });
    expect(report.files[0]).toMatchObject({ status: 'accepted', institution: '宿城区仁心诊所', identifiedBy: '元数据', period: '2023-06-H1' });
  });
});
