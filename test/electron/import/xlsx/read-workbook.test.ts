import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRange } from '../../../../shared/import/cell-ref';
import { readWorkbook } from '../../../../electron/import/xlsx/read-workbook';
import type { Sheet, Workbook } from '../../../../electron/import/xlsx/types';
import { exceljsBytes, exceljsLoad, oracleCell } from './fixtures';

/** Every non-empty exceljs cell equals ours, and we have no extra cells. */
function expectSameAsOracle(ours: Workbook, oracle: ExcelJS.Workbook): void {
  for (const ows of oracle.worksheets) {
    const sheet = ours.sheet(ows.name);
    expect(sheet, ows.name).toBeDefined();
    const s = sheet as Sheet;
    expect(s.state).toBe(ows.state);
    let count = 0;
    ows.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const want = oracleCell(cell);
        if (!want) return;
        if (cell.type === ExcelJS.ValueType.Merge) {
          // exceljs shows a merged area's value in every covered cell; the file stores it once.
          expect(s.get(Number(cell.row), Number(cell.col))).toBeUndefined();
          expect(s.getMerged(Number(cell.row), Number(cell.col))?.value).toEqual(want.value);
          return;
        }
        count++;
        const got = s.get(Number(cell.row), Number(cell.col));
        expect(got, `${ows.name}!${cell.address}`).toBeDefined();
        if (typeof want.value === 'number') expect(got?.value).toBeCloseTo(want.value, 9);
        else expect(got?.value, `${ows.name}!${cell.address}`).toEqual(want.value);
        expect(got?.formula, `${ows.name}!${cell.address} formula`).toEqual(want.formula);
        if (want.formula !== undefined) expect(got?.hasCachedValue).toBe(want.value !== null);
      });
    });
    let ourCount = 0;
    for (const r of s.rows()) ourCount += r.cells.length;
    expect(ourCount, `${ows.name} cell count`).toBe(count);
    const merges = (ows.model as unknown as { merges: string[] }).merges ?? [];
    expect(s.merges.map(formatRange).sort()).toEqual([...merges].sort());
  }
}

async function mixedWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('问题台账');
  ws.addRow(['序号', '机构名称', '发现问题数', '发现日期', '是否整改', '备注']);
  ws.addRow([1, '南京市第一医院', 3, new Date(Date.UTC(2023, 5, 5)), true, '  前后有空格  ']);
  ws.addRow([2, '鼓楼区<社区>卫生服务中心 & "分中心"', -2.5, new Date(Date.UTC(2023, 0, 31)), false, '第一行\n第二行']);
  ws.addRow([3, '😀 emoji 与 ÜTF', 1e-10, 123456789012, 0, '']);
  ws.getCell('G2').value = { formula: 'C2*2', result: 6 };
  ws.getCell('G3').value = { formula: 'C3&"个"', result: '-2.5个' };
  ws.getCell('G4').value = { formula: 'C4>0', result: true };
  ws.getCell('H2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('H3').value = { formula: 'SUM(C2:C4)' }; // exceljs writes no cached value
  ws.getCell('I2').value = { formula: 'C2+1', result: 4, shareType: 'shared', ref: 'I2:I4' } as ExcelJS.CellFormulaValue;
  ws.getCell('I3').value = { sharedFormula: 'I2', result: -1.5 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('I4').value = { sharedFormula: 'I2', result: 1 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('J2').value = { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] };
  ws.getCell('J3').value = { text: '链接', hyperlink: 'https://example.org' };
  ws.getCell('J4').value = { error: '#N/A' };
  ws.getCell('K2').value = new Date(Date.UTC(2023, 5, 5));
  ws.getCell('K2').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('K3').value = 0.25;
  ws.getCell('K3').numFmt = '0.00%';
  ws.mergeCells('A6:C6');
  ws.getCell('A6').value = '合计';
  ws.mergeCells('D6:D7');
  ws.getCell('E2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"是,否"'] };
  ws.getCell('F2').dataValidation = { type: 'list', allowBlank: false, formulae: ['选项!$A$1:$A$3'] };
  ws.getCell('C2').dataValidation = { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0] };
  const opts = wb.addWorksheet('选项', { state: 'hidden' });
  ['已整改', '整改中', '未整改'].forEach((v, i) => (opts.getCell(i + 1, 1).value = v));
  const meta = wb.addWorksheet('_meta', { state: 'veryHidden' });
  meta.getCell('A1').value = 'campaign';
  meta.getCell('B1').value = 'provincial-2023-06';
  wb.addWorksheet('空表');
  return wb;
}

describe('readWorkbook against the exceljs oracle', () => {
  it('reads a mixed workbook exactly as exceljs does', async () => {
    const bytes = await exceljsBytes(await mixedWorkbook());
    const ours = readWorkbook(bytes);
    expectSameAsOracle(ours, await exceljsLoad(bytes));
    expect(ours.sheetInfos.map((s) => [s.name, s.state])).toEqual([
      ['问题台账', 'visible'],
      ['选项', 'hidden'],
      ['_meta', 'veryHidden'],
      ['空表', 'visible'],
    ]);
    expect(ours.format).toBe('xlsx');
    expect(ours.hasMacros).toBe(false);
    expect(ours.hasExternalLinks).toBe(false);
  });

  it('types, number formats, dates and formulas', async () => {
    const s = readWorkbook(await exceljsBytes(await mixedWorkbook())).sheet('问题台账') as Sheet;
    expect(s.get(2, 2)).toMatchObject({ kind: 'string', value: '南京市第一医院', isDate: false });
    expect(s.get(2, 4)).toMatchObject({ kind: 'number', value: 45082, isDate: true });
    expect(s.get(2, 11)).toMatchObject({ value: 45082, isDate: true, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(s.get(3, 11)).toMatchObject({ value: 0.25, isDate: false, numFmt: '0.00%' });
    expect(s.get(2, 5)).toMatchObject({ kind: 'boolean', value: true });
    expect(s.get(4, 10)).toMatchObject({ kind: 'error', value: '#N/A' });
    expect(s.get(3, 8)).toMatchObject({ kind: 'blank', value: null, formula: 'SUM(C2:C4)', hasCachedValue: false });
    expect(s.get(2, 7)).toMatchObject({ kind: 'number', value: 6, formula: 'C2*2', hasCachedValue: true });
    expect(s.get(3, 9)).toMatchObject({ value: -1.5, formula: 'C3+1', hasCachedValue: true });
    expect(s.get(3, 6)?.value).toBe('第一行\n第二行');
    expect(s.rowCount).toBe(6);
    expect(s.colCount).toBe(11);
  });

  it('merged ranges, getMerged and the text grid', async () => {
    const s = readWorkbook(await exceljsBytes(await mixedWorkbook())).sheet('问题台账') as Sheet;
    expect(s.merges.map(formatRange)).toEqual(['A6:C6', 'D6:D7']);
    expect(s.getMerged(6, 3)?.value).toBe('合计');
    expect(s.get(6, 3)).toBeUndefined();
    const grid = s.textGrid(2, 5);
    expect(grid).toEqual([
      ['序号', '机构名称', '发现问题数', '发现日期', '是否整改'],
      ['1', '南京市第一医院', '3', '2023-06-05', 'TRUE'],
    ]);
    expect([...s.rows()].map((r) => r.row)).toEqual([1, 2, 3, 4, 6]);
  });

  it('data validations with resolved list values', async () => {
    const s = readWorkbook(await exceljsBytes(await mixedWorkbook())).sheet('问题台账') as Sheet;
    const byRef = new Map(s.validations.map((v) => [v.sqref, v]));
    expect(byRef.get('E2')).toMatchObject({ type: 'list', list: ['是', '否'], allowBlank: true });
    expect(byRef.get('F2')).toMatchObject({ type: 'list', listSource: '选项!$A$1:$A$3', list: ['已整改', '整改中', '未整改'], allowBlank: false });
    expect(byRef.get('C2')).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formula1: '0' });
    expect(byRef.get('C2')?.ranges).toEqual([{ top: 2, left: 3, bottom: 2, right: 3 }]);
  });

  it('parses only the sheets the filter selects', async () => {
    const bytes = await exceljsBytes(await mixedWorkbook());
    const wb = readWorkbook(bytes, { sheets: (name, info) => info.state === 'veryHidden' || name === '选项' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['选项', '_meta']);
    expect(wb.sheetInfos).toHaveLength(4);
    expect(wb.sheet('_meta')?.get(1, 2)?.value).toBe('provincial-2023-06');
  });

  it('random grids read back equal to exceljs (property)', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '中', '文', '　', '&', '<', '"', "'", '\n', '😀', 'é'), maxLength: 12 });
    const value = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
      text.filter((s) => s.length > 0),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))),
      fc.constant(null),
    );
    const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('数据');
        rows.forEach((r, ri) => r.forEach((v, ci) => v !== null && (ws.getCell(ri + 1, ci + 1).value = v)));
        const bytes = await exceljsBytes(wb);
        expectSameAsOracle(readWorkbook(bytes), await exceljsLoad(bytes));
      }),
      { numRuns: 40 },
    );
  });
});
