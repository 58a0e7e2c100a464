/**
 * Form values ↔ contract inputs for the 检查记录 and 举报线索 forms (kept apart from the
 * components so they are tested without a DOM), and the labels that place backend problems
 * next to their fields.
 */
import type { InspectionFormInput, InspectionView, LeadFormInput } from '../../shared/ipc/contract/inspections';

export interface InspectionFormValues {
  institutionId?: number;
  inspectedDate: string | null;
  body: string;
  bodyKind?: string;
  jointDepartments: string[];
  members: string;
  form?: string;
  focusCodes: string[];
  findings: { text: string; issueLedgerNo?: string | null }[];
  deadline: string | null;
  measures: string[];
  fine: number | null;
  caseFiled: boolean;
  referredTo: string;
  attachments: string[];
  isTypical: boolean;
  isExposed: boolean;
  publicText: string;
}

export const INSPECTION_LABELS: Record<string, string> = {
  institutionId: '被检查机构', inspectedDate: '检查日期', body: '检查主体', bodyKind: '主体类别', jointDepartments: '联合部门', members: '检查人员',
  form: '检查形式', focusCodes: '检查重点', findings: '发现问题', deadline: '整改时限', measures: '处理措施', fine: '罚款金额',
  caseFiled: '是否立案', referredTo: '移送部门', attachments: '附件', isTypical: '典型案例', isExposed: '已曝光', publicText: '公开描述',
};

export function emptyInspection(today: string): InspectionFormValues {
  return {
    inspectedDate: today, body: '', jointDepartments: [], members: '', focusCodes: [], findings: [], deadline: null, measures: [], fine: null,
    caseFiled: false, referredTo: '', attachments: [], isTypical: false, isExposed: false, publicText: '',
  };
}

export function inspectionToForm(v: InspectionView): InspectionFormValues {
  return {
    institutionId: v.institutionId, inspectedDate: v.inspectedDate, body: v.body, bodyKind: v.bodyKind, jointDepartments: v.jointDepartments,
    members: v.members, form: v.form, focusCodes: v.focusCodes, findings: v.findings.map((f) => ({ text: f.text, issueLedgerNo: f.ledgerNo })),
    deadline: null, measures: v.measures, fine: v.fine, caseFiled: v.caseFiled, referredTo: v.referredTo ?? '', attachments: v.attachments,
    isTypical: v.isTypical, isExposed: v.isExposed, publicText: v.publicText ?? '',
  };
}

export function formToInspection(f: InspectionFormValues): InspectionFormInput {
  return {
    institutionId: f.institutionId ?? 0, inspectedDate: f.inspectedDate ?? '', body: f.body.trim(), bodyKind: f.bodyKind || null,
    jointDepartments: f.jointDepartments, members: f.members.trim(), form: f.form ?? '', focusCodes: f.focusCodes,
    findings: f.findings.filter((x) => x.text?.trim()).map((x) => ({ text: x.text.trim(), issueLedgerNo: x.issueLedgerNo?.trim() || null })),
    deadline: f.deadline || null, measures: f.measures, fine: f.fine ?? null, caseFiled: f.caseFiled, referredTo: f.referredTo.trim() || null,
    attachments: f.attachments.map((a) => a.trim()).filter(Boolean), isTypical: f.isTypical, isExposed: f.isExposed, publicText: f.publicText.trim() || null,
  };
}

export interface LeadFormValues {
  leadNo: string;
  receivedDate: string | null;
  channel?: string;
  subjectInstitutionId?: number | null;
  subjectText: string;
  content: string;
  focusCode?: string | null;
  handlingUnit: string;
  deadline: string | null;
}

export const LEAD_LABELS: Record<string, string> = {
  leadNo: '线索编号', receivedDate: '受理日期', channel: '来源渠道', subjectInstitutionId: '被举报机构', subjectText: '被举报对象', content: '举报内容',
  focusCode: '涉及整治重点', handlingUnit: '承办单位', deadline: '办理时限', status: '办理状态', verdict: '核查结论', verifiedDate: '核查日期',
  result: '办理结果', closedDate: '办结日期', issueLedgerNo: '关联台账编号', publicText: '公开描述',
};

export function formToLead(f: LeadFormValues): LeadFormInput {
  return {
    leadNo: f.leadNo.trim() || null, receivedDate: f.receivedDate ?? '', channel: f.channel ?? '', subjectInstitutionId: f.subjectInstitutionId ?? null,
    subjectText: f.subjectText.trim(), content: f.content.trim(), focusCode: f.focusCode || null, handlingUnit: f.handlingUnit.trim(),
    deadline: f.deadline ?? '', status: '待核查',
  };
}

/** Statuses offered from a lead's current one: a closed lead offers nothing. */
export function nextStatuses(current: string): string[] {
  if (current === '已办结') return [];
  const all = ['待核查', '核查中', '属实', '部分属实', '不属实', '已办结'];
  return all.filter((s) => s !== current);
}
