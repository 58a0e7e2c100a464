/**
 * Writes the 区县汇总填报表 for districts that collect from their own hospitals: 填报说明,
 * 进展数据 (row per institution), 问题台账 (with 机构名称/统一社会信用代码), 工作情况 (row per
 * institution) and the very hidden `_meta` (return_kind 'district', district code). Same styles,
 * protection and byte-stable packaging as the institutions' template.
 */
import ExcelJS from 'exceljs';
import {
  DISTRICT_ID_HEADERS, DISTRICT_META_CODE, DISTRICT_RETURN_KIND, DISTRICT_TEMPLATE_VERSION,
} from '../../shared/domain/district-return';
import { WORK_ITEMS } from '../../shared/domain/ledger';
import { chineseDate } from '../../shared/domain/period';
import { META_KEYS, SHEETS } from '../../shared/domain/return-template';
import { addDistrictDataSheet } from './district-data-sheet';
import { addDistrictLedgerSheet } from './district-ledger-sheet';
import type { DistrictLayout, DistrictTemplateInput } from './district-types';
import { ListRegistry } from './list-registry';
import { workbookToBuffer } from './return-writer';
import { font, pageSetup, SHEET_PROTECTION_BASE, styleHeader, styleInput, styleLockedValue, styleTitle } from './xlsx-style';

export type { DistrictInstitution, DistrictLayout, DistrictTemplateInput } from './district-types';

async function addGuide(wb: ExcelJS.Workbook, input: DistrictTemplateInput): Promise<void> {
  const { campaign, period, district } = input;
  const ws = wb.addWorksheet(SHEETS.guide, { properties: { tabColor: { argb: 'FF4F81BD' } } });
  ws.getColumn(1).width = 80;
  styleTitle(ws.getCell('A1'), `${campaign.name}区县汇总填报表填报说明`, 16);
  ws.getRow(1).height = 32;
  const lines: [string, 'heading' | 'due' | 'small' | null][] = [
    [`报告期：${period.label}（${chineseDate(period.start)}至${chineseDate(period.end)}）`, null],
    [`填报单位：${district.name}卫生健康局（区划代码 ${district.code}），汇总本区县 ${input.institutions.length} 家医疗机构的报送情况`, null],
    [`报送截止：请于${chineseDate(period.due)}前报送，逾期计为迟报。`, 'due'],
    ['', null],
    ['一、填写内容', 'heading'],
    [`1.《${SHEETS.data}》：每家机构一行，填写本报告期内发生的数量（本期数），不填累计数。分整治重点的指标按整治重点分列填写。名单外的机构请在下方空行填写机构名称和统一社会信用代码。`, null],
    [`2.《${SHEETS.ledger}》：每行一个问题并写明所属机构。灰色编号的行是各机构以前各期尚未整改完成的问题，请更新整改状态等，不要删除；新发现的问题从下方空行逐条填写。`, null],
    [`3.《${SHEETS.work}》：每家机构一行，简要填写主要工作措施、典型经验做法等（可不填）。`, null],
    ['', null],
    ['二、填写规则', 'heading'],
    ['1. 空白表示未报，0 表示本期没有。整行空白的机构视为本期未报。', null],
    ['2. 数量填写不小于 0 的整数；金额单位为“元”，可保留两位小数；日期按“2023-06-05”格式填写。', null],
    ['3. 请勿修改工作表名称、表头、机构名称和统一社会信用代码，不要添加合计行，不要使用公式（合计由系统计算）。', null],
    ['4. 导入时任何一处错误都会使整个文件退回（不会只导入一部分机构），请按提示的单元格修改后重新报送。', null],
    ['', null],
    ['三、报送方式与联系人', 'heading'],
    [`填好后请保存为 Excel 文件（.xlsx），按要求报送${campaign.authority}，文件名不要更改。`, null],
    [input.contact?.trim() ? `联系人：${input.contact.trim()}` : `联系人：${campaign.authority}专项整治工作联系人（见下发通知）。`, null],
    ['', null],
    [`模板版本 ${DISTRICT_TEMPLATE_VERSION}　专项 ${campaign.code}　报告期 ${period.code}　区县 ${district.code}`, 'small'],
  ];
  lines.forEach(([text, kind], i) => {
    const cell = ws.getCell(i + 3, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = kind === 'heading' ? font(12, { bold: true }) : kind === 'due' ? font(12, { bold: true, color: { argb: 'FFC00000' } })
      : kind === 'small' ? font(9, { color: { argb: 'FF808080' } }) : font(11);
    if (text.length > 38) ws.getRow(i + 3).height = 16 * Math.ceil(text.length / 38);
  });
  pageSetup(ws, 'portrait');
  await ws.protect('', { ...SHEET_PROTECTION_BASE });
}

async function addWork(wb: ExcelJS.Workbook, input: DistrictTemplateInput): Promise<DistrictLayout['work']> {
  const ws = wb.addWorksheet(SHEETS.work, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }], properties: { tabColor: { argb: 'FF8064A2' } } });
  const items = WORK_ITEMS;
  const last = 2 + items.length;
  ws.mergeCells(1, 1, 1, last);
  styleTitle(ws.getCell(1, 1), `工作情况（${input.district.name}，${input.period.label}）`, 14);
  ws.getRow(1).height = 28;
  styleHeader(ws.getCell(2, 1), DISTRICT_ID_HEADERS.name[0]);
  styleHeader(ws.getCell(2, 2), DISTRICT_ID_HEADERS.uscc[0]);
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 21;
  const cols: Record<string, number> = {};
  items.forEach((item, i) => {
    cols[item.key] = 3 + i;
    styleHeader(ws.getCell(2, 3 + i), item.label);
    ws.getColumn(3 + i).width = item.key === 'filler' || item.key === 'phone' ? 12 : 36;
  });
  ws.getRow(2).height = 30;
  const rows: Record<string, number> = {};
  const total = input.institutions.length + (input.extraRows ?? 10);
  for (let i = 0; i < total; i++) {
    const r = 3 + i;
    const inst = input.institutions[i];
    if (inst) {
      rows[inst.name] = r;
      styleLockedValue(ws.getCell(r, 1));
      ws.getCell(r, 1).value = inst.name;
      styleLockedValue(ws.getCell(r, 2));
      if (inst.uscc) ws.getCell(r, 2).value = inst.uscc;
    } else {
      styleInput(ws.getCell(r, 1));
      styleInput(ws.getCell(r, 2), { numFmt: '@' });
    }
    items.forEach((_, k) => styleInput(ws.getCell(r, 3 + k), { wrap: true }));
    ws.getRow(r).height = 60;
  }
  pageSetup(ws, 'landscape', '2:2');
  await ws.protect('', { ...SHEET_PROTECTION_BASE });
  return { headerRow: 2, nameCol: 1, rows, cols };
}

async function addMeta(wb: ExcelJS.Workbook, input: DistrictTemplateInput, lists: ListRegistry): Promise<void> {
  const ws = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  const entries: [string, string][] = [
    [META_KEYS.campaign, input.campaign.code],
    [META_KEYS.period, input.period.code],
    [META_KEYS.name, `${input.district.name}卫生健康局`],
    [META_KEYS.version, DISTRICT_TEMPLATE_VERSION],
    [META_KEYS.kind, DISTRICT_RETURN_KIND],
    [DISTRICT_META_CODE, input.district.code],
  ];
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 40;
  entries.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 2).value = v;
    ws.getCell(i + 1, 2).numFmt = '@';
  });
  for (const l of lists.lists) {
    ws.getCell(1, l.col).value = l.title;
    l.values.forEach((v, i) => { ws.getCell(i + 2, l.col).value = v; });
  }
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/** Builds the workbook in memory (tests fill it in before saving). */
export async function buildDistrictWorkbook(input: DistrictTemplateInput): Promise<{ workbook: ExcelJS.Workbook; layout: DistrictLayout }> {
  const wb = new ExcelJS.Workbook();
  const created = input.createdAt ?? new Date();
  wb.creator = input.campaign.authority;
  wb.lastModifiedBy = input.campaign.authority;
  wb.created = created;
  wb.modified = created;
  wb.title = `${input.period.label}-${input.district.name}-区县汇总填报表`;
  wb.subject = input.campaign.name;
  const lists = new ListRegistry();
  await addGuide(wb, input);
  const data = await addDistrictDataSheet(wb, input);
  const ledger = await addDistrictLedgerSheet(wb, input, lists);
  const work = await addWork(wb, input);
  await addMeta(wb, input, lists);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return { workbook: wb, layout: { data, ledger, work } };
}

/** The district's fill-in workbook for one period, as .xlsx bytes (byte-identical for the same input). */
export async function writeDistrictTemplate(input: DistrictTemplateInput): Promise<Buffer> {
  const { workbook } = await buildDistrictWorkbook(input);
  return workbookToBuffer(workbook, { lockStructure: true, mtime: input.createdAt });
}
