/** Sheet XML that exceljs never writes but Excel, WPS and other generators do. */
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../electron/import/xlsx/read-workbook';
import type { Sheet } from '../../../../electron/import/xlsx/types';
import { buildXlsx, NS, sheetXlsx } from './fixtures';

const first = (bytes: Uint8Array): Sheet => readWorkbook(bytes).sheets[0];
const rows = (xml: string) => `<sheetData>${xml}</sheetData>`;

describe('sheet XML edge cases', () => {
  it('formula without a cached value vs with one, and an empty string result', () => {
    const s = first(
      sheetXlsx(
        rows(
          '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*2</f></c><c r="C1"><f>A1*3</f><v>6</v></c>' +
            '<c r="D1" t="str"><f>IF(A1&gt;5,"大","")</f><v></v></c><c r="E1"><f>A1</f><v></v></c></row>',
        ),
      ),
    );
    expect(s.get(1, 2)).toMatchObject({ kind: 'blank', value: null, formula: 'A1*2', hasCachedValue: false });
    expect(s.get(1, 3)).toMatchObject({ kind: 'number', value: 6, formula: 'A1*3', hasCachedValue: true });
    expect(s.get(1, 4)).toMatchObject({ kind: 'string', value: '', formula: 'IF(A1>5,"大","")', hasCachedValue: true });
    expect(s.get(1, 5)).toMatchObject({ kind: 'blank', hasCachedValue: false });
    expect(s.get(1, 1)?.formula).toBeUndefined();
  });

  it('inline strings with rich runs; phonetic runs are not text', () => {
    const s = first(
      sheetXlsx(
        rows(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c>' +
            '<c r="B1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本 </t></r><rPh sb="0" eb="1"><t>fu</t></rPh></is></c></row>',
        ),
      ),
    );
    expect(s.get(1, 1)).toMatchObject({ kind: 'string', value: '内联' });
    expect(s.get(1, 2)?.value).toBe('富 文本 ');
  });

  it('shared strings with runs, phonetics and _xHHHH_ escapes', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'S', body: rows('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>') }],
      extraFiles: {
        'xl/sharedStrings.xml': `<sst xmlns="${NS}"><si><r><t>整改</t></r><r><t>完成</t></r><rPh><t>zhenggai</t></rPh></si><si><t>第一行_x000D_\n第二行_x005F_x0041_</t></si></sst>`,
      },
    });
    const s = first(bytes);
    expect(s.get(1, 1)?.value).toBe('整改完成');
    expect(s.get(1, 2)?.value).toBe('第一行\r\n第二行_x0041_');
  });

  it('rows and cells without r attributes are placed sequentially', () => {
    const s = first(sheetXlsx(rows('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row>')));
    expect([s.get(1, 1)?.value, s.get(1, 2)?.value, s.get(2, 3)?.value, s.get(2, 4)?.value, s.get(5, 1)?.value]).toEqual([1, 2, 3, 4, 5]);
  });

  it('ISO date cells (t="d") become serials marked as dates; errors and booleans', () => {
    const s = first(sheetXlsx(rows('<row r="1"><c r="A1" t="d"><v>2023-06-05T00:00:00Z</v></c><c r="B1" t="e"><v>#REF!</v></c><c r="C1" t="b"><v>0</v></c></row>')));
    expect(s.get(1, 1)).toMatchObject({ kind: 'number', value: 45082, isDate: true });
    expect(s.get(1, 2)).toMatchObject({ kind: 'error', value: '#REF!' });
    expect(s.get(1, 3)).toMatchObject({ kind: 'boolean', value: false });
  });

  it('styled empty cells are not content', () => {
    const s = first(sheetXlsx(rows('<row r="1"><c r="A1" s="1"/><c r="B1" s="2"><v></v></c></row><row r="900" ht="20" customHeight="1"/>')));
    expect(s.rowCount).toBe(0);
    expect([...s.rows()]).toEqual([]);
  });

  it('built-in zh-CN and custom date formats; 1904 workbooks', () => {
    const body = rows('<row r="1"><c r="A1" s="1"><v>45082</v></c><c r="B1" s="2"><v>45082</v></c><c r="C1" s="3"><v>45082</v></c><c r="D1" s="0"><v>45082</v></c></row>');
    const s = first(sheetXlsx(body));
    expect(s.get(1, 1)).toMatchObject({ isDate: true, numFmt: 'mm-dd-yy' });
    expect(s.get(1, 2)).toMatchObject({ isDate: true, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(s.get(1, 3)).toMatchObject({ isDate: true, numFmt: 'yyyy"年"m"月"d"日"' });
    expect(s.get(1, 4)).toMatchObject({ isDate: false, numFmt: 'General' });
    const wb1904 = readWorkbook(sheetXlsx(body, { workbookPr: '<workbookPr date1904="1"/>' }));
    expect(wb1904.date1904).toBe(true);
    expect(wb1904.sheets[0].textGrid(1, 1)).toEqual([['2027-06-06']]);
  });

  it('shared formulas are translated for each follower', () => {
    const s = first(
      sheetXlsx(
        rows(
          '<row r="1"><c r="B1"><f t="shared" ref="B1:C3" si="0">A1*$A$1+SUM($A1:A$2)&amp;"B1"</f><v>1</v></c><c r="C1"><f t="shared" si="0"/><v>1</v></c></row>' +
            '<row r="3"><c r="C3"><f t="shared" si="0"/><v>1</v></c></row>',
        ),
      ),
    );
    expect(s.get(1, 2)?.formula).toBe('A1*$A$1+SUM($A1:A$2)&"B1"');
    expect(s.get(1, 3)?.formula).toBe('B1*$A$1+SUM($A1:B$2)&"B1"');
    expect(s.get(3, 3)?.formula).toBe('B3*$A$1+SUM($A3:B$2)&"B1"');
  });

  it('namespace-prefixed markup (<x:c>) reads the same', () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>`;
    const s = readWorkbook(buildXlsx({ sheets: [{ name: 'P', xml }] })).sheets[0];
    expect(s.get(1, 1)?.value).toBe('前缀');
    expect(s.get(1, 2)?.value).toBe(7);
    expect(s.merges).toEqual([{ top: 3, left: 1, bottom: 3, right: 2 }]);
  });

  it('x14 list validations pointing at another sheet and at a defined name', () => {
    const dv =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
      '<x14:formula1><xm:f>选项!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>F2:F100</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    const named = '<dataValidations count="1"><dataValidation type="list" sqref="G2:G100 H2"><formula1>状态</formula1></dataValidation></dataValidations>';
    const opts = rows('<row r="1"><c r="A1" t="inlineStr"><is><t>已整改</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>整改中</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>未整改</t></is></c></row>');
    const wb = readWorkbook(
      buildXlsx({
        sheets: [{ name: '台账', body: `<sheetData/>${named}${dv}` }, { name: '选项', body: opts, state: 'hidden' }],
        definedNames: '<definedName name="状态">选项!$A$1:$A$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">台账!$A$1:$H$20</definedName>',
      }),
    );
    const [named1, x14] = wb.sheets[0].validations;
    expect(x14).toMatchObject({ type: 'list', sqref: 'F2:F100', listSource: '选项!$A$1:$A$3', list: ['已整改', '整改中', '未整改'] });
    expect(named1).toMatchObject({ listSource: '状态', list: ['已整改', '整改中', '未整改'] });
    expect(named1.ranges).toEqual([{ top: 2, left: 7, bottom: 100, right: 7 }, { top: 2, left: 8, bottom: 2, right: 8 }]);
    expect(wb.definedNames).toEqual([
      { name: '状态', ref: '选项!$A$1:$A$3', hidden: false },
      { name: '_xlnm.Print_Area', ref: '台账!$A$1:$H$20', hidden: false, scopeSheet: '台账' },
    ]);
  });

  it('macros, external links and chart sheets are reported', () => {
    const wb = readWorkbook(
      buildXlsx({
        sheets: [{ name: 'S', body: rows('<row r="1"><c r="A1"><v>1</v></c></row>') }],
        extraFiles: { 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]), 'xl/externalLinks/externalLink1.xml': '<externalLink/>' },
        extraWorkbookRels: '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>',
      }),
    );
    expect(wb.format).toBe('xlsm');
    expect(wb.hasMacros).toBe(true);
    expect(wb.hasExternalLinks).toBe(true);
  });

  it('a skipped sheet is not even parsed', () => {
    const wb = readWorkbook(buildXlsx({ sheets: [{ name: 'A', body: rows('') }, { name: 'B', xml: '<<<not xml' }] }), { sheets: (n) => n === 'A' });
    expect(wb.sheets.map((s) => s.name)).toEqual(['A']);
    expect(() => readWorkbook(buildXlsx({ sheets: [{ name: 'A', body: rows('') }, { name: 'B', xml: '<<<not xml' }] }))).toThrow(/损坏/);
  });

  it('stored (uncompressed) packages read too', () => {
    const s = first(sheetXlsx(rows('<row r="2"><c r="B2"><v>3.5</v></c></row>'), { level: 0 }));
    expect(s.get(2, 2)?.value).toBe(3.5);
  });
});
