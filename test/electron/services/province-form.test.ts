import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { FormCellMapping } from '../../../shared/domain/province-form';
import type { AppContext } from '../../../electron/services/app-context';
import { archiveCampaign } from '../../../electron/services/campaign-service';
import { fillProvinceForm, provinceFormView, saveProvinceFormMapping, storedMapping } from '../../../electron/services/province-form-service';
import { statsPivot, statsSummary } from '../../../electron/services/stats-service';
import { provinceForm, seededCampaign } from '../../helpers/province-form';

let ctx: AppContext;
afterEach(() => ctx?.db.close());

const M = (cell: string, indicator: string, measure: FormCellMapping['measure'], scope: string, extra: Partial<FormCellMapping> = {}): FormCellMapping =>
  ({ sheet: '汇总表', cell, indicator, focus: '', measure, scope, ...extra });

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

describe('province form: cells and suggestions', () => {
  it('lists fillable cells with their row and column labels; formulas, labels and merged headers are not offered', async () => {
    ({ ctx } = seededCampaign());
    const v = await provinceFormView(ctx, { bytes: await provinceForm(), fileName: '省汇总表.xlsx' });
    expect(v.sheets.map((s) => s.name)).toEqual(['汇总表', '填报说明']);
    const cells = v.sheets[0].cells;
    expect(cells.map((c) => c.cell)).toEqual(['B4', 'C4', 'D4', 'E4', 'B5', 'C5', 'D5', 'E5', 'C6', 'D6', 'E6']);
    expect(cells[0]).toMatchObject({ rowLabel: '宿城区', colLabel: '开展检查（家次） / 本期', value: null, percent: false, mapping: null });
    expect(cells.find((c) => c.cell === 'E6')).toMatchObject({ rowLabel: '合计', percent: true });
    expect(v.sheets[1].cells).toEqual([]);
    const s = (cell: string) => cells.find((c) => c.cell === cell)!.suggestion;
    expect(s('B4')).toEqual(M('B4', 'C2', 'period', '321302'));
    expect(s('C5')).toEqual(M('C5', 'C2', 'cumulative', '321311'));
    expect(s('D6')).toEqual(M('D6', 'E4', 'cumulative', 'total', { unit: '万元' }));
    expect(s('E6')).toEqual(M('E6', 'I2', 'cumulative', 'total'));
    expect(v.options.districts.map((d) => d.code)).toEqual(['321302', '321311']);
  });

  it('refuses a non-form file and a form without fillable cells', async () => {
    ({ ctx } = seededCampaign());
    await expect(provinceFormView(ctx, { bytes: Buffer.from('junk'), fileName: 'x.xlsx' })).rejects.toThrow(/“x\.xlsx”不是可读取的 \.xlsx 工作簿/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '只有文字';
    await expect(provinceFormView(ctx, { bytes: Buffer.from(await wb.xlsx.writeBuffer()), fileName: 'y.xlsx' })).rejects.toThrow(/没有找到可填写数字的表格单元格/);
    await expect(provinceFormView(ctx)).rejects.toThrow(/还没有保存省里下发的汇总表/);
  });
});

describe('province form: mapping and filling', () => {
  const mapping = [
    M('B4', 'C2', 'period', '321302'), M('C4', 'C2', 'cumulative', '321302'), M('C5', 'C2', 'cumulative', '321311', { focus: 'F2' }),
    M('C6', 'C2', 'cumulative', 'total'), M('D6', 'E4', 'cumulative', 'total', { unit: '万元' }), M('D4', 'E4', 'cumulative', '321302'),
    M('E6', 'I2', 'cumulative', 'total'), M('B5', 'C2', 'period', '321311'),
  ];

  it('saves the mapping with the form, then fills a copy with the figures the app shows; the rest of the workbook is untouched', async () => {
    ({ ctx } = seededCampaign());
    const form = await provinceForm();
    const saved = await saveProvinceFormMapping(ctx, { bytes: form, fileName: '省汇总表.xlsx' }, mapping.map((m) => ({ ...m, cell: m.cell.toLowerCase() })));
    expect(saved.cells.map((m) => m.cell)).toEqual(['B4', 'B5', 'C4', 'C5', 'C6', 'D4', 'D6', 'E6']);
    expect(storedMapping(ctx)).toEqual(saved);
    const view = await provinceFormView(ctx);
    expect(view).toMatchObject({ formName: '省汇总表.xlsx', sameAsStored: true, unplaced: [] });
    expect(view.sheets[0].cells.find((c) => c.cell === 'C5')?.mapping).toEqual(M('C5', 'C2', 'cumulative', '321311', { focus: 'F2' }));

    const r = await fillProvinceForm(ctx, { period: '2023-06-H2' });
    expect(r.fileName).toBe('省汇总表-2023年6月下半月-已填.xlsx');
    const summary = statsSummary(ctx, { period: '2023-06-H2' });
    const byDistrict = new Map(statsPivot(ctx, { period: '2023-06-H2', dims: ['district'] }).rows.map((x) => [x.keys[0].code, x.figures]));
    const wb = await load(r.bytes);
    const ws = wb.getWorksheet('汇总表')!;
    expect(ws.getCell('B4').value).toBe(byDistrict.get('321302')!.C2.period);
    expect(ws.getCell('B4').value).toBe(4);
    expect(ws.getCell('C4').value).toBe(7);
    expect(ws.getCell('C5').value).toBe(1);
    expect(ws.getCell('C6').value).toBe(summary.totals.C2.cumulative);
    expect(ws.getCell('D6').value).toBe(0.15);
    expect(ws.getCell('D4').value).toBe(1500); // no unit chosen: 元
    expect(ws.getCell('E6').value).toBeCloseTo(summary.totals.I2.cumulative! / 100, 10);
    // 宿豫区 did not report in H2: left as it was, and said so.
    expect(ws.getCell('B5').value).toBeNull();
    expect(r.report.blank).toEqual([{ sheet: '汇总表', cell: 'B5', reason: '未报或分母为0，无法计算，单元格保持原样' }]);
    expect(r.report.filled).toBe(7);
    // Untouched: the province's formula, title, merges, styles, notes and the other sheet.
    expect(ws.getCell('B6').value).toMatchObject({ formula: 'SUM(B4:B5)' });
    expect(ws.getCell('A1').value).toBe('医疗领域专项整治进展汇总表');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('C2').isMerged && ws.getCell('C2').master.address).toBe('B2');
    expect((ws.getCell('B4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFFF00');
    expect(ws.getCell('E6').numFmt).toBe('0.0%');
    expect(ws.getCell('A8').value).toBe('填表说明：数据截至报告期末。');
    expect(wb.getWorksheet('填报说明')!.getCell('A1').value).toBe('请于每半月结束后2日内报送。');
    // Excel/WPS recalculate the province's own totals on opening.
    expect(strFromU8(unzipSync(new Uint8Array(r.bytes))['xl/workbook.xml'])).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    const audit = ctx.db.prepare("SELECT detail_json FROM audit_log WHERE action = 'province-form.fill'").get() as { detail_json: string };
    expect(JSON.parse(audit.detail_json)).toMatchObject({ filled: 7, blank: 1 });
  });

  it('refuses a bad mapping naming each cell, and a changed form that no longer fits', async () => {
    ({ ctx } = seededCampaign());
    const form = { bytes: await provinceForm(), fileName: '省汇总表.xlsx' };
    const bad = [M('B6', 'C2', 'period', 'total'), M('A4', 'C2', 'period', 'total'), M('B4', 'ZZ', 'period', 'total'), M('C4', 'I1', 'period', 'total', { focus: 'F1' }),
      M('D4', 'C2', 'period', '110101'), M('D5', 'C2', 'period', 'total', { unit: '万元' }), M('E4', 'C2', 'period', 'total', { focus: 'F9' }), M('E5', 'C2', 'period', 'total'), M('e5', 'C1', 'period', 'total')];
    const e = await saveProvinceFormMapping(ctx, form, bad).then(() => null, (x: unknown) => x) as AppError;
    expect(e).toBeInstanceOf(AppError);
    expect(e.details?.map((i) => i.message)).toEqual([
      '汇总表!B4：未知的指标编号“ZZ”',
      '汇总表!C4：指标 I1 不分整治重点统计，请把“整治重点”设为“全部”',
      '汇总表!D4：范围“110101”不是本专项区域内的区县代码（或 total 表示全部）',
      '汇总表!D5：只有金额指标可以设置单位，C2 不是金额',
      '汇总表!E4：整治重点代码“F9”不属于本专项（F1、F2、F3、F4）',
      '汇总表!E5：同一单元格对应了两个指标，请只保留一个',
      '汇总表!A4：汇总表中该位置不能填数（工作表不存在、是公式或文字、位于合并单元格内，或不在表格中），请重新选择单元格',
      '汇总表!B6：汇总表中该位置不能填数（工作表不存在、是公式或文字、位于合并单元格内，或不在表格中），请重新选择单元格',
    ]);
    expect(storedMapping(ctx)).toBeNull();
    await expect(fillProvinceForm(ctx, { period: '2023-06-H1' })).rejects.toThrow(/还没有设置汇总表的单元格与指标的对应关系/);
    await saveProvinceFormMapping(ctx, form, mapping);
    const changed = new ExcelJS.Workbook();
    await changed.xlsx.load(form.bytes as never);
    changed.getWorksheet('汇总表')!.getCell('C4').value = { formula: 'B4*2', result: 0 };
    const upload = { bytes: Buffer.from(await changed.xlsx.writeBuffer()), fileName: '新汇总表.xlsx' };
    await expect(fillProvinceForm(ctx, { period: '2023-06-H1', upload })).rejects.toThrow(/与保存的对应关系不一致（1 处）/);
    expect((await provinceFormView(ctx, upload)).unplaced.map((m) => m.cell)).toEqual(['C4']);
  });

  it('an archived campaign can still fill, but not change its mapping', async () => {
    let c;
    ({ ctx, c } = seededCampaign());
    const form = { bytes: await provinceForm(), fileName: '省汇总表.xlsx' };
    await saveProvinceFormMapping(ctx, form, mapping);
    archiveCampaign(ctx, c.code, '结束');
    await expect(saveProvinceFormMapping(ctx, null, mapping)).rejects.toThrow(/已归档，只读，不能保存汇总表对应关系/);
    expect((await fillProvinceForm(ctx, { period: '2023-06-H1' })).report.filled).toBeGreaterThan(0);
  });
});
