/**
 * The inspection-log workbook: template (`inspection template`) and all-or-nothing import
 * (`inspection import`). A file with any bad row writes nothing; an accepted file is written in
 * one transaction with one audit entry (file name + SHA-256). Re-importing a district's sheet
 * updates the inspections it already holds (same institution, date, body and form) instead of
 * duplicating them, so a cumulative half-month list can be sent again and again.
 */
import { createHash } from 'node:crypto';
import { AppError, type Issue } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import { BODY_KINDS, INSPECTION_FORMS } from '../../shared/domain/inspection';
import { META_KEYS } from '../../shared/domain/return-template';
import { readMeta } from '../../shared/import/find-sheet';
import type { GridBook } from '../../shared/import/grid';
import { INSPECTION_COLUMNS, INSPECTION_SHEET, parseInspectionBook } from '../../shared/import/parse-inspections';
import type { RecordImportReport } from '../../shared/ipc/contract/inspections';
import * as repo from '../db/repos/inspections-repo';
import { readGridBook } from '../import/read-grid';
import { writeRecordTemplate } from '../templates/record-template';
import type { AppContext } from './app-context';
import { audit } from './audit';
import { requireCampaign, requireWritableCampaign } from './campaign-service';
import { storeInspection } from './inspection-service';
import { institutionMatcher, recordContext, writeAll } from './record-lookup';

export const INSPECTION_KIND = 'inspections';
export const LEAD_KIND = 'leads';
export const RECORD_TEMPLATE_VERSION = 'T1';

const KIND_LABEL: Record<string, string> = { [INSPECTION_KIND]: '检查记录表', [LEAD_KIND]: '举报线索登记表', institution: '机构填报表', department: '部门报送表' };

/** Reads the workbook and checks its `_meta` (when present) belongs to this campaign and table. */
export async function readRecordBook(c: Campaign, bytes: Uint8Array, fileName: string, kind: string): Promise<GridBook> {
  let book: GridBook;
  try {
    book = await readGridBook(bytes, fileName);
  } catch (e) {
    throw new AppError('validation', `${fileName}：${e instanceof Error ? e.message : String(e)}。请用 Excel 或 WPS 另存为 .xlsx 后再导入。`);
  }
  const meta = readMeta(book);
  if (meta) {
    const campaign = meta[META_KEYS.campaign];
    const k = meta[META_KEYS.kind];
    if (k && k !== kind) throw new AppError('validation', `${fileName} 是${KIND_LABEL[k] ?? `“${k}”`}，不是${KIND_LABEL[kind]}，请选择正确的文件或命令。`);
    if (campaign && campaign !== c.code) throw new AppError('validation', `${fileName} 是专项“${campaign}”的模板，不属于当前专项“${c.name}”（${c.code}），未导入。`);
  }
  return book;
}

/** Problems sorted by row then column, errors first within a cell. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.cell ?? '').length - (b.cell ?? '').length || (a.cell ?? '').localeCompare(b.cell ?? '') || (a.severity === b.severity ? 0 : a.severity === '错误' ? -1 : 1));
}

export function refuseFile(fileName: string, issues: Issue[], what: string): never {
  const errors = issues.filter((i) => i.severity === '错误').length;
  throw new AppError('validation', `${fileName}：有 ${errors} 处错误，未导入任何${what}（整个文件全部导入或全部不导入）。请按提示改正后重新导入。`, sortIssues(issues));
}

export async function importInspections(ctx: AppContext, bytes: Uint8Array, fileName: string, o: { dryRun: boolean }): Promise<RecordImportReport> {
  const c = requireWritableCampaign(ctx, '导入检查记录');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const book = await readRecordBook(c, bytes, fileName, INSPECTION_KIND);
  const parsed = parseInspectionBook(book, fileName, { ...recordContext(ctx, c), focusAreas: c.focusAreas, institution: institutionMatcher(ctx) });
  if (parsed.issues.some((i) => i.severity === '错误')) refuseFile(fileName, parsed.issues, '检查记录');
  const report: RecordImportReport = {
    fileName, sha256, sheet: parsed.sheet!, dryRun: o.dryRun, committed: !o.dryRun, total: parsed.rows.length,
    added: 0, updated: 0, unchanged: 0, issuesCreated: 0, issuesLinked: 0, issues: sortIssues(parsed.issues),
  };
  writeAll(ctx, o.dryRun, () => {
    for (const r of parsed.rows) {
      const existing = repo.findInspection(ctx.db, c.id, { institutionId: r.input.institutionId, date: r.input.inspectedDate, body: r.input.body, form: r.input.form });
      const out = storeInspection(ctx, c, r.input, { file: fileName, sha256, sheet: parsed.sheet, row: r.row }, existing);
      report[out.action]++;
      report.issuesCreated += out.issuesCreated;
      report.issuesLinked += out.issuesLinked;
    }
    audit(ctx, {
      action: 'inspection.import', entity: 'inspection-log', entityId: fileName, campaignId: c.id,
      detail: { rows: report.total, added: report.added, updated: report.updated, unchanged: report.unchanged, issuesCreated: report.issuesCreated },
      source: { file: fileName, sha256, sheet: parsed.sheet },
    });
  });
  return report;
}

const YES_NO = ['是', '否'];

export async function inspectionTemplate(ctx: AppContext, rows?: Record<string, string | number | null>[]): Promise<Buffer> {
  const c = requireCampaign(ctx);
  return writeRecordTemplate({
    sheetName: INSPECTION_SHEET,
    title: `${c.shortName || c.name}检查记录表`,
    columns: INSPECTION_COLUMNS,
    dropdowns: { bodyKind: BODY_KINDS, form: INSPECTION_FORMS, caseFiled: YES_NO, isTypical: YES_NO, isExposed: YES_NO },
    dateKeys: ['inspectedDate', 'deadline'], moneyKeys: ['fine'],
    guide: [
      '一、每次现场检查（督查）填一行：同一机构同一天被同一主体以同一形式检查，算一次。',
      '二、“被检查机构”填名册中的全称；有统一社会信用代码的请一并填写，便于准确识别。名册外的机构请先在“机构名册”中添加。',
      `三、“检查形式”可选：${INSPECTION_FORMS.join('、')}；“主体类别”可选：${BODY_KINDS.join('、')}，不填时按检查主体名称判断。`,
      '四、“发现问题”每个问题一行（单元格内 Alt+Enter 换行）或用分号分隔，没有问题填“无”。每个问题自动进入问题台账；如问题已在台账中，在“关联台账编号”按顺序填写编号。',
      '五、同一文件可以反复导入：已导入过的检查会更新，不会重复。文件中任何一处错误都会使整个文件不导入，并指出错误所在单元格。',
      `六、检查日期应在专项期间（${c.startDate} 至 ${c.endDate}）内。`,
    ],
    meta: [[META_KEYS.campaign, c.code], [META_KEYS.kind, INSPECTION_KIND], [META_KEYS.version, RECORD_TEMPLATE_VERSION]],
    rows, authority: c.authority, createdAt: ctx.now(),
  });
}
