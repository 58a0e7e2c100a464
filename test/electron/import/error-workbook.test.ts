import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { markUpWorkbook } from '../../../electron/import/error-workbook';
import { buildReturn } from '../../helpers/returns';

describe('error workbook', () => {
  it('marks up the user\'s own file: highlighted, commented cells and a list sheet; content kept', async () => {
    const own = await buildReturn({ meta: null, focusNames: ['医托'], general: { C1: '很多' }, title: '我们医院自己的标题' });
    const out = await markUpWorkbook(own, [
      { rule: 'cell.number', severity: '错误', sheet: '进展数据', cell: 'D4', message: '进展数据!D4：“出动检查（督查）人员”应为数字' },
      { rule: 'x', severity: '警告', sheet: '进展数据', cell: 'D3', message: '提示' },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as never);
    const ws = wb.getWorksheet('进展数据')!;
    expect(ws.getCell('A1').value).toBe('我们医院自己的标题');
    expect(ws.getCell('D4').value).toBe('很多');
    expect(JSON.stringify(ws.getCell('D4').note)).toContain('应为数字');
    expect((ws.getCell('D4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    const list = wb.getWorksheet('错误说明')!;
    expect(list.getCell('D2').value).toContain('应为数字');
  });
});
