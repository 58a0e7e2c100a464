/**
 * Exports the filtered ledger view to .xlsx (text cells guarded against formula injection).
 * Personal data in 问题描述/整改措施 is masked unless the caller passes includePersonal (and audits it).
 */
import ExcelJS from 'exceljs';
import type { Campaign } from '../../shared/domain/campaign';
import { fenToYuan } from '../../shared/domain/indicators';
import { safeCellValue } from '../../shared/security/spreadsheet-text';
import { maskText } from '../../shared/privacy/mask';
import { lookupRegionName } from './region-name';
import type { LedgerListRow } from '../db/repos/ledger-query-repo';

const COLUMNS: [string, number, (r: LedgerListRow, c: Campaign) => unknown][] = [
  ['台账编号', 16, (r) => r.ledger_no],
  ['区县', 10, (r) => lookupRegionName(r.district_code)],
  ['责任主体', 24, (r) => r.institution],
  ['统一社会信用代码', 20, (r) => r.uscc],
  ['整治重点', 12, (r, c) => c.focusAreas.find((f) => f.code === r.focus_code)?.name ?? r.focus_code],
  ['问题来源', 10, (r) => r.source],
  ['发现日期', 12, (r) => r.found_date],
  ['问题描述', 40, (r) => r.description],
  ['整改措施', 30, (r) => r.measures],
  ['整改时限', 12, (r) => r.deadline],
  ['整改状态', 12, (r) => r.status],
  ['完成日期', 12, (r) => r.completion_date],
  ['处理方式', 14, (r) => r.penalties],
  ['罚没金额（元）', 14, (r) => (r.fine_fen == null ? null : fenToYuan(r.fine_fen))],
  ['首次报告期', 12, (r) => r.first_period],
  ['最近报告期', 12, (r) => r.last_period],
  ['最近报送中缺失', 14, (r) => (r.missing_since ? `自 ${r.missing_since} 起未再报送` : '')],
];

// Columns holding free text that may name patients, whistleblowers or staff (privacy masking).
const PERSONAL_COLUMNS = new Set(['问题描述', '整改措施']);

export async function ledgerWorkbook(c: Campaign, rows: Iterable<LedgerListRow>, title: string, opts: { includePersonal?: boolean } = {}): Promise<Buffer> {
  const mask = !opts.includePersonal;
  if (mask) title = `${title}（个人信息已隐去）`;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('问题台账', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' } });
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.getCell(1, 1).value = safeCellValue(title);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(2).values = COLUMNS.map((col) => col[0]);
  ws.getRow(2).font = { bold: true };
  COLUMNS.forEach((col, i) => { ws.getColumn(i + 1).width = col[1]; });
  for (const r of rows) {
    ws.addRow(COLUMNS.map((col) => {
      const v = col[2](r, c) ?? null;
      return safeCellValue(mask && typeof v === 'string' && PERSONAL_COLUMNS.has(col[0]) ? maskText(v) : v);
    }));
  }
  ws.getColumn(14).numFmt = '#,##0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
