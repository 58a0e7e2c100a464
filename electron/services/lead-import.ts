/**
 * The complaint-lead workbook: template (`lead template`) and all-or-nothing import
 * (`lead import`). Leads are identified by 线索编号, so the same register sent again updates
 * each lead's progress; a status the stored lead cannot move to (a closed lead reopened) is an
 * error on that row's 办理状态 cell, and the whole file is refused.
 */
import { createHash } from 'node:crypto';
import type { Issue } from '../../shared/errors';
import { LEAD_CHANNELS, LEAD_STATUSES, LEAD_VERDICTS, checkLeadTransition, type LeadStatus } from '../../shared/domain/lead';
import { META_KEYS } from '../../shared/domain/return-template';
import { cellAddress } from '../../shared/import/cell-ref';
import { LEAD_COLUMNS, LEAD_SHEET, parseLeadBook } from '../../shared/import/parse-leads';
import type { RecordImportReport } from '../../shared/ipc/contract/inspections';
import * as repo from '../db/repos/leads-repo';
import { writeRecordTemplate } from '../templates/record-template';
import type { AppContext } from './app-context';
import { audit } from './audit';
import { requireCampaign, requireWritableCampaign } from './campaign-service';
import { LEAD_KIND, RECORD_TEMPLATE_VERSION, readRecordBook, refuseFile, sortIssues } from './inspection-import';
import { storeLead } from './lead-service';
import { institutionMatcher, recordContext, writeAll } from './record-lookup';

export async function importLeads(ctx: AppContext, bytes: Uint8Array, fileName: string, o: { dryRun: boolean }): Promise<RecordImportReport> {
  const c = requireWritableCampaign(ctx, '导入举报线索');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const book = await readRecordBook(c, bytes, fileName, LEAD_KIND);
  const parsed = parseLeadBook(book, fileName, { ...recordContext(ctx, c), focusAreas: c.focusAreas, institution: institutionMatcher(ctx) });
  const issues: Issue[] = [...parsed.issues];
  const plan = parsed.rows.map((r) => {
    const existing = repo.leadByNo(ctx.db, c.id, r.input.leadNo);
    if (existing) {
      const t = checkLeadTransition(existing.status as LeadStatus, existing.verdict, r.input.status, r.input.verdict);
      const cell = cellAddress(r.row, parsed.columns.get('status') ?? 1);
      const at = (severity: Issue['severity'], message: string) =>
        issues.push({ rule: 'lead.transition', severity, file: fileName, sheet: parsed.sheet!, cell, row: r.row, column: 'status', message: `${parsed.sheet}!${cell}：线索“${r.input.leadNo}”已登记为“${existing.status}”，${message}` });
      if (!t.ok) at('错误', t.reason);
      else if (t.warning) at('警告', t.warning);
      // What the register leaves out keeps what was recorded (a roster link made in the form, the 核查日期).
      if (!r.input.subjectInstitutionId && existing.subject_text === r.input.subjectText) r.input.subjectInstitutionId = existing.subject_institution_id;
      if (!r.input.verifiedDate && r.input.verdict && r.input.verdict === existing.verdict) r.input.verifiedDate = existing.verified_date;
    }
    return { r, existing };
  });
  if (issues.some((i) => i.severity === '错误')) refuseFile(fileName, issues, '线索');
  const report: RecordImportReport = {
    fileName, sha256, sheet: parsed.sheet!, dryRun: o.dryRun, committed: !o.dryRun, total: parsed.rows.length,
    added: 0, updated: 0, unchanged: 0, issuesCreated: 0, issuesLinked: 0, issues: [],
  };
  writeAll(ctx, o.dryRun, () => {
    for (const { r, existing } of plan) {
      const out = storeLead(ctx, c, r.input, { file: fileName, sha256, sheet: parsed.sheet, row: r.row }, existing);
      report[out.action]++;
      report.issuesCreated += out.issuesCreated;
      report.issuesLinked += out.issuesLinked;
      const cell = cellAddress(r.row, parsed.columns.get('focus') ?? parsed.columns.get('content') ?? 1);
      for (const n of out.notes) issues.push({ rule: 'lead.focus', severity: '警告', file: fileName, sheet: parsed.sheet!, cell, row: r.row, message: `${parsed.sheet}!${cell}：${n}` });
    }
    audit(ctx, {
      action: 'lead.import', entity: 'leads', entityId: fileName, campaignId: c.id,
      detail: { rows: report.total, added: report.added, updated: report.updated, unchanged: report.unchanged, issuesCreated: report.issuesCreated },
      source: { file: fileName, sha256, sheet: parsed.sheet },
    });
  });
  report.issues = sortIssues(issues);
  return report;
}

const YES_NO = ['是', '否'];

export async function leadTemplate(ctx: AppContext, rows?: Record<string, string | number | null>[]): Promise<Buffer> {
  const c = requireCampaign(ctx);
  return writeRecordTemplate({
    sheetName: LEAD_SHEET,
    title: `${c.shortName || c.name}举报线索登记表`,
    columns: LEAD_COLUMNS,
    dropdowns: {
      channel: LEAD_CHANNELS, status: LEAD_STATUSES, verdict: LEAD_VERDICTS, focus: c.focusAreas.map((f) => f.name),
      isTypical: YES_NO, isExposed: YES_NO,
    },
    dateKeys: ['receivedDate', 'deadline', 'verifiedDate', 'closedDate'], moneyKeys: [],
    guide: [
      '一、每条举报线索填一行，“线索编号”填热线工单号或本单位的登记编号；再次导入同一编号即更新该线索的办理进展。',
      `二、“来源渠道”可选：${LEAD_CHANNELS.join('、')}；“办理状态”按 待核查 → 核查中 → 属实/部分属实/不属实 → 已办结 填写。`,
      '三、已办结的线索必须填写“核查结论”和“办结日期”；已办结的线索不能再改回其他状态。',
      '四、被举报对象是名册中的机构时请填写全称或统一社会信用代码：线索查实（属实、部分属实）后自动进入该机构的问题台账；问题已在台账中的，填写“关联台账编号”。',
      '五、请勿填写举报人姓名、电话等个人信息。文件中任何一处错误都会使整个文件不导入，并指出错误所在单元格。',
    ],
    meta: [[META_KEYS.campaign, c.code], [META_KEYS.kind, LEAD_KIND], [META_KEYS.version, RECORD_TEMPLATE_VERSION]],
    rows, authority: c.authority, createdAt: ctx.now(),
  });
}
