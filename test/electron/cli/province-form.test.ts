import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliIn, tempDir, type CliRun } from '../../helpers/cli';
import { provinceForm, seededCampaign } from '../../helpers/province-form';
import type { ProvinceFormView } from '../../../shared/ipc/contract/province-form';

let dir: string;
let cli: (...args: string[]) => Promise<CliRun>;
let form: string;
beforeEach(async () => {
  dir = tempDir('rectify-pf-cli-');
  // Seed the data folder the CLI then opens.
  const { ctx } = seededCampaign();
  fs.cpSync(ctx.dataDir, path.join(dir, 'data'), { recursive: true });
  ctx.db.close();
  cli = cliIn(path.join(dir, 'data'));
  form = path.join(dir, '省汇总表.xlsx');
  fs.writeFileSync(form, await provinceForm());
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('rectify province-form', () => {
  it('map shows the cells with labels and suggestions; --accept-suggestions saves them; fill writes the copy', async () => {
    const shown = await cli('province-form', 'map', '--form', form);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/B4 +行：宿城区　列：开展检查（家次） \/ 本期　→ 建议：C2 开展检查（全部重点，本期，宿城区）/);
    expect(shown.out).toMatch(/D6 +行：合计　列：罚款金额（万元） \/ 累计　→ 建议：E4 罚款金额（全部重点，累计，全部，万元）/);
    const j = (await cli('--json', 'province-form', 'map', '--form', form)).doc as ProvinceFormView;
    expect(j.sheets[0].cells.filter((c) => c.suggestion).length).toBe(11);

    expect((await cli('province-form', 'fill', '--period', '2023-06-H2', '--out', path.join(dir, 'x.xlsx'))).code).toBe(1);
    const saved = await cli('province-form', 'map', '--form', form, '--accept-suggestions');
    expect(saved.code).toBe(0);
    expect(saved.out).toMatch(/已保存汇总表“省汇总表\.xlsx”的对应关系：11 个单元格/);
    const mapping = await cli('--json', 'province-form', 'mapping');
    expect((mapping.doc as { cells: unknown[] }).cells).toHaveLength(11);

    const original = fs.readFileSync(form);
    const out = path.join(dir, 'out', '已填.xlsx');
    const filled = await cli('province-form', 'fill', '--period', '2023-06-H2', '--out', out);
    expect(filled.code).toBe(0);
    expect(filled.out).toMatch(/已填写汇总表（2023年6月下半月）：\d+ 个单元格，\d+ 个无数据保持原样/);
    expect(filled.err).toMatch(/汇总表!B5.*未报或分母为0/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as never);
    expect(wb.getWorksheet('汇总表')!.getCell('C4').value).toBe(7);
    expect(wb.getWorksheet('汇总表')!.getCell('D6').value).toBe(0.15);
    // The province's file itself is never written.
    expect(fs.readFileSync(form).equals(original)).toBe(true);
  });

  it('--set saves an edited mapping file; bad mappings and usage are refused', async () => {
    const m = path.join(dir, 'm.json');
    fs.writeFileSync(m, JSON.stringify({ cells: [{ sheet: '汇总表', cell: 'C6', indicator: 'C2', focus: 'F1', measure: 'cumulative', scope: 'total' }] }));
    const ok = await cli('--json', 'province-form', 'map', '--form', form, '--set', m);
    expect(ok.code).toBe(0);
    expect(ok.doc).toMatchObject({ formName: '省汇总表.xlsx', cells: [{ cell: 'C6', focus: 'F1' }] });
    const out = path.join(dir, 'y.xlsx');
    const fill = await cli('--json', 'province-form', 'fill', '--period', '2023-06-H2', '--out', out);
    expect(fill.doc).toMatchObject({ filled: 1, cells: [{ cell: 'C6', value: 9 }], out });
    fs.writeFileSync(m, JSON.stringify([{ sheet: '汇总表', cell: 'A4', indicator: 'C2', focus: '', measure: 'period', scope: 'total' }]));
    const bad = await cli('province-form', 'map', '--form', form, '--set', m);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/汇总表!A4：汇总表中该位置不能填数/);
    fs.writeFileSync(m, JSON.stringify([{ cell: 'A4' }]));
    expect((await cli('province-form', 'map', '--set', m)).err).toMatch(/对应关系文件“m\.json”格式不对/);
    expect((await cli('province-form', 'fill', '--out', out)).code).toBe(2);
    expect((await cli('province-form', 'map', form)).code).toBe(2);
    expect((await cli('province-form', 'mapping', '--period', 'x')).code).toBe(2);
    expect((await cli('province-form', 'map', '--form', form, '--set', m, '--accept-suggestions')).code).toBe(2);
  });
});
