/**
 * 典型案例 / 已曝光: any ledger issue, inspection or lead can be marked, with a short public
 * description; the list (or only the exposed ones) exports as a workbook for publication
 * (`cases export`). Exposure gets a date so 曝光典型案例数 (F5) can be counted per period.
 * Note: a ledger issue's 是否典型案例 also travels in the institution's returns, so a later
 * return may change it; 已曝光 and the public text are kept here only.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import { isIsoDate } from '../../shared/domain/period';
import { districtLabel } from '../../shared/domain/region';
import type { CaseKind, CaseMarkInput, TypicalCaseRow } from '../../shared/ipc/contract/inspections';
import * as repo from '../db/repos/cases-repo';
import { workbookToBuffer } from '../templates/return-writer';
import { font, pageSetup, styleHeader, styleLabel, styleTitle } from '../templates/xlsx-style';
import { today, type AppContext } from './app-context';
import { audit } from './audit';
import { requireCampaign, requireWritableCampaign } from './campaign-service';

const TABLE: Record<CaseKind, repo.CaseTable> = { issue: 'ledger_issues', inspection: 'inspections', lead: 'leads' };
export const CASE_KIND_LABEL: Record<CaseKind, string> = { issue: '台账问题', inspection: '检查记录', lead: '举报线索' };

function toView(c: Campaign, r: repo.CaseRow): TypicalCaseRow {
  return {
    kind: r.kind, id: r.id, ref: r.ref, date: r.date, institution: r.institution, districtCode: r.district_code,
    districtName: r.district_code ? districtLabel(r.district_code) : null,
    focus: r.focus_code ? c.focusAreas.find((f) => f.code === r.focus_code)?.name ?? r.focus_code : null,
    summary: r.summary.split('\n')[0].slice(0, 300), isTypical: r.is_typical === 1, isExposed: r.is_exposed === 1,
    exposedDate: r.exposed_date, publicText: r.public_text,
  };
}

export function listTypicalCases(ctx: AppContext, o: { exposedOnly?: boolean } = {}): TypicalCaseRow[] {
  const c = requireCampaign(ctx);
  return repo.listCases(ctx.db, c.id, !!o.exposedOnly).map((r) => toView(c, r));
}

/** Marks (or unmarks) a record; returns its row, or null when it is neither typical nor exposed now. */
export function markCase(ctx: AppContext, m: CaseMarkInput): TypicalCaseRow | null {
  const c = requireWritableCampaign(ctx, '标记典型案例');
  const before = repo.getCase(ctx.db, c.id, m.kind, m.id);
  if (!before) throw new AppError('not-found', `没有找到该${CASE_KIND_LABEL[m.kind]}`);
  const publicText = m.publicText?.trim() || null;
  if (publicText && publicText.length > 1000) throw new AppError('validation', `公开描述不超过 1000 字（现 ${publicText.length} 字）`, [{ rule: 'case.text', severity: '错误', column: 'publicText', message: '公开描述过长' }]);
  if (m.exposedDate && !isIsoDate(m.exposedDate)) throw new AppError('validation', `曝光日期不正确：${m.exposedDate}`, [{ rule: 'case.date', severity: '错误', column: 'exposedDate', message: '曝光日期不正确' }]);
  if (m.isExposed && !publicText) throw new AppError('validation', '标记为已曝光时请填写公开描述（对外公布的简要情况）', [{ rule: 'case.text', severity: '错误', column: 'publicText', message: '请填写公开描述' }]);
  const exposedDate = m.isExposed ? m.exposedDate ?? before.exposed_date ?? today(ctx) : null;
  ctx.db.transaction(() => {
    repo.setCaseMark(ctx.db, TABLE[m.kind], c.id, m.id, { typical: m.isTypical, exposed: m.isExposed, exposedDate, publicText });
    audit(ctx, {
      action: 'case.mark', entity: m.kind, entityId: before.ref, campaignId: c.id,
      detail: { before: { typical: before.is_typical === 1, exposed: before.is_exposed === 1, publicText: before.public_text }, after: { typical: m.isTypical, exposed: m.isExposed, exposedDate, publicText } },
      source: { ui: 'case' },
    });
  })();
  const after = repo.getCase(ctx.db, c.id, m.kind, m.id)!;
  return after.is_typical || after.is_exposed ? toView(c, after) : null;
}

const COLUMNS: [string, number][] = [
  ['序号', 6], ['类型', 10], ['编号', 18], ['日期', 12], ['区县', 10], ['机构／对象', 24], ['整治重点', 10], ['情况摘要', 40],
  ['典型案例', 8], ['已曝光', 8], ['曝光日期', 12], ['公开描述', 50],
];

/** The list for publication as .xlsx bytes (deterministic for the same data and clock). */
export async function exportTypicalCases(ctx: AppContext, o: { exposedOnly?: boolean } = {}): Promise<Buffer> {
  const c = requireCampaign(ctx);
  const rows = listTypicalCases(ctx, o);
  const wb = new ExcelJS.Workbook();
  wb.creator = c.authority;
  wb.created = ctx.now();
  wb.modified = ctx.now();
  const ws = wb.addWorksheet('典型案例');
  COLUMNS.forEach(([, w], i) => { ws.getColumn(i + 1).width = w; });
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  styleTitle(ws.getCell(1, 1), `${c.shortName || c.name}${o.exposedOnly ? '已曝光' : ''}典型案例清单（${today(ctx)}）`, 14);
  ws.getRow(1).height = 28;
  COLUMNS.forEach(([h], i) => styleHeader(ws.getCell(2, i + 1), h));
  rows.forEach((r, k) => {
    const values = [k + 1, CASE_KIND_LABEL[r.kind], r.ref, r.date, r.districtName, r.institution, r.focus, r.summary,
      r.isTypical ? '是' : '否', r.isExposed ? '是' : '否', r.exposedDate, r.publicText];
    values.forEach((v, i) => styleLabel(ws.getCell(3 + k, i + 1), v === null || v === undefined ? '' : String(v), { center: i === 0 || i >= 8 && i <= 10 }));
  });
  if (!rows.length) ws.getCell(3, 1).value = '（暂无标记为典型案例或已曝光的记录）';
  ws.getCell(3 + Math.max(rows.length, 1) + 1, 1).value = `共 ${rows.length} 条。公开描述用于对外发布，发布前请再次核对，不得含举报人等个人信息。`;
  ws.getCell(3 + Math.max(rows.length, 1) + 1, 1).font = font(10);
  pageSetup(ws, 'landscape', '2:2');
  return workbookToBuffer(wb, { lockStructure: false, mtime: ctx.now() });
}
