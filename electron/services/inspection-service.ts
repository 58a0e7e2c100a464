/**
 * The inspection log: entry form, edit, list, and the write shared with the workbook import.
 * Each finding becomes or links to a ledger issue (issue-links.ts); the log feeds 社会办 coverage
 * (coverage-service.ts) and C3/C4 in the statistics.
 */
import { AppError, type Issue } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import {
  BODY_KINDS, INSPECTION_FORMS, inferBodyKind, matchBodyKind, matchInspectionForm, splitList, type InspectionInput,
} from '../../shared/domain/inspection';
import { isIsoDate } from '../../shared/domain/period';
import { districtLabel, regionPrefix } from '../../shared/domain/region';
import { inspectionProblems } from '../../shared/domain/record-rules';
import { INSPECTION_MEASURES, matchMeasure } from '../../shared/import/parse-inspections';
import { normalizeKey } from '../../shared/import/text';
import type { Page } from '../../shared/ipc/contract/base';
import type { InspectionFormInput, InspectionView, SaveResult } from '../../shared/ipc/contract/inspections';
import { getInstitution } from '../db/repos/institutions-repo';
import * as repo from '../db/repos/inspections-repo';
import { timestamp, today, type AppContext } from './app-context';
import { audit } from './audit';
import { requireCampaign, requirePeriod, requireWritableCampaign } from './campaign-service';
import { campaignPeriodOf, linkFindings } from './issue-links';
import { recordContext } from './record-lookup';

export function inspectionView(c: Campaign, r: repo.InspectionListRow, findings: repo.FindingRow[]): InspectionView {
  const focusCodes = JSON.parse(r.focus_codes_json) as string[];
  return {
    id: r.id, institutionId: r.institution_id, institution: r.institution, uscc: r.uscc, districtCode: r.district_code,
    districtName: districtLabel(r.district_code), ownership: r.ownership, inspectedDate: r.inspected_date, period: r.period_code,
    body: r.body, bodyKind: r.body_kind, jointDepartments: splitList(r.joint_departments), members: r.members, form: r.form, focusCodes,
    focusNames: focusCodes.map((f) => c.focusAreas.find((a) => a.code === f)?.name ?? f),
    findings: findings.filter((f) => f.inspection_id === r.id).map((f) => ({ seq: f.seq, text: f.text, issueId: f.issue_id, ledgerNo: f.ledger_no, issueStatus: f.issue_status })),
    measures: splitList(r.measures), fine: r.fine_fen === null ? null : r.fine_fen / 100, caseFiled: r.case_filed === 1, referredTo: r.referred_to,
    attachments: splitList(r.attachments), isTypical: r.is_typical === 1, isExposed: r.is_exposed === 1, publicText: r.public_text,
  };
}

/** Checks a form and turns it into an input; problems name the form field in `column`. */
export function inspectionFromForm(ctx: AppContext, c: Campaign, f: InspectionFormInput): { input: InspectionInput; problems: Issue[] } {
  const problems: Issue[] = [];
  const err = (column: string, message: string) => problems.push({ rule: 'inspection.form', severity: '错误', column, message });
  const inst = getInstitution(ctx.db, f.institutionId);
  if (!inst || inst.kind !== 'institution') err('institutionId', '请选择名册中的被检查机构');
  if (!isIsoDate(f.inspectedDate)) err('inspectedDate', `检查日期不正确：${f.inspectedDate || '未填写'}`);
  const body = f.body.trim();
  if (!body) err('body', '请填写检查主体（如 宿城区卫生监督所）');
  const bodyKind = f.bodyKind ? matchBodyKind(f.bodyKind) : inferBodyKind(body);
  if (!bodyKind) err('bodyKind', `请选择主体类别：${BODY_KINDS.join('、')}`);
  const form = matchInspectionForm(f.form);
  if (!form) err('form', `检查形式应为：${INSPECTION_FORMS.join('、')}`);
  const focusCodes = [...new Set(f.focusCodes ?? [])];
  for (const code of focusCodes) if (!c.focusAreas.some((a) => a.code === code)) err('focusCodes', `整治重点“${code}”不属于本专项`);
  const measures: string[] = [];
  for (const m of f.measures ?? []) {
    const hit = matchMeasure(m);
    if (!hit) err('measures', `处理措施“${m}”不在可选范围内：${INSPECTION_MEASURES.join('、')}`);
    else if (!measures.includes(hit)) measures.push(hit);
  }
  if (f.deadline && !isIsoDate(f.deadline)) err('deadline', `整改时限不正确：${f.deadline}`);
  const input: InspectionInput = {
    institutionId: f.institutionId, inspectedDate: f.inspectedDate, body, bodyKind: bodyKind ?? '卫生监督所',
    jointDepartments: (f.jointDepartments ?? []).map((d) => d.trim()).filter(Boolean), members: (f.members ?? '').trim(), form: form ?? '常规检查',
    focusCodes, findings: (f.findings ?? []).map((x) => ({ text: x.text.trim(), issueLedgerNo: x.issueLedgerNo?.trim() || null })).filter((x) => x.text),
    deadline: f.deadline || null, measures, fineFen: f.fine === null || f.fine === undefined ? null : Math.round(f.fine * 100),
    caseFiled: f.caseFiled ?? measures.includes('立案'), referredTo: f.referredTo?.trim() || null,
    attachments: (f.attachments ?? []).map((a) => a.trim()).filter(Boolean), isTypical: !!f.isTypical, isExposed: !!f.isExposed,
    publicText: f.publicText?.trim() || null,
  };
  if (!problems.length) {
    for (const p of inspectionProblems(input, recordContext(ctx, c))) problems.push({ rule: 'inspection.rule', severity: p.severity, column: p.field === 'issueLedgerNos' ? 'findings' : p.field, message: p.message });
  }
  return { input, problems };
}

export interface StoreOutcome {
  id: number;
  action: 'added' | 'updated' | 'unchanged';
  issuesCreated: number;
  issuesLinked: number;
}

function sameAsStored(row: repo.InspectionRow, stored: repo.FindingRow[], i: InspectionInput, period: string): boolean {
  const fields: [unknown, unknown][] = [
    [row.institution_id, i.institutionId], [row.inspected_date, i.inspectedDate], [row.period_code, period], [row.body, i.body],
    [row.body_kind, i.bodyKind], [row.joint_departments, i.jointDepartments.join('、')], [row.members, i.members], [row.form, i.form],
    [row.focus_codes_json, JSON.stringify(i.focusCodes)], [row.measures, i.measures.join('、')], [row.fine_fen, i.fineFen],
    [row.case_filed, i.caseFiled ? 1 : 0], [row.referred_to, i.referredTo], [row.attachments, i.attachments.join('、')],
    [row.is_typical, i.isTypical ? 1 : 0], [row.is_exposed, i.isExposed ? 1 : 0], [row.public_text, i.publicText],
  ];
  if (fields.some(([a, b]) => a !== b)) return false;
  if (stored.length !== i.findings.length) return false;
  return i.findings.every((f, k) => stored[k].text === f.text && (!f.issueLedgerNo || stored[k].ledger_no === f.issueLedgerNo));
}

/** Writes one checked inspection (insert, or update of `existing`); call inside a transaction. */
export function storeInspection(ctx: AppContext, c: Campaign, i: InspectionInput, source: unknown, existing: repo.InspectionRow | undefined): StoreOutcome {
  const period = campaignPeriodOf(c, i.inspectedDate);
  const stored = existing ? repo.findingsOf(ctx.db, [existing.id]) : [];
  if (existing && sameAsStored(existing, stored, i, period)) return { id: existing.id, action: 'unchanged', issuesCreated: 0, issuesLinked: 0 };
  const now = timestamp(ctx);
  const exposedDate = i.isExposed ? existing?.exposed_date ?? today(ctx) : null;
  const id = existing ? existing.id : repo.insertInspection(ctx.db, { campaignId: c.id, period, input: i, exposedDate, source, at: now });
  if (existing) repo.updateInspection(ctx.db, id, { period, input: i, exposedDate, source });
  const previous = new Map(stored.filter((f) => f.issue_id !== null).map((f) => [normalizeKey(f.text), f.issue_id!]));
  const links = linkFindings(ctx, c, i, previous, now);
  repo.replaceFindings(ctx.db, id, links.map((l) => ({ text: l.text, issueId: l.issueId })));
  const issuesCreated = links.filter((l) => l.created).length;
  return { id, action: existing ? 'updated' : 'added', issuesCreated, issuesLinked: links.length - issuesCreated };
}

function viewOf(ctx: AppContext, c: Campaign, id: number): InspectionView {
  const row = repo.getInspectionListRow(ctx.db, c.id, id);
  if (!row) throw new AppError('not-found', '没有找到该检查记录');
  return inspectionView(c, row, repo.findingsOf(ctx.db, [id]));
}

function save(ctx: AppContext, f: InspectionFormInput, id: number | null): SaveResult<InspectionView> {
  const c = requireWritableCampaign(ctx, '修改检查记录');
  const existing = id === null ? undefined : repo.getInspection(ctx.db, c.id, id);
  if (id !== null && !existing) throw new AppError('not-found', '没有找到该检查记录');
  const { input, problems } = inspectionFromForm(ctx, c, f);
  const errors = problems.filter((p) => p.severity === '错误');
  if (errors.length) throw new AppError('validation', errors.map((p) => p.message).join('；'), problems);
  const same = repo.findInspection(ctx.db, c.id, { institutionId: input.institutionId, date: input.inspectedDate, body: input.body, form: input.form });
  if (same && same.id !== id) throw new AppError('conflict', `该机构 ${input.inspectedDate} 已有一条“${input.body}”的${input.form}记录，请编辑那一条，不要重复登记。`);
  const outcome = ctx.db.transaction(() => {
    const o = storeInspection(ctx, c, input, { ui: id === null ? 'create' : 'edit' }, existing);
    if (o.action !== 'unchanged') {
      audit(ctx, {
        action: id === null ? 'inspection.create' : 'inspection.update', entity: 'inspection', entityId: o.id, campaignId: c.id,
        detail: { input, issuesCreated: o.issuesCreated }, source: { ui: id === null ? 'create' : 'edit' },
      });
    }
    return o;
  })();
  return { record: viewOf(ctx, c, outcome.id), issuesCreated: outcome.issuesCreated, warnings: problems.filter((p) => p.severity === '警告') };
}

export function createInspection(ctx: AppContext, f: InspectionFormInput): SaveResult<InspectionView> {
  return save(ctx, f, null);
}

export function updateInspection(ctx: AppContext, id: number, f: InspectionFormInput): SaveResult<InspectionView> {
  return save(ctx, f, id);
}

export interface InspectionListArgs {
  period?: string;
  upToPeriod?: string;
  districtCode?: string;
  institutionId?: number;
  offset?: number;
  limit?: number;
}

export function listInspections(ctx: AppContext, a: InspectionListArgs): Page<InspectionView> {
  const c = requireCampaign(ctx);
  if (a.period) requirePeriod(c, a.period);
  if (a.upToPeriod) requirePeriod(c, a.upToPeriod);
  const offset = a.offset ?? 0;
  const limit = a.limit ?? 50;
  const page = repo.listInspections(ctx.db, c.id, {
    period: a.period, maxPeriod: a.upToPeriod, districtPrefix: a.districtCode ? regionPrefix(a.districtCode) : undefined, institutionId: a.institutionId,
  }, offset, limit);
  const findings = repo.findingsOf(ctx.db, page.rows.map((r) => r.id));
  return { rows: page.rows.map((r) => inspectionView(c, r, findings)), total: page.total, offset, limit };
}
