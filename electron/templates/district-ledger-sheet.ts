/**
 * 问题台账 of the 区县汇总填报表: the institutions' ledger in one table, 机构名称 and 统一社会信用代码
 * in front of the usual LEDGER_COLUMNS. Each institution's still-open issues come first (name,
 * code and 台账编号 locked, so only the progress is updated), then empty rows whose 机构名称 is a
 * dropdown of the district's institutions.
 */
import type ExcelJS from 'exceljs';
import { DISTRICT_ID_HEADERS } from '../../shared/domain/district-return';
import { LEDGER_COLUMNS } from '../../shared/domain/ledger';
import { SHEETS } from '../../shared/domain/return-template';
import type { DistrictLayout, DistrictTemplateInput } from './district-types';
import type { ListRegistry } from './list-registry';
import { fieldValue, formatCell, validationFor } from './return-ledger-sheet';
import { pageSetup, SHEET_PROTECTION_BASE, styleHeader, styleInput, styleLockedValue, styleNote, styleTitle } from './xlsx-style';

const HEADER_ROW = 3;
const OFFSET = 2; // 机构名称, 统一社会信用代码

export async function addDistrictLedgerSheet(wb: ExcelJS.Workbook, input: DistrictTemplateInput, lists: ListRegistry): Promise<DistrictLayout['ledger']> {
  const { campaign, period, district } = input;
  const ws = wb.addWorksheet(SHEETS.ledger, {
    views: [{ state: 'frozen', xSplit: OFFSET + 1, ySplit: HEADER_ROW }],
    properties: { tabColor: { argb: 'FFC0504D' } },
  });
  const n = LEDGER_COLUMNS.length + OFFSET;
  const focusNames = campaign.focusAreas.map((f) => f.name);
  const focusName = (code: string) => campaign.focusAreas.find((f) => f.code === code)?.name ?? code;

  ws.mergeCells(1, 1, 1, n);
  styleTitle(ws.getCell(1, 1), `问题台账（${district.name}，${period.label}）`, 14);
  ws.getRow(1).height = 28;
  ws.mergeCells(2, 1, 2, n);
  styleNote(ws.getCell(2, 1),
    '说明：每行一个问题，并写明所属机构（机构名称从下拉列表选择；名单外的机构同时填写统一社会信用代码）。灰色编号的行是各机构以前各期尚未整改完成的问题，'
    + '请更新整改状态、整改措施和完成日期，不要删除；本期新发现的问题从下方空行逐条填写，台账编号可留空。日期格式如 2023-06-05，金额单位为元。');
  ws.getRow(2).height = 36;

  styleHeader(ws.getCell(HEADER_ROW, 1), DISTRICT_ID_HEADERS.name[0]);
  styleHeader(ws.getCell(HEADER_ROW, 2), DISTRICT_ID_HEADERS.uscc[0]);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 21;
  const cols: Record<string, number> = {};
  LEDGER_COLUMNS.forEach((c, i) => {
    cols[c.key] = i + 1 + OFFSET;
    ws.getColumn(i + 1 + OFFSET).width = c.width ?? 12;
    styleHeader(ws.getCell(HEADER_ROW, i + 1 + OFFSET), c.header);
  });
  ws.getRow(HEADER_ROW).height = 30;
  const rules = LEDGER_COLUMNS.map((c) => validationFor(c, focusNames, lists));
  const nameRule: ExcelJS.DataValidation = {
    type: 'list', allowBlank: true, formulae: [lists.formula(DISTRICT_ID_HEADERS.name[0], input.institutions.map((i) => i.name))],
    showErrorMessage: true, errorStyle: 'warning', errorTitle: '机构不在名单中',
    error: '该机构不在本区县的机构名单中；如确为名单外机构，请同时填写统一社会信用代码。',
  };

  const firstDataRow = HEADER_ROW + 1;
  let r = firstDataRow;
  for (const inst of input.institutions) {
    for (const issue of inst.openIssues ?? []) {
      styleLockedValue(ws.getCell(r, 1));
      ws.getCell(r, 1).value = inst.name;
      styleLockedValue(ws.getCell(r, 2));
      if (inst.uscc) ws.getCell(r, 2).value = inst.uscc;
      LEDGER_COLUMNS.forEach((c, i) => {
        const cell = ws.getCell(r, i + 1 + OFFSET);
        formatCell(cell, c, rules[i]);
        const v = fieldValue(issue, c.key, focusName);
        if (v !== null && v !== '') cell.value = v;
        if (c.key === 'ledgerNo' && issue.ledgerNo) styleLockedValue(cell);
      });
      ws.getRow(r).height = Math.min(90, Math.max(20, 15 * Math.ceil(Math.max(issue.description.length, issue.measures?.length ?? 0) / 18)));
      r++;
    }
  }
  const filledRows = r - firstDataRow;
  const lastRow = r + (input.emptyLedgerRows ?? 300) - 1;
  for (; r <= lastRow; r++) {
    styleInput(ws.getCell(r, 1));
    ws.getCell(r, 1).dataValidation = nameRule;
    styleInput(ws.getCell(r, 2), { numFmt: '@' });
    LEDGER_COLUMNS.forEach((c, i) => formatCell(ws.getCell(r, i + 1 + OFFSET), c, rules[i]));
  }
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: n } };
  pageSetup(ws, 'landscape', `${HEADER_ROW}:${HEADER_ROW}`);
  await ws.protect('', { ...SHEET_PROTECTION_BASE, insertRows: true, autoFilter: true, sort: true });
  return { headerRow: HEADER_ROW, firstDataRow, nameCol: 1, usccCol: 2, cols, filledRows, lastRow };
}
