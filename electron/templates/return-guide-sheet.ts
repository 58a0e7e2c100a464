/** 填报说明: what to fill, the due date, the blank-versus-zero rule and who to call. */
import type ExcelJS from 'exceljs';
import { chineseDate } from '../../shared/domain/period';
import { SHEETS, TEMPLATE_VERSION } from '../../shared/domain/return-template';
import type { ReturnTemplateInput } from './return-types';
import { font, pageSetup, SHEET_PROTECTION_BASE, styleTitle } from './xlsx-style';

type Line = { text: string; kind?: 'heading' | 'due' | 'rule' | 'small' };

function lines(input: ReturnTemplateInput): Line[] {
  const { campaign, period, institution } = input;
  const focusNames = campaign.focusAreas.map((f) => f.name).join('、');
  const id = institution.uscc ? `统一社会信用代码：${institution.uscc}` : institution.licenceNo ? `执业许可证登记号：${institution.licenceNo}` : '';
  return [
    { text: `报告期：${period.label}（${chineseDate(period.start)}至${chineseDate(period.end)}）` },
    { text: `填报单位：${institution.name}${id ? `（${id}）` : ''}` },
    { text: `报送截止：请于${chineseDate(period.due)}前报送，逾期计为迟报。`, kind: 'due' },
    { text: '' },
    { text: '一、填写内容', kind: 'heading' },
    { text: `1.《${SHEETS.data}》：填写本报告期内发生的数量（本期数），不填累计数。“一、基本情况”按单项填写；“二、分整治重点情况”按整治重点（${focusNames}）分列填写。` },
    { text: `2.《${SHEETS.ledger}》：上方灰色编号的行是本单位以前各期尚未整改完成的问题，请更新“整改状态”“整改措施”“完成日期”等，不要删除；本期新发现的问题从下方空行逐条填写，台账编号可留空（由${campaign.authority}统一编号）。` },
    { text: `3.《${SHEETS.work}》：简要填写本期主要工作措施、典型经验做法、建立的制度、存在问题和下一步打算，以及填报人和联系电话。` },
    { text: '' },
    { text: '二、填写规则', kind: 'heading' },
    { text: '1. 空白表示未报，0 表示本期没有。本期确实没有发生的，请填 0，不要留空。', kind: 'rule' },
    { text: '2. 数量填写不小于 0 的整数；金额单位为“元”，可保留两位小数。' },
    { text: '3. 日期请按“2023-06-05”格式填写。' },
    { text: '4. 有下拉框的单元格请从下拉列表中选择，不要自行改写。' },
    { text: '5. 请勿修改工作表名称、表头、编号和指标名称，不要使用公式；本表各工作表已设保护（无密码），仅浅色底纹单元格可填写。' },
    { text: '6. 本期无新发现问题且无未完成整改问题的，问题台账可不填。' },
    { text: '' },
    { text: '三、报送方式与联系人', kind: 'heading' },
    { text: `填好后请保存为 Excel 文件（.xlsx），按要求报送${campaign.authority}，文件名不要更改。` },
    { text: input.contact?.trim() ? `联系人：${input.contact.trim()}` : `联系人：${campaign.authority}专项整治工作联系人（见下发通知）。` },
    { text: '' },
    { text: `模板版本 ${TEMPLATE_VERSION}　专项 ${campaign.code}　报告期 ${period.code}`, kind: 'small' },
  ];
}

export async function addGuideSheet(wb: ExcelJS.Workbook, input: ReturnTemplateInput): Promise<void> {
  const ws = wb.addWorksheet(SHEETS.guide, { properties: { tabColor: { argb: 'FF4F81BD' } } });
  ws.getColumn(1).width = 80;
  styleTitle(ws.getCell('A1'), `${input.campaign.name}半月报送表填报说明`, 16);
  ws.getRow(1).height = 32;
  lines(input).forEach((l, i) => {
    const cell = ws.getCell(i + 3, 1);
    cell.value = l.text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (l.kind === 'heading') cell.font = font(12, { bold: true });
    else if (l.kind === 'due') cell.font = font(12, { bold: true, color: { argb: 'FFC00000' } });
    else if (l.kind === 'rule') cell.font = font(11, { bold: true });
    else if (l.kind === 'small') cell.font = font(9, { color: { argb: 'FF808080' } });
    else cell.font = font(11);
    // Rough wrap estimate (≈ 38 CJK characters per line at this width) so nothing is cut off.
    if (l.text.length > 38) ws.getRow(i + 3).height = 16 * Math.ceil(l.text.length / 38);
  });
  pageSetup(ws, 'portrait');
  await ws.protect('', { ...SHEET_PROTECTION_BASE });
}
