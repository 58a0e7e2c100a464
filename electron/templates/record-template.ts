/**
 * A one-table fill-in workbook (检查记录表, 举报线索登记表): a data sheet with a title, one header
 * row and styled input rows (dropdowns for enumerations, date and money formats, hints as input
 * prompts), a 填写说明 sheet, and a very hidden `_meta` naming the campaign and the table kind.
 * No formulas anywhere. The importer finds the header by its text, so columns may be reordered.
 */
import ExcelJS from 'exceljs';
import { SHEETS } from '../../shared/domain/return-template';
import { columnLetter } from '../../shared/import/cell-ref';
import type { RecordColumnSpec } from '../../shared/import/parse-inspections';
import { ListRegistry } from './list-registry';
import { workbookToBuffer } from './return-writer';
import {
  font, isoToExcelDate, NUMFMT_DATE, NUMFMT_MONEY, pageSetup, styleHeader, styleInput, styleNote, styleTitle,
} from './xlsx-style';

export interface RecordTemplateSpec {
  sheetName: string;
  title: string;
  columns: RecordColumnSpec[];
  /** Column key → dropdown values. */
  dropdowns: Record<string, readonly string[]>;
  dateKeys: readonly string[];
  moneyKeys: readonly string[];
  /** Lines of the 填写说明 sheet. */
  guide: string[];
  meta: [string, string][];
  /** Rows written into the sheet (tests, demo); values as a clerk would type them. */
  rows?: Record<string, string | number | null>[];
  emptyRows?: number;
  authority: string;
  createdAt: Date;
}

const HEADER_ROW = 3;

function addDataSheet(wb: ExcelJS.Workbook, spec: RecordTemplateSpec, lists: ListRegistry): void {
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }], properties: { tabColor: { argb: 'FF4F81BD' } } });
  const last = spec.columns.length;
  spec.columns.forEach((c, i) => { ws.getColumn(i + 1).width = c.width; });
  ws.mergeCells(1, 1, 1, last);
  styleTitle(ws.getCell(1, 1), spec.title, 15);
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, last);
  styleNote(ws.getCell(2, 1), '带 * 的列必填；日期写作 2023-06-05；多项内容用顿号“、”分隔；不要修改表头文字，不要使用公式。填写说明见“填写说明”表。');
  ws.getRow(2).height = 22;
  spec.columns.forEach((c, i) => styleHeader(ws.getCell(HEADER_ROW, i + 1), `${c.required ? '*' : ''}${c.synonyms[0]}`));
  ws.getRow(HEADER_ROW).height = 32;
  const rows = spec.rows ?? [];
  const count = rows.length + (spec.emptyRows ?? 200);
  for (let r = 0; r < count; r++) {
    const row = HEADER_ROW + 1 + r;
    spec.columns.forEach((c, i) => {
      const cell = ws.getCell(row, i + 1);
      const isDate = spec.dateKeys.includes(c.key);
      const isMoney = spec.moneyKeys.includes(c.key);
      styleInput(cell, { numFmt: isDate ? NUMFMT_DATE : isMoney ? NUMFMT_MONEY : '@', wrap: c.width >= 24 });
      const v = rows[r]?.[c.key];
      if (v === null || v === undefined || v === '') return;
      cell.value = isDate && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? isoToExcelDate(v) : v;
    });
  }
  // One validation per column range (not per cell): a small file that opens fast.
  // exceljs 4.4 has `dataValidations.add(range, …)` but its typings omit it.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const range = (i: number) => `${columnLetter(i + 1)}${HEADER_ROW + 1}:${columnLetter(i + 1)}${HEADER_ROW + count}`;
  spec.columns.forEach((c, i) => {
    const options = spec.dropdowns[c.key];
    const prompt = { showInputMessage: true, promptTitle: c.synonyms[0], prompt: c.hint.slice(0, 250) };
    validations.add(range(i), options
      ? { type: 'list', allowBlank: true, formulae: [lists.formula(c.synonyms[0], options)], showErrorMessage: true, errorStyle: 'stop', errorTitle: '请选择', error: `请从下拉列表中选择：${options.join('、').slice(0, 200)}`, ...prompt }
      : { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [32767], ...prompt });
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: last } };
  pageSetup(ws, 'landscape', `${HEADER_ROW}:${HEADER_ROW}`);
}

function addGuideSheet(wb: ExcelJS.Workbook, spec: RecordTemplateSpec): void {
  const ws = wb.addWorksheet('填写说明', { properties: { tabColor: { argb: 'FFC0504D' } } });
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 90;
  styleTitle(ws.getCell(1, 1), `${spec.sheetName}填写说明`, 14);
  ws.mergeCells(1, 1, 1, 2);
  spec.guide.forEach((line, i) => {
    const c = ws.getCell(2 + i, 1);
    ws.mergeCells(2 + i, 1, 2 + i, 2);
    c.value = line;
    c.font = font(11);
    c.alignment = { wrapText: true, vertical: 'top' };
  });
  const start = 3 + spec.guide.length;
  styleHeader(ws.getCell(start, 1), '列');
  styleHeader(ws.getCell(start, 2), '怎么填');
  spec.columns.forEach((c, i) => {
    ws.getCell(start + 1 + i, 1).value = `${c.required ? '*' : ''}${c.synonyms[0]}（${columnLetter(i + 1)}列）`;
    ws.getCell(start + 1 + i, 2).value = c.hint;
    ws.getCell(start + 1 + i, 2).alignment = { wrapText: true };
  });
  pageSetup(ws, 'portrait');
}

function addMetaSheet(wb: ExcelJS.Workbook, spec: RecordTemplateSpec, lists: ListRegistry): void {
  const ws = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  spec.meta.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
    ws.getCell(i + 1, 2).numFmt = '@';
  });
  for (const l of lists.lists) {
    ws.getCell(1, l.col).value = l.title;
    l.values.forEach((v, i) => { ws.getCell(i + 2, l.col).value = v; });
  }
}

export async function writeRecordTemplate(spec: RecordTemplateSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.authority;
  wb.lastModifiedBy = spec.authority;
  wb.created = spec.createdAt;
  wb.modified = spec.createdAt;
  wb.title = spec.title;
  const lists = new ListRegistry();
  addDataSheet(wb, spec, lists);
  addGuideSheet(wb, spec);
  addMetaSheet(wb, spec, lists);
  // The data sheet stays unprotected: districts paste hundreds of rows from their own lists, and
  // the importer finds the header by its text whatever happens to the layout.
  await wb.getWorksheet(SHEETS.meta)!.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  return workbookToBuffer(wb, { lockStructure: true, mtime: spec.createdAt });
}
