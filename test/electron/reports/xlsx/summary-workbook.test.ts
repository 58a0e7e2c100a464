import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../../../electron/documents/pdf-libreoffice';
import { summaryWorkbook } from '../../../../electron/reports/xlsx/summary-workbook';
import type { AppContext } from '../../../../electron/services/app-context';
import { tempContext } from '../../../helpers/context';
import { insertIssue, insertUnit, P2, seedStatsFixture } from '../../../helpers/stats-seed';

const soffice = findSoffice();
if (!soffice) console.warn('⚠ soffice 不存在：跳过汇总表的 LibreOffice 打开测试（请安装 Debian 软件包 libreoffice-calc）');

let ctx: AppContext;
let bytes: Buffer;
let wb: ExcelJS.Workbook;
let dir: string;

beforeAll(async () => {
  ctx = tempContext();
  const fx = seedStatsFixture(ctx);
  // Hostile texts: a unit name and an issue description that spreadsheets would run as formulas.
  insertUnit(ctx, { name: '=HYPERLINK("http://x","点我")', district: '321311', category: '诊所', ownership: '社会办' }, 9);
  insertIssue(ctx, fx.campaign.id, { unit: fx.units.U4, ledgerNo: 'I9', focus: 'F1', status: '待整改', deadline: '2023-06-28', first: P2, last: P2,
    description: '@SUM(1+1)*cmd|\' /C calc\'!A0', snapshots: [] });
  bytes = await summaryWorkbook(ctx, { period: P2 });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-xlsx-'));
}, 60_000);
afterAll(() => {
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sheet = (name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

/** Row whose first cell is `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string, col = 1): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === label) return ws.getRow(r);
  throw new Error(`no row ${label} in ${ws.name}`);
}

describe('汇总表 workbook', () => {
  it('has a sheet per table', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['区县×整治重点', '分区县汇总（本期+累计）', '机构明细', '问题台账', '报送汇总', '报送情况']);
  });

  it('main table: two-row merged header with units, numbers as numbers, totals row', () => {
    const ws = sheet('区县×整治重点');
    expect(String(ws.getCell('A1').value)).toContain('进展情况汇总表');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A3:A4', 'B3:E3', 'F3:I3', 'R3:Y3']));
    expect([ws.getCell('B3').value, ws.getCell('R3').value]).toEqual(['医托', '合计']);
    expect(ws.getCell('B4').value).toBe('发现问题（个）');
    expect(ws.getCell('D4').value).toBe('整改率（%）');
    expect(ws.getCell('Y4').value).toBe('罚没款合计（万元）');
    const total = rowOf(ws, '合计');
    // 合计 group: D1 6 (I1 I2 I4 I5 I6 and the new I9), D2 2, D3 2/6, D4 4 (I2 I4 I5 I9), D5 3 (I2 I4 I9,
    // deadlines before 06-30), C2 14, E1 2, E6 0.2 万元.
    const cells = [18, 19, 20, 21, 22, 23, 24, 25].map((c) => total.getCell(c).value as number);
    expect(cells.filter((_, i) => i !== 2)).toEqual([6, 2, 4, 3, 14, 2, 0.2]);
    expect(cells[2]).toBeCloseTo(1 / 3, 12);
    expect(total.getCell(20).numFmt).toBe('0.0%');
    expect(total.getCell(25).numFmt).toBe('#,##0.00');
    expect(total.getCell(18).font?.bold).toBe(true);
    // 宿豫区 医托: no issue rectified of one found (I9) → 0.0%; 乱收费: nothing found → "—".
    const sy = rowOf(ws, '宿豫区');
    expect([sy.getCell(2).value, sy.getCell(4).value, sy.getCell(8).value]).toEqual([1, 0, '—']);
  });

  it('freezes panes and prints A4 landscape, fitted to width, with title rows repeated', () => {
    const ws = sheet('区县×整治重点');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:4' });
    for (const w of wb.worksheets) expect(w.pageSetup.orientation, w.name).toBe('landscape');
  });

  it('district sheet pairs 本期 and 累计 under merged indicator captions', () => {
    const ws = sheet('分区县汇总（本期+累计）');
    expect([ws.getCell('B3').value, ws.getCell('B4').value, ws.getCell('C4').value]).toEqual(['已完成自查机构数（家）', '本期', '累计']);
    const total = rowOf(ws, '合计');
    expect([total.getCell(2).value, total.getCell(3).value, total.getCell(4).value, total.getCell(5).value]).toEqual([3, 5, 6, 16]);
  });

  it('lists units with money in 元 and the ledger with its current state', () => {
    const units = sheet('机构明细');
    const jia = rowOf(units, '甲医院', 3);
    expect(jia.getCell(18).value).toBe(1500);
    expect(jia.getCell(10).value).toBe(9);
    const ledger = sheet('问题台账');
    // By district code, institution name (code point order: 丙 乙 甲) and number.
    expect([4, 5, 6, 7].map((r) => ledger.getCell(r, 2).value)).toEqual(['I3', 'I6', 'I1', 'I2']);
    expect(rowOf(ledger, 'I1', 2).getCell(13).value).toBe('已销号');
  });

  it('neutralises text that would run as a formula', () => {
    const desc = rowOf(sheet('问题台账'), 'I9', 2).getCell(10);
    expect(desc.value).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(desc.type).toBe(ExcelJS.ValueType.String);
    const unit = rowOf(sheet('报送情况'), '\'=HYPERLINK("http://x","点我")', 3);
    expect(unit.getCell(5).value).toBe('未报');
    for (const w of wb.worksheets) w.eachRow((r) => r.eachCell((c) => expect(c.type, `${w.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('reports late units with days late', () => {
    const row = rowOf(sheet('报送情况'), '丙医院', 3);
    expect([row.getCell(5).value, row.getCell(6).value, row.getCell(7).value]).toEqual(['逾期', '2023-07-05', 3]);
    const sum = rowOf(sheet('报送汇总'), '合计');
    expect([sum.getCell(2).value, sum.getCell(3).value, sum.getCell(4).value, sum.getCell(5).value]).toEqual([7, 4, 1, 2]);
  });

  it('is read back by SheetJS without complaint', () => {
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toHaveLength(6);
    expect(XLSX.utils.sheet_to_csv(book.Sheets['报送汇总'])).toContain('合计');
  });

  it.skipIf(!soffice)('opens in LibreOffice: converts to PDF and CSV', () => {
    const file = path.join(dir, '汇总表.xlsx');
    fs.writeFileSync(file, bytes);
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    for (const target of ['pdf', 'csv']) {
      execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', target, '--outdir', dir, file], { timeout: 120_000, stdio: 'pipe' });
    }
    const pdf = fs.readFileSync(path.join(dir, '汇总表.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const csv = fs.readFileSync(path.join(dir, '汇总表.csv'), 'utf8');
    expect(csv).toContain('宿城区');
    expect(csv).toContain('合计');
  }, 240_000);
});

