/**
 * 工作情况 (label column + one tall wrapped text cell per WORK_ITEMS entry, its hint as the input prompt)
 * and the hidden `_meta` sheet that identifies the return to the importer.
 */
import type ExcelJS from 'exceljs';
import { WORK_ITEMS, type WorkKey } from '../../shared/domain/ledger';
import { META_KEYS, SHEETS, TEMPLATE_VERSION } from '../../shared/domain/return-template';
import type { ListRegistry } from './list-registry';
import type { ReturnLayout, ReturnTemplateInput } from './return-types';
import { font, pageSetup, SHEET_PROTECTION_BASE, styleHeader, styleInput, styleLabel, styleNote, styleTitle } from './xlsx-style';

const HINTS: Record<WorkKey, { hint: string; height: number }> = {
  measures: { hint: '本期采取的主要措施：组织部署、自查自纠、督查检查、宣传培训等，可分条填写。', height: 150 },
  experience: { hint: '本单位行之有效、可供推广的做法，写明做法和成效。', height: 120 },
  policies: { hint: '本期建立或修订的制度名称及文号，多项分行填写；没有可填“无”。', height: 70 },
  problems: { hint: '工作中存在的困难和问题。', height: 90 },
  nextSteps: { hint: '下一步工作打算。', height: 90 },
  filler: { hint: '填报人姓名。', height: 22 },
  phone: { hint: '手机或办公电话。', height: 22 },
};

export async function addWorkSheet(wb: ExcelJS.Workbook, input: ReturnTemplateInput): Promise<ReturnLayout['work']> {
  const ws = wb.addWorksheet(SHEETS.work, { properties: { tabColor: { argb: 'FF8064A2' } } });
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 86;
  ws.mergeCells(1, 1, 1, 2);
  styleTitle(ws.getCell(1, 1), `工作情况（${input.institution.name}，${input.period.label}）`, 14);
  ws.getRow(1).height = 28;
  styleHeader(ws.getCell(2, 1), '项目');
  styleHeader(ws.getCell(2, 2), '内容');
  const rows: Record<string, number> = {};
  WORK_ITEMS.forEach((item, i) => {
    const r = 3 + i;
    rows[item.key] = r;
    styleLabel(ws.getCell(r, 1), item.label, { bold: true });
    const cell = ws.getCell(r, 2);
    styleInput(cell, { wrap: true });
    // The hint is an input prompt, never cell text: an importer reading "the text right of the
    // label" must not mistake a hint for the institution's answer.
    cell.dataValidation = {
      type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [32767],
      showInputMessage: true, promptTitle: item.label, prompt: HINTS[item.key].hint,
    };
    const text = input.fill?.work?.[item.key];
    if (text) cell.value = text;
    ws.getRow(r).height = HINTS[item.key].height;
  });
  const noteRow = 4 + WORK_ITEMS.length;
  ws.mergeCells(noteRow, 1, noteRow, 2);
  styleNote(ws.getCell(noteRow, 1), '注：各项请简明扼要填写，没有的填“无”；内容较多时可在单元格内换行（Alt+Enter）。', 9);
  pageSetup(ws, 'portrait');
  await ws.protect('', { ...SHEET_PROTECTION_BASE });
  return { rows, textCol: 2 };
}

/** `_meta`: key in A, value in B, dropdown lists from D on; very hidden and protected. */
export async function addMetaSheet(wb: ExcelJS.Workbook, input: ReturnTemplateInput, lists: ListRegistry): Promise<void> {
  const ws = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  const { campaign, period, institution } = input;
  const entries: [string, string | null][] = [
    [META_KEYS.campaign, campaign.code],
    [META_KEYS.period, period.code],
    [META_KEYS.uscc, institution.uscc],
    [META_KEYS.licence, institution.licenceNo],
    [META_KEYS.name, institution.name],
    [META_KEYS.version, TEMPLATE_VERSION],
    [META_KEYS.kind, 'institution'],
  ];
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 40;
  entries.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    // Codes are written as text so a USCC of digits never turns into a number.
    if (v !== null && v !== '') ws.getCell(i + 1, 2).value = v;
    ws.getCell(i + 1, 2).numFmt = '@';
  });
  for (const l of lists.lists) {
    ws.getCell(1, l.col).value = l.title;
    ws.getCell(1, l.col).font = font(10, { bold: true });
    l.values.forEach((v, i) => { ws.getCell(i + 2, l.col).value = v; });
  }
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}
