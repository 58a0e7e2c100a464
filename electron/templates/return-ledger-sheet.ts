/**
 * 问题台账: a header row from LEDGER_COLUMNS, the institution's still-open issues pre-filled with
 * their 台账编号 (locked, so only the progress is updated), then empty formatted rows with the same
 * dropdowns and date/amount validations.
 */
import type ExcelJS from 'exceljs';
import { LEDGER_COLUMNS, type LedgerColumn } from '../../shared/domain/ledger';
import { SHEETS } from '../../shared/domain/return-template';
import { ListRegistry } from './list-registry';
import type { ReturnLayout, ReturnLedgerRow, ReturnTemplateInput } from './return-types';
import {
  isoToExcelDate, NUMFMT_DATE, NUMFMT_MONEY, pageSetup, SHEET_PROTECTION_BASE, styleHeader, styleInput,
  styleLockedValue, styleNote, styleTitle,
} from './xlsx-style';

export const DEFAULT_EMPTY_LEDGER_ROWS = 200;
const HEADER_ROW = 3;

const DATE_RULE: ExcelJS.DataValidation = {
  type: 'date', operator: 'between', allowBlank: true,
  formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
  showErrorMessage: true, errorStyle: 'stop', errorTitle: '日期有误', error: '请按“2023-06-05”的格式填写日期。',
};
const MONEY_RULE: ExcelJS.DataValidation = {
  type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0],
  showErrorMessage: true, errorStyle: 'stop', errorTitle: '金额有误', error: '请填写不小于 0 的金额（单位：元）。',
};

function listRule(formula: string, label: string, multi: boolean): ExcelJS.DataValidation {
  return {
    type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true,
    // 处理方式 may combine several measures (责令改正、罚款): warn instead of refusing.
    errorStyle: multi ? 'warning' : 'stop',
    errorTitle: '请从下拉列表选择',
    error: multi ? `“${label}”不在列表中；多项请用顿号分隔，确认无误可继续。` : `请从下拉列表中选择“${label}”。`,
  };
}

export function validationFor(col: LedgerColumn, focusNames: string[], lists: ListRegistry): ExcelJS.DataValidation | null {
  if (col.key === 'focus') return listRule(lists.formula(col.header, focusNames), col.header, false);
  if (col.type === 'date') return DATE_RULE;
  if (col.type === 'money') return MONEY_RULE;
  if ((col.type === 'enum' || col.type === 'yesno') && col.options) {
    return listRule(lists.formula(col.header, col.options), col.header, col.key === 'penalties');
  }
  return null;
}

/** The cell value for one ledger field of a row (money 分 → 元, dates as real dates). */
export function fieldValue(row: ReturnLedgerRow, key: string, focusName: (code: string) => string): ExcelJS.CellValue {
  const date = (v: string | null) => (v ? isoToExcelDate(v) : null);
  const yuan = (v: number | null) => (v === null ? null : v / 100);
  const yesno = (v: boolean | null) => (v === null ? null : v ? '是' : '否');
  switch (key) {
    case 'ledgerNo': return row.ledgerNo;
    case 'focus': return focusName(row.focusCode);
    case 'category': return row.category;
    case 'source': return row.source;
    case 'foundDate': return date(row.foundDate);
    case 'persons': return row.persons;
    case 'description': return row.description;
    case 'amount': return yuan(row.amountFen);
    case 'severity': return row.severity;
    case 'measures': return row.measures;
    case 'respPerson': return row.respPerson;
    case 'deadline': return date(row.deadline);
    case 'status': return row.status;
    case 'completionDate': return date(row.completionDate);
    case 'penalties': return row.penalties;
    case 'fine': return yuan(row.fineFen);
    case 'caseOpened': return yesno(row.caseOpened);
    case 'typical': return yesno(row.typical);
    case 'remarks': return row.remarks;
    default: return null;
  }
}

export function formatCell(cell: ExcelJS.Cell, col: LedgerColumn, rule: ExcelJS.DataValidation | null): void {
  const wide = col.key === 'description' || col.key === 'measures' || col.key === 'remarks' || col.key === 'persons';
  styleInput(cell, {
    numFmt: col.type === 'date' ? NUMFMT_DATE : col.type === 'money' ? NUMFMT_MONEY : undefined,
    wrap: wide,
    center: col.type === 'date' || col.type === 'yesno' || col.key === 'severity' || col.key === 'status',
  });
  if (rule) cell.dataValidation = rule;
}

export async function addLedgerSheet(
  wb: ExcelJS.Workbook, input: ReturnTemplateInput, lists: ListRegistry,
): Promise<ReturnLayout['ledger']> {
  const { campaign, period, institution } = input;
  const ws = wb.addWorksheet(SHEETS.ledger, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
    properties: { tabColor: { argb: 'FFC0504D' } },
  });
  const n = LEDGER_COLUMNS.length;
  const focusNames = campaign.focusAreas.map((f) => f.name);
  const focusName = (code: string) => campaign.focusAreas.find((f) => f.code === code)?.name ?? code;

  ws.mergeCells(1, 1, 1, n);
  styleTitle(ws.getCell(1, 1), `问题台账（${institution.name}，${period.label}）`, 14);
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, n);
  styleNote(ws.getCell(2, 1),
    '说明：灰色编号的行是本单位以前各期尚未整改完成的问题，请更新整改状态、整改措施和完成日期，不要删除；'
    + '本期新发现的问题从下方空行逐条填写，台账编号可留空。日期格式如 2023-06-05，金额单位为元，带下拉框的列请从列表中选择。');
  ws.getRow(2).height = 32;

  const cols: Record<string, number> = {};
  LEDGER_COLUMNS.forEach((c, i) => {
    cols[c.key] = i + 1;
    ws.getColumn(i + 1).width = c.width ?? 12;
    styleHeader(ws.getCell(HEADER_ROW, i + 1), c.header);
  });
  ws.getRow(HEADER_ROW).height = 30;
  const rules = LEDGER_COLUMNS.map((c) => validationFor(c, focusNames, lists));

  const issues = input.openIssues ?? [];
  const firstDataRow = HEADER_ROW + 1;
  issues.forEach((issue, k) => {
    const r = firstDataRow + k;
    LEDGER_COLUMNS.forEach((c, i) => {
      const cell = ws.getCell(r, i + 1);
      formatCell(cell, c, rules[i]);
      const v = fieldValue(issue, c.key, focusName);
      if (v !== null && v !== '') cell.value = v;
      // A numbered issue keeps its number: identity across periods hangs on it.
      if (c.key === 'ledgerNo' && issue.ledgerNo) styleLockedValue(cell);
    });
    const longest = Math.max(issue.description.length, issue.measures?.length ?? 0);
    ws.getRow(r).height = Math.min(90, Math.max(20, 15 * Math.ceil(longest / 18)));
  });
  const empty = input.emptyLedgerRows ?? DEFAULT_EMPTY_LEDGER_ROWS;
  const lastRow = firstDataRow + issues.length + empty - 1;
  for (let r = firstDataRow + issues.length; r <= lastRow; r++) {
    LEDGER_COLUMNS.forEach((c, i) => formatCell(ws.getCell(r, i + 1), c, rules[i]));
  }
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: n } };

  pageSetup(ws, 'landscape', `${HEADER_ROW}:${HEADER_ROW}`);
  await ws.protect('', { ...SHEET_PROTECTION_BASE, insertRows: true, autoFilter: true, sort: true });
  return { headerRow: HEADER_ROW, firstDataRow, cols, filledRows: issues.length, lastRow };
}
