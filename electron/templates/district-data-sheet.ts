/**
 * 进展数据 of the 区县汇总填报表: one row per institution (name and USCC locked, from the roster),
 * one column per indicator. Single-value indicators have a header spanning both header rows;
 * per-focus indicators a group header (`B3 自查发现问题（个）`) over one column per focus area.
 * Input cells hold plain values only — no formulas, no totals row (the app adds up).
 */
import type ExcelJS from 'exceljs';
import { DISTRICT_ID_HEADERS, indicatorHeader } from '../../shared/domain/district-return';
import { FOCUS_INPUTS, GENERAL_INPUTS, type IndicatorDef } from '../../shared/domain/indicators';
import { chineseDate } from '../../shared/domain/period';
import { SHEETS } from '../../shared/domain/return-template';
import type { DistrictLayout, DistrictTemplateInput } from './district-types';
import {
  font, NUMFMT_COUNT, NUMFMT_MONEY, pageSetup, SHEET_PROTECTION_BASE, styleHeader, styleInput, styleLabel, styleLockedValue, styleNote, styleTitle,
} from './xlsx-style';

const HEADER_ROW = 4;
const FIRST_COL = 4;

function ruleFor(def: IndicatorDef): ExcelJS.DataValidation {
  if (def.input === 'yesno') {
    return { type: 'list', allowBlank: true, formulae: ['"是,否"'], showErrorMessage: true, errorStyle: 'stop', errorTitle: '请选择', error: '请从下拉列表中选择“是”或“否”。' };
  }
  if (def.input === 'money') {
    return { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorStyle: 'stop', errorTitle: '金额有误', error: '请填写不小于 0 的金额（单位：元，可保留两位小数）。本期没有请填 0。' };
  }
  return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorStyle: 'stop', errorTitle: '数量有误', error: '请填写不小于 0 的整数。本期没有请填 0，未报才留空。' };
}

export async function addDistrictDataSheet(wb: ExcelJS.Workbook, input: DistrictTemplateInput): Promise<DistrictLayout['data']> {
  const { campaign, period, district } = input;
  const focus = campaign.focusAreas;
  const ws = wb.addWorksheet(SHEETS.data, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW + 1 }],
    properties: { tabColor: { argb: 'FF9BBB59' } },
  });
  const cols: Record<string, number> = {};
  const defs: { def: IndicatorDef; col: number }[] = [];
  let col = FIRST_COL;
  for (const def of GENERAL_INPUTS) { cols[`${def.code}|`] = col; defs.push({ def, col }); col++; }
  const groups: { def: IndicatorDef; from: number }[] = [];
  for (const def of FOCUS_INPUTS) {
    groups.push({ def, from: col });
    for (const f of focus) { cols[`${def.code}|${f.code}`] = col; defs.push({ def, col }); col++; }
  }
  const lastCol = col - 1;
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 28;
  ws.getColumn(3).width = 21;
  for (let c = FIRST_COL; c <= lastCol; c++) ws.getColumn(c).width = 11;

  ws.mergeCells(1, 1, 1, Math.min(lastCol, 20));
  styleTitle(ws.getCell(1, 1), `${campaign.shortName || campaign.name}进展情况统计表（区县汇总，${period.label}）`, 15);
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, Math.min(lastCol, 20));
  const info = ws.getCell(2, 1);
  info.value = `填报单位：${district.name}卫生健康局（区划代码 ${district.code}）　报告期：${chineseDate(period.start)}至${chineseDate(period.end)}　报送截止：${chineseDate(period.due)}`;
  info.font = font(10);
  info.alignment = { vertical: 'middle', wrapText: true };
  ws.getRow(2).height = 24;
  ws.mergeCells(3, 1, 3, Math.min(lastCol, 20));
  styleNote(ws.getCell(3, 1),
    '填表要求：每家机构一行，填本期（报告期内）发生数，不填累计数；空白表示未报，0 表示本期没有；金额单位为元；'
    + '请勿修改机构名称、统一社会信用代码和表头，不要添加合计行或使用公式（合计由系统计算）；名单外的机构请在下方空行填写名称和统一社会信用代码。');
  ws.getRow(3).height = 40;

  // Two header rows: identity and single-value columns span both; per-focus groups span their columns.
  const sub = HEADER_ROW + 1;
  [DISTRICT_ID_HEADERS.seq[0], DISTRICT_ID_HEADERS.name[0], DISTRICT_ID_HEADERS.uscc[0]].forEach((h, i) => {
    styleHeader(ws.getCell(HEADER_ROW, i + 1), h);
    styleHeader(ws.getCell(sub, i + 1), '');
    ws.mergeCells(HEADER_ROW, i + 1, sub, i + 1);
  });
  for (const def of GENERAL_INPUTS) {
    const c = cols[`${def.code}|`];
    styleHeader(ws.getCell(HEADER_ROW, c), indicatorHeader(def));
    styleHeader(ws.getCell(sub, c), '');
    ws.mergeCells(HEADER_ROW, c, sub, c);
  }
  for (const g of groups) {
    for (let k = 0; k < focus.length; k++) {
      styleHeader(ws.getCell(HEADER_ROW, g.from + k), k === 0 ? indicatorHeader(g.def) : '');
      styleHeader(ws.getCell(sub, g.from + k), focus[k].name);
    }
    if (focus.length > 1) ws.mergeCells(HEADER_ROW, g.from, HEADER_ROW, g.from + focus.length - 1);
  }
  ws.getRow(HEADER_ROW).height = 48;
  ws.getRow(sub).height = focus.some((f) => f.name.length > 5) ? 36 : 20;

  const firstDataRow = sub + 1;
  const rows: Record<string, number> = {};
  const total = input.institutions.length + (input.extraRows ?? 10);
  for (let i = 0; i < total; i++) {
    const r = firstDataRow + i;
    const inst = input.institutions[i];
    styleLabel(ws.getCell(r, 1), String(i + 1), { center: true });
    if (inst) {
      rows[inst.name] = r;
      styleLockedValue(ws.getCell(r, 2));
      ws.getCell(r, 2).value = inst.name;
      styleLockedValue(ws.getCell(r, 3));
      if (inst.uscc) ws.getCell(r, 3).value = inst.uscc;
    } else {
      styleInput(ws.getCell(r, 2));
      styleInput(ws.getCell(r, 3), { numFmt: '@' });
    }
    for (const { def, col: c } of defs) {
      const cell = ws.getCell(r, c);
      styleInput(cell, { numFmt: def.input === 'money' ? NUMFMT_MONEY : def.input === 'count' ? NUMFMT_COUNT : undefined, center: def.input === 'yesno' });
      cell.dataValidation = ruleFor(def);
    }
    ws.getRow(r).height = 20;
  }
  pageSetup(ws, 'landscape', `${HEADER_ROW}:${sub}`);
  await ws.protect('', { ...SHEET_PROTECTION_BASE });
  return { headerRow: HEADER_ROW, firstDataRow, nameCol: 2, usccCol: 3, rows, cols, lastRow: firstDataRow + total - 1 };
}
