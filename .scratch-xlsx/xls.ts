import { utils, write } from '@e965/xlsx';
import { readSpreadsheet } from '../electron/import/xlsx/index';
const wb = utils.book_new();
const ws = utils.aoa_to_sheet([['机构名称', '问题数', '日期', '是否'], ['南京医院', 3, { t: 'n', v: 45082, z: 'yyyy-mm-dd' }, true], ['x', { t: 'n', v: 6, f: 'B2*2' }, { t: 'e', v: 0x2a }]]);
ws['!merges'] = [{ s: { r: 4, c: 0 }, e: { r: 4, c: 2 } }];
utils.book_append_sheet(wb, ws, '问题台账');
utils.book_append_sheet(wb, utils.aoa_to_sheet([['meta']]), 'meta');
wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 2 }] };
const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xls' }));
const r = readSpreadsheet(bytes, 'a.xls');
console.log(r.format, r.sheetInfos, r.hasMacros);
for (const s of r.sheets) { console.log(s.name, s.state, s.merges); for (const row of s.rows()) console.log(JSON.stringify(row)); }
const html = new TextEncoder().encode('<html><body><table><tr><td>机构名称</td><td>问题数</td></tr><tr><td>A医院</td><td>3</td></tr></table></body></html>');
const r2 = readSpreadsheet(html, 'export.xls');
console.log(r2.format); for (const row of r2.sheets[0].rows()) console.log(JSON.stringify(row));
for (const [bytes2, name] of [[new Uint8Array([1,2,3,4,5,6,7,8,9,10]), 'r.xlsx'], [bytes.subarray(0, 1000), 't.xls'], [new TextEncoder().encode('a,b\n1,2'), 'c.csv'], [new Uint8Array(0), 'e.xlsx']] as const) {
  try { readSpreadsheet(bytes2, name); console.log('NO ERROR'); } catch (e) { console.log((e as Error).message); }
}
