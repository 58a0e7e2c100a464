/** Sniffing and routing: what each kind of file becomes, and the Chinese refusals. */
import ExcelJS from 'exceljs';
import { CFB, utils, write } from '@e965/xlsx';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { readSpreadsheet } from '../../../../electron/import/xlsx/read-spreadsheet';
import { readLegacyXls } from '../../../../electron/import/xlsx/legacy-xls';
import { readWorkbook } from '../../../../electron/import/xlsx/read-workbook';
import type { Sheet, Workbook } from '../../../../electron/import/xlsx/types';
import { exceljsBytes, sheetXlsx } from './fixtures';

function refusal(bytes: Uint8Array, name: string): AppError {
  try {
    readSpreadsheet(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('validation');
    expect((e as AppError).message.startsWith(`${name}：`)).toBe(true);
    expect((e as AppError).details?.[0]?.file).toBe(name);
    return e as AppError;
  }
  throw new Error(`expected ${name} to be refused`);
}

function cfb(streams: Record<string, number>): Uint8Array {
  const c = CFB.utils.cfb_new();
  for (const [name, size] of Object.entries(streams)) CFB.utils.cfb_add(c, name, new Uint8Array(size));
  return new Uint8Array(CFB.write(c, { type: 'array' }));
}

/** A workbook written by SheetJS in the given format. */
function sheetjsBook(bookType: 'xls' | 'xlsx' | 'xlsb' | 'xlml'): Uint8Array {
  const wb = utils.book_new();
  const ws = utils.aoa_to_sheet([
    ['机构名称', '问题数', '发现日期', '已整改', '说明'],
    ['南京市第一医院', 3, { t: 'n', v: 45082, z: 'yyyy-mm-dd' }, true, '多行\n文本'],
    ['鼓楼区社区卫生服务中心', 0.5, { t: 'n', v: 45097, z: 'yyyy"年"m"月"d"日"' }, false, { t: 'e', v: 0x2a }],
  ]);
  ws['!merges'] = [{ s: { r: 4, c: 0 }, e: { r: 4, c: 2 } }];
  utils.book_append_sheet(wb, ws, '问题台账');
  utils.book_append_sheet(wb, utils.aoa_to_sheet([['campaign', 'provincial-2023-06']]), '_meta');
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 2 }] };
  return new Uint8Array(write(wb, { type: 'array', bookType }));
}

const cellsOf = (s: Sheet) => [...s.rows()].flatMap((r) => r.cells.map((c) => [c.row, c.col, c.kind, c.value, c.isDate]));

describe('readSpreadsheet routing', () => {
  it('.xlsx goes to the streaming reader', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('B2').value = 7;
    const got = readSpreadsheet(await exceljsBytes(wb), '鼓楼区-6月上.xlsx');
    expect(got.format).toBe('xlsx');
    expect(got.sheets[0].get(2, 2)?.value).toBe(7);
  });

  it('an .xls written by @e965/xlsx reads the same as the .xlsx of the same data', () => {
    const xls = readSpreadsheet(sheetjsBook('xls'), '台账.xls');
    const xlsx = readWorkbook(sheetjsBook('xlsx'));
    expect(xls.format).toBe('xls');
    expect(xls.sheetInfos.map((s) => [s.name, s.state])).toEqual([
      ['问题台账', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
    const [a, b] = [xls.sheets[0], xlsx.sheets[0]];
    expect(cellsOf(a)).toEqual(cellsOf(b));
    expect(a.get(2, 3)).toMatchObject({ value: 45082, isDate: true });
    expect(a.get(3, 3)).toMatchObject({ value: 45097, isDate: true });
    expect(a.get(3, 5)).toMatchObject({ kind: 'error', value: '#N/A' });
    expect(a.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 3 }]);
    expect(xls.sheet('_meta')?.get(1, 2)?.value).toBe('provincial-2023-06');
  });

  it('renamed files are routed by content, not by name', () => {
    expect(readSpreadsheet(sheetjsBook('xls'), '其实是xls.xlsx').format).toBe('xls');
    expect(readSpreadsheet(sheetXlsx('<sheetData/>'), '其实是xlsx.xls').format).toBe('xlsx');
  });

  it('.xlsb, SpreadsheetML 2003 and HTML tables named .xls go to the legacy reader', () => {
    const xlsb = readSpreadsheet(sheetjsBook('xlsb'), 'a.xlsb');
    expect(xlsb.format).toBe('xlsb');
    expect(xlsb.sheets[0].get(2, 1)?.value).toBe('南京市第一医院');
    const xml = readSpreadsheet(sheetjsBook('xlml'), '导出.xls');
    expect(xml.sheets[0].get(2, 2)?.value).toBe(3);
    const html = readSpreadsheet(strToU8('<html><body><table><tr><td>机构名称</td><td>问题数</td></tr><tr><td>A医院</td><td>3</td></tr></table></body></html>'), '系统导出.xls');
    expect(html.format).toBe('html');
    expect(html.sheets[0].get(2, 2)).toMatchObject({ kind: 'number', value: 3 });
  });

  it('legacy limits are enforced like the xlsx ones', () => {
    expect(() => readLegacyXls(sheetjsBook('xls'), { maxRows: 2 })).toThrow(/第 3 行（A3）有内容，超过 2 行的上限/);
    expect(() => readLegacyXls(sheetjsBook('xls'), { maxCols: 4 })).toThrow(/E1 有内容/);
    const only = readLegacyXls(sheetjsBook('xls'), { sheets: (n) => n === '_meta' });
    expect(only.sheets.map((s) => s.name)).toEqual(['_meta']);
  });
});

describe('readSpreadsheet refusals', () => {
  it('encrypted xlsx (a CFB with EncryptionInfo) is refused with how to remove the password', () => {
    const e = refusal(cfb({ EncryptionInfo: 300, EncryptedPackage: 9000 }), '加密.xlsx');
    expect(e.message).toMatch(/设置了打开密码（已加密）.*取消密码/);
  });

  it('CFB files that are not workbooks, and a bare CFB header', () => {
    expect(refusal(cfb({ WordDocument: 5000 }), '通知.doc').message).toMatch(/Word 文档（\.doc）/);
    expect(refusal(cfb({ Foo: 100 }), 'x.xls').message).toMatch(/无法识别的旧版 Office\/WPS 文件/);
    const header = new Uint8Array(512);
    header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(refusal(header, 'x.xls').message).toMatch(/已损坏或不完整/);
    expect(refusal(header.subarray(0, 100), 'y.xls').message).toMatch(/已损坏或不完整/);
  });

  it('WPS .et, archives, PDF, CSV, Word and ODS each get their own advice', () => {
    expect(refusal(cfb({ Workbook: 5000 }), '报表.et').message).toMatch(/WPS 表格专用格式（\.et）.*另存为/);
    expect(refusal(strToU8('Rar!\x1a\x07\x01\x00xxxxxxxx'), '材料.rar').message).toMatch(/RAR 压缩包.*请解压后导入/);
    expect(refusal(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2]), '材料.7z').message).toMatch(/7z 压缩包.*请解压后导入/);
    expect(refusal(strToU8('%PDF-1.7\n...'), '通报.pdf').message).toMatch(/PDF 文件/);
    expect(refusal(strToU8('机构名称,问题数\nA,1\n'), '数据.csv').message).toMatch(/文本文件.*另存为/);
    expect(refusal(strToU8('<html><table></table></html>'), '页面.htm').message).toMatch(/网页或 XML/);
    expect(refusal(zipSync({ 'word/document.xml': strToU8('<w/>'), '[Content_Types].xml': strToU8('<Types/>') }), '总结.docx').message).toMatch(/Word 文档（\.docx）/);
    expect(refusal(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<x/>') }), 'a.ods').message).toMatch(/OpenDocument/);
    expect(refusal(zipSync({ 'a/b.xlsx': strToU8('x') }), '打包.zip').message).toMatch(/压缩包（\.zip）.*请解压后导入/);
    expect(refusal(new Uint8Array(0), '空.xlsx').message).toMatch(/文件是空的/);
  });

  it('random bytes and mutated workbooks never escape as anything but a validation refusal', async () => {
    const good = sheetXlsx('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A3:B3"/></mergeCells>');
    const xls = sheetjsBook('xls');
    const outcome = (bytes: Uint8Array, name: string): Workbook | AppError => {
      try {
        return readSpreadsheet(bytes, name);
      } catch (e) {
        if (e instanceof AppError && e.code === 'validation') return e;
        throw e;
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.xlsx', 'a.xls', 'a.et'), (bytes, name) => {
        outcome(bytes, name);
      }),
      { numRuns: 300 },
    );
    const mutate = (base: Uint8Array) =>
      fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
        const copy = base.slice();
        for (const [at, v] of edits) copy[at] = v;
        return copy;
      });
    fc.assert(fc.property(mutate(good), (bytes) => void outcome(bytes, 'm.xlsx')), { numRuns: 300 });
    fc.assert(fc.property(fc.nat({ max: good.length }), (cut) => void outcome(good.subarray(0, cut), 't.xlsx')), { numRuns: 200 });
    fc.assert(fc.property(mutate(xls), (bytes) => void outcome(bytes, 'm.xls')), { numRuns: 100 });
  });
});
