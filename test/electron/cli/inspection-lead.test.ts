import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/types';
import { openContext } from '../../../electron/services/app-context';
import { addUnits, contentChecksum } from '../../helpers/context';
import { fillRecordTemplate } from '../../helpers/record-workbook';

interface Captured extends CliIo { out: string[]; err: string[]; docs: unknown[] }

function io(): Captured {
  const c: Captured = {
    json: false, out: [], err: [], docs: [],
    print: (t) => { c.out.push(t); },
    printJson: (v) => { c.docs.push(JSON.parse(JSON.stringify(v))); },
    warn: (t) => { c.err.push(t); },
  };
  return c;
}

let dir: string;
const data = () => path.join(dir, 'data');
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-insp-cli-'));
  process.env.RECTIFY_OPERATOR = '测试';
  expect((await cli('init', '--preset', 'provincial-2023')).code).toBe(0);
  const ctx = openContext({ dataDir: data(), mode: 'cli' });
  addUnits(ctx, [
    { name: '仁和诊所', district: '321302', ownership: '社会办', category: '诊所' },
    { name: '康宁诊所', district: '321302', ownership: '社会办', category: '诊所' },
    { name: '泗洪博爱医院', district: '321324', ownership: '社会办' },
  ]);
  ctx.db.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; io: Captured }> {
  const c = io();
  const code = await runCli(['--data-dir', data(), ...args], c);
  return { code, io: c };
}

async function template(cmd: string, sheet: string, rows: Record<string, string | number | null>[]): Promise<string> {
  const tpl = path.join(dir, `${cmd}-tpl.xlsx`);
  expect((await cli(cmd, 'template', '--out', tpl)).code).toBe(0);
  const file = path.join(dir, `${cmd}-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, await fillRecordTemplate(fs.readFileSync(tpl), sheet, rows));
  return file;
}

describe('rectify inspection / lead / cases', () => {
  it('imports an inspection log, lists it by period and reports 社会办 coverage as JSON', async () => {
    const file = await template('inspection', '检查记录', [
      { 检查日期: '2023-06-05', 被检查机构: '仁和诊所', 检查主体: '宿城区卫生监督所', 检查形式: '四不两直', 发现问题: '未公示价格', 是否典型案例: '是', 是否曝光: '是', 公开描述: '某诊所未公示价格被责令改正' },
      { 检查日期: '2023-06-20', 被检查机构: '泗洪博爱医院', 检查主体: '泗洪县卫生健康局', 检查形式: '常规检查', 发现问题: '无' },
    ]);
    const imp = await cli('inspection', 'import', file);
    expect(imp.code).toBe(0);
    expect(imp.io.out.join('\n')).toMatch(/已导入检查记录：新增 2 条、更新 0 条、未变化 0 条.*问题台账新增 1 条/);
    const list = await cli('--json', 'inspection', 'list', '--period', '2023-06-H1');
    expect(list.code).toBe(0);
    expect(list.io.docs).toHaveLength(1);
    expect(list.io.docs[0]).toEqual([expect.objectContaining({
      date: '2023-06-05', institution: '仁和诊所', form: '四不两直', bodyKind: '卫生监督所',
      findings: [{ text: '未公示价格', ledgerNo: '检查-20230605-01', issueStatus: '待整改' }], isTypical: true, isExposed: true,
    })]);
    expect(JSON.stringify(list.io.docs[0])).not.toMatch(/"id"|institutionId|created/);
    const again = await cli('--json', 'inspection', 'list', '--period', '2023-06-H1');
    expect(again.io.docs).toEqual(list.io.docs);
    const cov = await cli('--json', 'inspection', 'coverage', '--period', '2023-06-H2');
    expect(cov.io.docs[0]).toMatchObject({
      cityWide: { inspected: 2, total: 3, rateText: '66.7%', pass: true },
      byDistrict: [
        { districtCode: '321302', inspected: 1, total: 2, rateText: '50.0%', pass: true },
        { districtCode: '321324', inspected: 1, total: 1, rateText: '100.0%', pass: true },
      ],
      notInspected: [expect.objectContaining({ name: '康宁诊所', districtName: '宿城区' })],
    });
    const cases = await cli('--json', 'cases', 'export', '--out', path.join(dir, '典型案例.xlsx'));
    expect(cases.code).toBe(0);
    expect(cases.io.docs[0]).toMatchObject({ count: 1, cases: [{ kind: 'inspection', institution: '仁和诊所', isExposed: true, publicText: '某诊所未公示价格被责令改正' }] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '典型案例.xlsx'));
    expect(wb.getWorksheet('典型案例')!.getCell('L3').value).toBe('某诊所未公示价格被责令改正');
  });

  it('exits 1 on a bad inspection file, naming the cells on stderr, and writes nothing', async () => {
    const file = await template('inspection', '检查记录', [
      { 检查日期: '2023-06-05', 被检查机构: '仁和诊所', 检查主体: '宿城区卫生监督所', 检查形式: '常规检查' },
      { 检查日期: '2023-06-31', 被检查机构: '不存在医院', 检查主体: '宿城区卫生监督所', 检查形式: '常规检查' },
    ]);
    const ctx = openContext({ dataDir: data(), mode: 'cli' });
    const before = contentChecksum(ctx);
    ctx.db.close();
    const r = await cli('inspection', 'import', file);
    expect(r.code).toBe(1);
    const err = r.io.err.join('\n');
    expect(err).toMatch(/未导入任何检查记录/);
    expect(err).toMatch(/检查记录!A5：“检查日期”不是有效日期/);
    expect(err).toMatch(/检查记录!B5：“不存在医院”不在机构名册中/);
    const json = await cli('--json', 'inspection', 'import', file);
    expect(json.code).toBe(1);
    expect(json.io.docs[0]).toMatchObject({ rejected: true, committed: false });
    const after = openContext({ dataDir: data(), mode: 'cli' });
    expect(contentChecksum(after)).toBe(before);
    after.db.close();
  });

  it('imports leads and lists them with overdue flags; stats by period', async () => {
    const file = await template('lead', '举报线索', [
      { 线索编号: 'GD-1', 受理日期: '2023-06-02', 来源渠道: '12345', 被举报对象: '仁和诊所', 举报内容: '乱收费', 承办单位: '宿城区卫生监督所', 办理时限: '2023-06-12', 办理状态: '已办结', 核查结论: '属实', 办结日期: '2023-06-10', 办理结果: '已责令退费' },
      { 线索编号: 'GD-2', 受理日期: '2023-06-03', 来源渠道: '12320', 被举报对象: '康宁诊所', 举报内容: '医托', 承办单位: '宿城区卫生监督所', 办理时限: '2023-06-13', 办理状态: '核查中' },
    ]);
    expect((await cli('lead', 'import', file)).code).toBe(0);
    const list = await cli('--json', 'lead', 'list');
    expect((list.io.docs[0] as { leadNo: string; overdue: boolean; ledgerNo: string | null }[]).map((l) => [l.leadNo, l.overdue, l.ledgerNo])).toEqual([
      ['GD-2', true, null], ['GD-1', false, '线索-GD-1'],
    ]);
    const overdue = await cli('lead', 'list', '--overdue');
    expect(overdue.io.out.join('\n')).toMatch(/GD-2.*【已逾期】/);
    const stats = await cli('--json', 'lead', 'stats', '--period', '2023-06-H1');
    expect(stats.io.docs[0]).toMatchObject({ asOf: '2023-06-15', cumulative: { received: 2, verified: 1, closed: 1, substantiated: 1 }, overdue: 1 });
    expect((await cli('lead', 'list', '--period', '2023-06-H1')).code).toBe(2);
  });
});
