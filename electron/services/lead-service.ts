/**
 * Complaint leads: registration, status changes (核查 → 结论 → 办结), the paged list with overdue
 * flags, and the figures (G1–G6, on-time handling). A lead judged 属实/部分属实 on a roster
 * institution becomes or links to a ledger issue (issue-links.ts).
 */
import { AppError, type Issue } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import {
  LEAD_CHANNELS, LEAD_STATUSES, LEAD_VERDICTS, checkLeadTransition, generatedLeadNo, isLeadOverdue, isSubstantiated, matchChannel,
  matchLeadStatus, matchVerdict, verdictOf, type LeadChannel, type LeadInput, type LeadStatus, type LeadVerdict,
} from '../../shared/domain/lead';
import { leadStats, type LeadStats } from '../../shared/domain/lead-stats';
import { isIsoDate } from '../../shared/domain/period';
import { leadProblems } from '../../shared/domain/record-rules';
import type { Page } from '../../shared/ipc/contract/base';
import type { LeadFormInput, LeadStatusInput, LeadView, SaveResult } from '../../shared/ipc/contract/inspections';
import { getInstitution } from '../db/repos/institutions-repo';
import * as repo from '../db/repos/leads-repo';
import { issueById } from '../db/repos/linked-issues-repo';
import { timestamp, today, type AppContext } from './app-context';
import { audit } from './audit';
import { requireCampaign, requirePeriod, requireWritableCampaign } from './campaign-service';
import { linkLead, withdrawLeadIssue } from './issue-links';
import { recordContext } from './record-lookup';

export function leadView(r: repo.LeadListRow, asOf: string): LeadView {
  return {
    id: r.id, leadNo: r.lead_no, receivedDate: r.received_date, channel: r.channel, subjectInstitutionId: r.subject_institution_id,
    subjectText: r.subject_text, institution: r.institution, districtCode: r.district_code, content: r.content, handlingUnit: r.handling_unit,
    deadline: r.deadline, status: r.status, verdict: r.verdict, verifiedDate: r.verified_date, result: r.result, closedDate: r.closed_date,
    focusCode: r.focus_code, issueId: r.issue_id, ledgerNo: r.ledger_no, issueStatus: r.issue_status,
    overdue: isLeadOverdue(r.status, r.deadline, asOf), isTypical: r.is_typical === 1, isExposed: r.is_exposed === 1, publicText: r.public_text,
  };
}

function inputOf(r: repo.LeadRow): LeadInput {
  return {
    leadNo: r.lead_no, receivedDate: r.received_date, channel: r.channel as LeadChannel, subjectInstitutionId: r.subject_institution_id,
    subjectText: r.subject_text, content: r.content, handlingUnit: r.handling_unit, deadline: r.deadline, status: r.status as LeadStatus,
    verdict: r.verdict as LeadVerdict | null, verifiedDate: r.verified_date, result: r.result, closedDate: r.closed_date, focusCode: r.focus_code,
    issueLedgerNo: null, isTypical: r.is_typical === 1, isExposed: r.is_exposed === 1, publicText: r.public_text,
  };
}

function sameAsStored(ctx: AppContext, c: Campaign, r: repo.LeadRow, l: LeadInput): boolean {
  const a = inputOf(r);
  const keys = Object.keys(a).filter((k) => k !== 'issueLedgerNo') as (keyof LeadInput)[];
  if (keys.some((k) => a[k] !== l[k])) return false;
  if (!l.issueLedgerNo) return true;
  return !!r.issue_id && issueById(ctx.db, c.id, r.issue_id)?.ledger_no === l.issueLedgerNo;
}

export interface LeadOutcome {
  id: number;
  action: 'added' | 'updated' | 'unchanged';
  issuesCreated: number;
  issuesLinked: number;
  notes: string[];
}

/** Writes one checked lead (insert, or update of `existing`); call inside a transaction. */
export function storeLead(ctx: AppContext, c: Campaign, l: LeadInput, source: unknown, existing: repo.LeadRow | undefined): LeadOutcome {
  if (existing && sameAsStored(ctx, c, existing, l)) return { id: existing.id, action: 'unchanged', issuesCreated: 0, issuesLinked: 0, notes: [] };
  const now = timestamp(ctx);
  if (existing && isSubstantiated(existing.verdict) && l.verdict === '不属实') withdrawLeadIssue(ctx, c, existing.lead_no, existing.issue_id, now);
  const link = linkLead(ctx, c, l, existing?.issue_id ?? null, today(ctx), now);
  const exposedDate = l.isExposed ? existing?.exposed_date ?? today(ctx) : null;
  const id = existing?.id ?? repo.insertLead(ctx.db, { campaignId: c.id, input: l, issueId: link.issueId, exposedDate, source, at: now });
  if (existing) repo.updateLead(ctx.db, id, { input: l, issueId: link.issueId, exposedDate, source, at: now });
  const linked = !link.created && link.issueId !== null && link.issueId !== (existing?.issue_id ?? null) ? 1 : 0;
  return { id, action: existing ? 'updated' : 'added', issuesCreated: link.created ? 1 : 0, issuesLinked: linked, notes: link.focusNote ? [link.focusNote] : [] };
}

function viewOf(ctx: AppContext, c: Campaign, id: number): LeadView {
  const row = repo.getLeadListRow(ctx.db, c.id, id);
  if (!row) throw new AppError('not-found', '没有找到该线索');
  return leadView(row, today(ctx));
}

function refuse(problems: Issue[]): void {
  const errors = problems.filter((p) => p.severity === '错误');
  if (errors.length) throw new AppError('validation', errors.map((p) => p.message).join('；'), problems);
}

function fieldProblems(ctx: AppContext, c: Campaign, l: LeadInput): Issue[] {
  return leadProblems(l, recordContext(ctx, c)).map((p) => ({ rule: 'lead.rule', severity: p.severity, column: p.field, message: p.message }));
}

/** Checks the 登记 form; problems name the form field in `column`. */
export function leadFromForm(ctx: AppContext, c: Campaign, f: LeadFormInput): { input: LeadInput; problems: Issue[] } {
  const problems: Issue[] = [];
  const err = (column: string, message: string) => problems.push({ rule: 'lead.form', severity: '错误', column, message });
  for (const [k, v, label] of [['receivedDate', f.receivedDate, '受理日期'], ['deadline', f.deadline, '办理时限']] as const) if (!isIsoDate(v)) err(k, `${label}不正确：${v || '未填写'}`);
  for (const [k, v, label] of [['verifiedDate', f.verifiedDate, '核查日期'], ['closedDate', f.closedDate, '办结日期']] as const) if (v && !isIsoDate(v)) err(k, `${label}不正确：${v}`);
  const channel = matchChannel(f.channel);
  if (!channel) err('channel', `来源渠道应为：${LEAD_CHANNELS.join('、')}`);
  const status = matchLeadStatus(f.status ?? '待核查');
  if (!status) err('status', `办理状态应为：${LEAD_STATUSES.join('、')}`);
  const verdictCol = f.verdict ? matchVerdict(f.verdict) : null;
  if (f.verdict && !verdictCol) err('verdict', `核查结论应为：${LEAD_VERDICTS.join('、')}`);
  for (const [k, v, label] of [['subjectText', f.subjectText, '被举报对象'], ['content', f.content, '举报内容'], ['handlingUnit', f.handlingUnit, '承办单位']] as const) if (!v.trim()) err(k, `请填写${label}`);
  if (f.subjectInstitutionId) {
    const inst = getInstitution(ctx.db, f.subjectInstitutionId);
    if (!inst || inst.kind !== 'institution') err('subjectInstitutionId', '所选被举报机构不在名册中');
  }
  if (f.focusCode && !c.focusAreas.some((a) => a.code === f.focusCode)) err('focusCode', `整治重点“${f.focusCode}”不属于本专项`);
  const verdict = status ? verdictOf(status, verdictCol) : null;
  const leadNo = f.leadNo?.trim() || generatedLeadNo(f.receivedDate, channel ?? f.channel, f.subjectText, f.content);
  const input: LeadInput = {
    leadNo, receivedDate: f.receivedDate, channel: channel ?? '其他', subjectInstitutionId: f.subjectInstitutionId ?? null, subjectText: f.subjectText.trim(),
    content: f.content.trim(), handlingUnit: f.handlingUnit.trim(), deadline: f.deadline, status: status ?? '待核查', verdict,
    verifiedDate: f.verifiedDate || (verdict ? f.closedDate || today(ctx) : null), result: f.result?.trim() || null, closedDate: f.closedDate || null,
    focusCode: f.focusCode || null, issueLedgerNo: f.issueLedgerNo?.trim() || null, isTypical: !!f.isTypical, isExposed: !!f.isExposed,
    publicText: f.publicText?.trim() || null,
  };
  if (!problems.length) problems.push(...fieldProblems(ctx, c, input));
  return { input, problems };
}

function activeCampaign(ctx: AppContext): Campaign {
  return requireWritableCampaign(ctx, '修改举报线索');
}

export function createLead(ctx: AppContext, f: LeadFormInput): SaveResult<LeadView> {
  const c = activeCampaign(ctx);
  const { input, problems } = leadFromForm(ctx, c, f);
  refuse(problems);
  if (repo.leadByNo(ctx.db, c.id, input.leadNo)) throw new AppError('conflict', `线索编号“${input.leadNo}”已登记，请在列表中找到该线索更新状态，或更换编号。`);
  const out = ctx.db.transaction(() => {
    const o = storeLead(ctx, c, input, { ui: 'create' }, undefined);
    audit(ctx, { action: 'lead.create', entity: 'lead', entityId: input.leadNo, campaignId: c.id, detail: { input, issuesCreated: o.issuesCreated }, source: { ui: 'create' } });
    return o;
  })();
  const warnings = [...problems.filter((p) => p.severity === '警告'), ...out.notes.map((message): Issue => ({ rule: 'lead.focus', severity: '警告', column: 'focusCode', message }))];
  return { record: viewOf(ctx, c, out.id), issuesCreated: out.issuesCreated, warnings };
}

/** 状态变更: moves a lead on (or back, with a warning); a closed lead never reopens. */
export function updateLeadStatus(ctx: AppContext, a: LeadStatusInput): SaveResult<LeadView> {
  const c = activeCampaign(ctx);
  const row = repo.getLead(ctx.db, c.id, a.id);
  if (!row) throw new AppError('not-found', '没有找到该线索');
  const status = matchLeadStatus(a.status);
  if (!status) throw new AppError('validation', `办理状态应为：${LEAD_STATUSES.join('、')}`, [{ rule: 'lead.form', severity: '错误', column: 'status', message: `办理状态“${a.status}”无效` }]);
  const given = a.verdict ? matchVerdict(a.verdict) : null;
  if (a.verdict && !given) throw new AppError('validation', `核查结论应为：${LEAD_VERDICTS.join('、')}`, [{ rule: 'lead.form', severity: '错误', column: 'verdict', message: `核查结论“${a.verdict}”无效` }]);
  const open = status === '待核查' || status === '核查中';
  const verdict = open ? null : verdictOf(status, given ?? (row.verdict as LeadVerdict | null));
  const t = checkLeadTransition(row.status as LeadStatus, row.verdict, status, verdict);
  if (!t.ok) throw new AppError('validation', t.reason, [{ rule: 'lead.transition', severity: '错误', column: 'status', message: t.reason }]);
  const day = today(ctx);
  const verdictChanged = verdict !== row.verdict;
  const input: LeadInput = {
    ...inputOf(row), status, verdict,
    verifiedDate: open ? null : a.verifiedDate ?? (verdictChanged ? day : row.verified_date ?? day),
    closedDate: status === '已办结' ? a.closedDate ?? row.closed_date ?? day : null,
    result: a.result?.trim() || row.result, focusCode: a.focusCode || row.focus_code, issueLedgerNo: a.issueLedgerNo?.trim() || null,
  };
  const problems = fieldProblems(ctx, c, input);
  refuse(problems);
  const out = ctx.db.transaction(() => {
    const o = storeLead(ctx, c, input, { ui: 'status' }, row);
    if (o.action !== 'unchanged') {
      audit(ctx, {
        action: 'lead.status', entity: 'lead', entityId: row.lead_no, campaignId: c.id,
        detail: { from: { status: row.status, verdict: row.verdict }, to: { status, verdict }, closedDate: input.closedDate, issuesCreated: o.issuesCreated }, source: { ui: 'status' },
      });
    }
    return o;
  })();
  const warnings: Issue[] = [
    ...(t.warning ? [{ rule: 'lead.transition', severity: '警告' as const, column: 'status', message: t.warning }] : []),
    ...problems.filter((p) => p.severity === '警告'),
    ...out.notes.map((message): Issue => ({ rule: 'lead.focus', severity: '警告', column: 'focusCode', message })),
  ];
  return { record: viewOf(ctx, c, row.id), issuesCreated: out.issuesCreated, warnings };
}

export interface LeadListArgs { status?: string; overdue?: boolean; channel?: string; text?: string; offset?: number; limit?: number }

export function listLeads(ctx: AppContext, a: LeadListArgs): Page<LeadView> {
  const c = requireCampaign(ctx);
  const day = today(ctx);
  const offset = a.offset ?? 0;
  const limit = a.limit ?? 50;
  const page = repo.listLeads(ctx.db, c.id, { status: a.status, overdueAt: a.overdue ? day : undefined, channel: a.channel, text: a.text?.trim() || undefined }, offset, limit);
  return { rows: page.rows.map((r) => leadView(r, day)), total: page.total, offset, limit };
}

/** Lead figures to the end of a period (with that period's flows), or to today. */
export function leadStatsFor(ctx: AppContext, periodCode?: string | null): LeadStats {
  const c = requireCampaign(ctx);
  const facts = repo.leadFacts(ctx.db, c.id).map((r) => ({
    receivedDate: r.received_date, status: r.status, verdict: r.verdict, verifiedDate: r.verified_date, closedDate: r.closed_date, deadline: r.deadline,
  }));
  if (!periodCode) return leadStats(facts, today(ctx));
  const p = requirePeriod(c, periodCode);
  return leadStats(facts, p.end, p.start);
}
