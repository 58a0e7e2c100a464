/** Fills a generated one-table template (检查记录表, 举报线索登记表) by header text, as a clerk would. */
import ExcelJS from 'exceljs';

export type RecordRow = Record<string, string | number | Date | null>;

/** Writes rows under the header row (found by its texts, `*` markers ignored). */
export async function fillRecordTemplate(template: Uint8Array, sheetName: string, rows: RecordRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as never);
  const ws = wb.getWorksheet(sheetName)!;
  let headerRow = 0;
  const cols = new Map<string, number>();
  for (let r = 1; r <= 10 && !headerRow; r++) {
    ws.getRow(r).eachCell((cell, c) => {
      const t = String(cell.value ?? '').replace(/^\*/, '');
      if (t) cols.set(t, c);
    });
    if (cols.size >= 5) headerRow = r;
    else cols.clear();
  }
  if (!headerRow) throw new Error('header not found');
  rows.forEach((row, i) => {
    for (const [header, value] of Object.entries(row)) {
      const c = cols.get(header);
      if (!c) throw new Error(`no column ${header}`);
      ws.getCell(headerRow + 1 + i, c).value = value;
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook made by hand: one sheet, a title row, the header, the rows (no template, no _meta). */
export async function handMadeBook(sheetName: string, headers: string[], rows: (string | number | Date | null)[][], title = '登记表'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([title]);
  ws.addRow([]);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
