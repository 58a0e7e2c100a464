/** A small province-issued 汇总表 (as a province would build it in Excel) and a seeded campaign to fill it from. */
import ExcelJS from 'exceljs';
import type { AppContext } from '../../electron/services/app-context';
import type { Campaign } from '../../shared/domain/campaign';
import { tempContext, withCampaign } from './context';
import { insertSubmission, insertUnit } from './stats-seed';

/**
 * 汇总表: title A1:F1, headers rows 2–3 (开展检查（家次） over 本期/累计, 罚款金额（万元）, 按时报送率),
 * rows 宿城区 / 宿豫区 / 合计 (B6 is the province's own SUM formula), a styled input cell, a notes sheet.
 */
export async function provinceForm(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总表');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '医疗领域专项整治进展汇总表';
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A2').value = '地区';
  ws.mergeCells('B2:C2');
  ws.getCell('B2').value = '开展检查（家次）';
  ws.getCell('D2').value = '罚款金额（万元）';
  ws.getCell('E2').value = '按时报送率';
  ws.getCell('B3').value = '本期';
  ws.getCell('C3').value = '累计';
  ws.getCell('D3').value = '累计';
  ws.getCell('E3').value = '累计';
  ['宿城区', '宿豫区', '合计'].forEach((t, i) => { ws.getCell(4 + i, 1).value = t; });
  ws.getCell('B6').value = { formula: 'SUM(B4:B5)', result: 0 };
  ws.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  for (let r = 4; r <= 6; r++) ws.getCell(r, 5).numFmt = '0.0%';
  ws.getCell('A8').value = '填表说明：数据截至报告期末。';
  const notes = wb.addWorksheet('填报说明');
  notes.getCell('A1').value = '请于每半月结束后2日内报送。';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** provincial-2023 with two districts: 宿城区 C2 F1 3 then 4, E4 F1 1500元; 宿豫区 C2 F1 2 and F2 1. */
export function seededCampaign(): { ctx: AppContext; c: Campaign } {
  const ctx = tempContext(new Date('2023-07-10T09:00:00+08:00'));
  const c = withCampaign(ctx);
  const a = insertUnit(ctx, { name: '甲医院', district: '321302', category: '综合医院', ownership: '公立' }, 1);
  const b = insertUnit(ctx, { name: '乙诊所', district: '321311', category: '诊所', ownership: '社会办' }, 2);
  insertSubmission(ctx, c.id, { period: '2023-06-H1', unit: a, received: '2023-06-16', values: [['C2', 'F1', 3], ['E4', 'F1', 150000]] });
  insertSubmission(ctx, c.id, { period: '2023-06-H1', unit: b, received: '2023-06-20', values: [['C2', 'F1', 2], ['C2', 'F2', 1]] });
  insertSubmission(ctx, c.id, { period: '2023-06-H2', unit: a, received: '2023-07-01', values: [['C2', 'F1', 4]] });
  return { ctx, c };
}
