/**
 * A partner department's half-month return: 进展数据 in the institutions' layout (header
 * 编号|指标|单位|本期数|说明, so the one importer reads it) with the department's own rows,
 * 工作情况 (free text the bulletin quotes), and a very hidden `_meta` with return_kind
 * 'department' and the department code. Input cells hold plain values, never formulas.
 */
import ExcelJS from 'exceljs';
import type { Campaign, Department } from '../../shared/domain/campaign';
import {
  DEPARTMENT_META_CODE, DEPARTMENT_RETURN_KIND, DEPARTMENT_TEMPLATE_VERSION, departmentIndicators, departmentUnitName,
} from '../../shared/domain/department-indicators';
import type { WorkKey, WorkText } from '../../shared/domain/ledger';
import { WORK_ITEMS } from '../../shared/domain/ledger';
import { chineseDate } from '../../shared/domain/period';
import { DATA_HEADERS, META_KEYS, SHEETS } from '../../shared/domain/return-template';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import { workbookToBuffer } from './return-writer';
import {
  font, NUMFMT_COUNT, NUMFMT_MONEY, pageSetup, SHEET_PROTECTION_BASE, styleHeader, styleInput, styleLabel, styleNote, styleTitle,
} from './xlsx-style';

export interface DepartmentTemplateInput {
  campaign: Pick<Campaign, 'code' | 'name' | 'shortName' | 'authority'>;
  period: PeriodRow;
  department: Department;
  /** Demo returns: indicator code → value as typed (money in 元); missing = blank (未报). */
  values?: Record<string, number>;
  work?: WorkText;
  createdAt?: Date;
}

const WORK_KEYS: WorkKey[] = ['measures', 'experience', 'problems', 'nextSteps', 'filler', 'phone'];

function addDataSheet(wb: ExcelJS.Workbook, input: DepartmentTemplateInput, unitName: string): void {
  const { campaign, period, department } = input;
  const ws = wb.addWorksheet(SHEETS.data, { views: [{ state: 'frozen', ySplit: 4 }], properties: { tabColor: { argb: 'FF9BBB59' } } });
  [8, 40, 9, 14, 30].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  ws.mergeCells(1, 1, 1, 5);
  styleTitle(ws.getCell(1, 1), `${campaign.shortName || campaign.name}部门工作情况统计表（${period.label}）`, 15);
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, 5);
  const info = ws.getCell(2, 1);
  info.value = `填报单位：${unitName}　报告期：${chineseDate(period.start)}至${chineseDate(period.end)}　报送截止：${chineseDate(period.due)}`;
  info.font = font(10);
  info.alignment = { vertical: 'middle', wrapText: true };
  ws.mergeCells(3, 1, 3, 5);
  styleNote(ws.getCell(3, 1), `填表要求：填本期（报告期内）${department.name}部门的工作数，不填累计数；空白表示未报，0 表示本期没有；金额单位为元；请勿修改编号和指标名称，不要使用公式。`);
  ws.getRow(3).height = 32;
  const headerRow = 4;
  [DATA_HEADERS.code[0], DATA_HEADERS.name[0], DATA_HEADERS.unit[0], DATA_HEADERS.value[0], DATA_HEADERS.note[0]]
    .forEach((h, i) => styleHeader(ws.getCell(headerRow, i + 1), h));
  departmentIndicators(department).forEach((def, i) => {
    const r = headerRow + 1 + i;
    styleLabel(ws.getCell(r, 1), def.code, { center: true });
    styleLabel(ws.getCell(r, 2), def.name);
    styleLabel(ws.getCell(r, 3), def.unit, { center: true });
    const cell = ws.getCell(r, 4);
    styleInput(cell, { numFmt: def.input === 'money' ? NUMFMT_MONEY : NUMFMT_COUNT });
    cell.dataValidation = def.input === 'money'
      ? { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: '金额有误', error: '请填写不小于 0 的金额（元）。' }
      : { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: '数量有误', error: '请填写不小于 0 的整数；本期没有填 0。' };
    const v = input.values?.[def.code];
    if (v !== undefined) cell.value = v;
    styleInput(ws.getCell(r, 5), { wrap: true });
    ws.getRow(r).height = 20;
  });
  pageSetup(ws, 'portrait');
}

function addWorkSheet(wb: ExcelJS.Workbook, input: DepartmentTemplateInput, unitName: string): void {
  const ws = wb.addWorksheet(SHEETS.work, { properties: { tabColor: { argb: 'FF8064A2' } } });
  ws.getColumn(1).width = 18;
  ws.getColumn(2).width = 86;
  ws.mergeCells(1, 1, 1, 2);
  styleTitle(ws.getCell(1, 1), `工作情况（${unitName}，${input.period.label}）`, 14);
  styleHeader(ws.getCell(2, 1), '项目');
  styleHeader(ws.getCell(2, 2), '内容');
  WORK_KEYS.forEach((key, i) => {
    const item = WORK_ITEMS.find((w) => w.key === key)!;
    const r = 3 + i;
    styleLabel(ws.getCell(r, 1), item.label, { bold: true });
    styleInput(ws.getCell(r, 2), { wrap: true });
    const text = input.work?.[key];
    if (text) ws.getCell(r, 2).value = text;
    ws.getRow(r).height = key === 'filler' || key === 'phone' ? 22 : 90;
  });
  pageSetup(ws, 'portrait');
}

function addMetaSheet(wb: ExcelJS.Workbook, input: DepartmentTemplateInput, unitName: string): void {
  const ws = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  const entries: [string, string][] = [
    [META_KEYS.campaign, input.campaign.code],
    [META_KEYS.period, input.period.code],
    [META_KEYS.name, unitName],
    [META_KEYS.version, DEPARTMENT_TEMPLATE_VERSION],
    [META_KEYS.kind, DEPARTMENT_RETURN_KIND],
    [DEPARTMENT_META_CODE, input.department.code],
  ];
  entries.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
    ws.getCell(i + 1, 2).numFmt = '@';
  });
}

/** The department's workbook for one period, as .xlsx bytes (byte-identical for the same input). */
export async function writeDepartmentTemplate(input: DepartmentTemplateInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const created = input.createdAt ?? new Date();
  const unitName = departmentUnitName(input.department);
  wb.creator = input.campaign.authority;
  wb.lastModifiedBy = input.campaign.authority;
  wb.created = created;
  wb.modified = created;
  wb.title = `${input.period.label}-${unitName}`;
  addDataSheet(wb, input, unitName);
  addWorkSheet(wb, input, unitName);
  addMetaSheet(wb, input, unitName);
  for (const ws of wb.worksheets) if (ws.name !== SHEETS.meta) await ws.protect('', { ...SHEET_PROTECTION_BASE });
  await wb.getWorksheet(SHEETS.meta)!.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  return workbookToBuffer(wb, { lockStructure: true, mtime: created });
}
