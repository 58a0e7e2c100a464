/**
 * 进展数据: block 一 (single values, header 编号|指标|单位|本期数|说明) and block 二 (rows × focus
 * areas, header 编号|指标|单位|<focus names>). Input cells hold plain values only — no formulas —
 * so a file re-saved by WPS or LibreOffice keeps exactly what was typed.
 */
import type ExcelJS from 'exceljs';
import type { IndicatorDef } from '../../shared/domain/indicators';
import { chineseDate } from '../../shared/domain/period';
import {
  DATA_HEADERS, FOCUS_BLOCK_TITLE, FOCUS_INPUTS, GENERAL_BLOCK_TITLE, GENERAL_INPUTS, SHEETS,
} from '../../shared/domain/return-template';
import type { ReturnLayout, ReturnTemplateInput } from './return-types';
import {
  font, NUMFMT_COUNT, NUMFMT_MONEY, pageSetup, SHEET_PROTECTION_BASE, styleHeader, styleInput, styleLabel, styleNote, styleTitle,
} from './xlsx-style';

const COUNT_RULE: ExcelJS.DataValidation = {
  type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0],
  showErrorMessage: true, errorStyle: 'stop', errorTitle: '数量有误',
  error: '请填写不小于 0 的整数。本期没有请填 0，未报才留空。',
};
const MONEY_RULE: ExcelJS.DataValidation = {
  type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0],
  showErrorMessage: true, errorStyle: 'stop', errorTitle: '金额有误',
  error: '请填写不小于 0 的金额（单位：元，可保留两位小数）。本期没有请填 0。',
};
const YESNO_RULE: ExcelJS.DataValidation = {
  type: 'list', allowBlank: true, formulae: ['"是,否"'],
  showErrorMessage: true, errorStyle: 'stop', errorTitle: '请选择', error: '请从下拉列表中选择“是”或“否”。',
};

function ruleFor(def: IndicatorDef): ExcelJS.DataValidation {
  return def.input === 'money' ? MONEY_RULE : def.input === 'yesno' ? YESNO_RULE : COUNT_RULE;
}

function numFmtFor(def: IndicatorDef): string | undefined {
  return def.input === 'money' ? NUMFMT_MONEY : def.input === 'count' ? NUMFMT_COUNT : undefined;
}

function writeInput(cell: ExcelJS.Cell, def: IndicatorDef, value: number | string | null | undefined): void {
  styleInput(cell, { numFmt: numFmtFor(def), center: def.input === 'yesno' });
  // The hint goes into the input prompt, not into 说明, so the note column stays the clerk's own.
  cell.dataValidation = def.note ? { ...ruleFor(def), showInputMessage: true, promptTitle: def.name, prompt: def.note } : ruleFor(def);
  if (value !== null && value !== undefined) cell.value = value;
}

export async function addDataSheet(wb: ExcelJS.Workbook, input: ReturnTemplateInput): Promise<ReturnLayout['data']> {
  const { campaign, period, institution, fill } = input;
  const focus = campaign.focusAreas;
  const lastCol = Math.max(5, 3 + focus.length);
  const ws = wb.addWorksheet(SHEETS.data, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }],
    properties: { tabColor: { argb: 'FF9BBB59' } },
  });
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 30;
  ws.getColumn(3).width = 9;
  for (let c = 4; c <= lastCol; c++) ws.getColumn(c).width = c === 5 && focus.length < 2 ? 26 : 14;

  ws.mergeCells(1, 1, 1, lastCol);
  styleTitle(ws.getCell(1, 1), `${campaign.shortName || campaign.name}进展情况统计表（${period.label}）`, 15);
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, lastCol);
  const id = institution.uscc ? `　统一社会信用代码：${institution.uscc}` : '';
  const info = ws.getCell(2, 1);
  info.value = `填报单位：${institution.name}${id}　报告期：${chineseDate(period.start)}至${chineseDate(period.end)}　报送截止：${chineseDate(period.due)}`;
  info.font = font(10);
  info.alignment = { vertical: 'middle', wrapText: true };
  ws.getRow(2).height = 30;

  // The rules sit above the blocks: anything below a block would be read as one more row of it.
  ws.mergeCells(3, 1, 3, lastCol);
  styleNote(ws.getCell(3, 1),
    '填表要求：填本期（报告期内）发生数，不填累计数；空白表示未报，0 表示本期没有；金额单位为元，可保留两位小数，数量填整数；'
    + '请勿修改编号、指标名称和表头，不要使用公式（合计由系统计算）。');
  ws.getRow(3).height = lastCol > 6 ? 30 : 44;

  // Block 一: single values.
  ws.getCell(4, 1).value = GENERAL_BLOCK_TITLE;
  ws.getCell(4, 1).font = font(12, { bold: true });
  const generalHeaderRow = 5;
  [DATA_HEADERS.code[0], DATA_HEADERS.name[0], DATA_HEADERS.unit[0], DATA_HEADERS.value[0], DATA_HEADERS.note[0]]
    .forEach((h, i) => styleHeader(ws.getCell(generalHeaderRow, i + 1), h));
  const generalRows: Record<string, number> = {};
  GENERAL_INPUTS.forEach((def, i) => {
    const r = generalHeaderRow + 1 + i;
    generalRows[def.code] = r;
    styleLabel(ws.getCell(r, 1), def.code, { center: true });
    styleLabel(ws.getCell(r, 2), def.name);
    styleLabel(ws.getCell(r, 3), def.unit, { center: true });
    writeInput(ws.getCell(r, 4), def, fill?.general?.[def.code]);
    styleInput(ws.getCell(r, 5), { wrap: true });
    if (fill?.notes?.[def.code]) ws.getCell(r, 5).value = fill.notes[def.code];
    ws.getRow(r).height = 20;
  });

  // Block 二: one column per focus area, by name (the importer maps names back to codes).
  const titleRow = generalHeaderRow + GENERAL_INPUTS.length + 2;
  ws.getCell(titleRow, 1).value = FOCUS_BLOCK_TITLE;
  ws.getCell(titleRow, 1).font = font(12, { bold: true });
  const focusHeaderRow = titleRow + 1;
  [DATA_HEADERS.code[0], DATA_HEADERS.name[0], DATA_HEADERS.unit[0]].forEach((h, i) => styleHeader(ws.getCell(focusHeaderRow, i + 1), h));
  const focusCols: Record<string, number> = {};
  focus.forEach((f, i) => {
    focusCols[f.code] = 4 + i;
    styleHeader(ws.getCell(focusHeaderRow, 4 + i), f.name);
  });
  ws.getRow(focusHeaderRow).height = focus.some((f) => f.name.length > 6) ? 36 : 20;
  const focusRows: Record<string, number> = {};
  FOCUS_INPUTS.forEach((def, i) => {
    const r = focusHeaderRow + 1 + i;
    focusRows[def.code] = r;
    styleLabel(ws.getCell(r, 1), def.code, { center: true });
    styleLabel(ws.getCell(r, 2), def.name);
    styleLabel(ws.getCell(r, 3), def.unit, { center: true });
    for (const f of focus) writeInput(ws.getCell(r, focusCols[f.code]), def, fill?.focus?.[def.code]?.[f.code]);
    ws.getRow(r).height = 20;
  });

  pageSetup(ws, lastCol > 8 ? 'landscape' : 'portrait');
  await ws.protect('', { ...SHEET_PROTECTION_BASE });
  return { generalHeaderRow, generalRows, valueCol: 4, noteCol: 5, focusHeaderRow, focusRows, focusCols, lastCol };
}
