/**
 * The "error workbook" sent back to an institution: its OWN file, with every cell named in an
 * error or warning highlighted (red / yellow) and commented, plus a 错误说明 sheet listing them
 * all. Never a rebuilt file.
 */
import ExcelJS from 'exceljs';
import { AppError, type Issue } from '../../shared/errors';
import { safeCellValue } from '../../shared/security/spreadsheet-text';

const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';

export async function markUpWorkbook(bytes: Uint8Array, issues: Issue[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as never);
  } catch {
    throw new AppError('validation', '该文件不是可读取的 .xlsx 工作簿，无法生成标注文件（.xls 请先另存为 .xlsx）');
  }
  const list = wb.addWorksheet('错误说明', { properties: { tabColor: { argb: 'FFFF0000' } } });
  list.columns = [{ header: '级别', width: 8 }, { header: '工作表', width: 12 }, { header: '单元格', width: 10 }, { header: '问题及修改方法', width: 90 }];
  list.getRow(1).font = { bold: true };
  for (const i of issues) {
    list.addRow([i.severity, i.sheet ?? '', i.cell ?? (i.row ? `第${i.row}行` : ''), safeCellValue(i.message)]);
    if (!i.sheet || !i.cell) continue;
    const ws = wb.getWorksheet(i.sheet);
    if (!ws) continue;
    const cell = ws.getCell(i.cell);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: i.severity === '错误' ? RED : YELLOW } };
    const prev = typeof cell.note === 'string' ? `${cell.note}\n` : '';
    cell.note = `${prev}【${i.severity}】${i.message}`;
  }
  list.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  // Open on the explanation sheet so it is what the institution sees first.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: wb.worksheets.indexOf(list), visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
