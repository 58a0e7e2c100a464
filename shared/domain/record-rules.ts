/**
 * Checks shared by the entry form and the workbook import of inspections and leads: the facts a
 * single field cannot tell (a date outside the campaign, a deadline before the inspection, a
 * linked ledger number the institution does not have). Each problem names the field it belongs
 * to, so the import puts it on the row's cell and the form next to the field.
 */
import type { Issue } from '../errors';
import type { InspectionInput } from './inspection';
import type { LeadInput } from './lead';
import { isSubstantiated } from './lead';

export interface FieldProblem {
  field: string;
  severity: Issue['severity'];
  message: string;
}

export interface RecordContext {
  campaignStart: string;
  campaignEnd: string;
  today: string;
  /** Whether the institution has a ledger issue with this number in the campaign. */
  issueExists: (institutionId: number, ledgerNo: string) => boolean;
}

const MAX_PUBLIC_TEXT = 1000;

function publicTextProblems(r: { isExposed: boolean; publicText: string | null }, out: FieldProblem[]): void {
  if (r.publicText && r.publicText.length > MAX_PUBLIC_TEXT) out.push({ field: 'publicText', severity: '错误', message: `公开描述不超过 ${MAX_PUBLIC_TEXT} 字（现 ${r.publicText.length} 字），请精简` });
  if (r.isExposed && !r.publicText) out.push({ field: 'publicText', severity: '警告', message: '已曝光的案例请填写“公开描述”（对外公布的简要情况），导出典型案例时要用' });
}

export function inspectionProblems(i: InspectionInput, ctx: RecordContext): FieldProblem[] {
  const out: FieldProblem[] = [];
  const err = (field: string, message: string) => out.push({ field, severity: '错误', message });
  if (i.inspectedDate < ctx.campaignStart || i.inspectedDate > ctx.campaignEnd) {
    err('inspectedDate', `检查日期 ${i.inspectedDate} 不在专项期间（${ctx.campaignStart} 至 ${ctx.campaignEnd}）内，不能计入本专项`);
  } else if (i.inspectedDate > ctx.today) {
    err('inspectedDate', `检查日期 ${i.inspectedDate} 晚于今天（${ctx.today}），请核对`);
  }
  if (i.deadline && i.deadline < i.inspectedDate) err('deadline', `整改时限（${i.deadline}）早于检查日期（${i.inspectedDate}）`);
  if (i.bodyKind === '联合检查组' && !i.jointDepartments.length) {
    out.push({ field: 'jointDepartments', severity: '警告', message: '联合检查组请在“联合部门”中写明参加的部门（如 市场监管、公安）' });
  }
  const linked = i.findings.map((f) => f.issueLedgerNo).filter((n): n is string => !!n);
  for (const no of linked) {
    if (!ctx.issueExists(i.institutionId, no)) err('issueLedgerNos', `台账编号“${no}”不是该机构在本专项问题台账中的编号，请核对；不填则为该问题新建台账条目`);
  }
  if (new Set(linked).size < linked.length) err('issueLedgerNos', '同一个台账编号关联了多条发现问题');
  if (i.fineFen && !i.measures.includes('罚款')) out.push({ field: 'measures', severity: '警告', message: '填写了罚款金额，处理措施中却没有“罚款”，请核对' });
  publicTextProblems(i, out);
  return out;
}

export function leadProblems(l: LeadInput, ctx: RecordContext): FieldProblem[] {
  const out: FieldProblem[] = [];
  const err = (field: string, message: string) => out.push({ field, severity: '错误', message });
  if (l.receivedDate > ctx.today) err('receivedDate', `受理日期 ${l.receivedDate} 晚于今天（${ctx.today}），请核对`);
  else if (l.receivedDate > ctx.campaignEnd) err('receivedDate', `受理日期 ${l.receivedDate} 晚于专项结束日期（${ctx.campaignEnd}），不属于本专项`);
  if (l.deadline < l.receivedDate) err('deadline', `办理时限（${l.deadline}）早于受理日期（${l.receivedDate}）`);
  if (l.status === '已办结') {
    if (!l.verdict) err('verdict', '线索已办结，请填写“核查结论”（属实、部分属实或不属实）');
    if (!l.closedDate) err('closedDate', '线索已办结，请填写“办结日期”');
    if (!l.result) out.push({ field: 'result', severity: '警告', message: '线索已办结，建议填写“办理结果”' });
  }
  if (l.closedDate && l.status !== '已办结') err('closedDate', `填写了办结日期，但办理状态是“${l.status}”；已办结请把状态改为“已办结”`);
  if (l.closedDate && l.closedDate < l.receivedDate) err('closedDate', `办结日期（${l.closedDate}）早于受理日期（${l.receivedDate}）`);
  if (l.closedDate && l.closedDate > ctx.today) err('closedDate', `办结日期 ${l.closedDate} 晚于今天（${ctx.today}）`);
  if (l.verifiedDate && l.verifiedDate < l.receivedDate) err('verifiedDate', `核查日期（${l.verifiedDate}）早于受理日期（${l.receivedDate}）`);
  if (l.verifiedDate && l.closedDate && l.verifiedDate > l.closedDate) err('verifiedDate', `核查日期（${l.verifiedDate}）晚于办结日期（${l.closedDate}）`);
  if (l.issueLedgerNo) {
    if (!l.subjectInstitutionId) err('issueLedgerNo', '被举报对象不在机构名册中，无法关联台账编号；请填写机构的统一社会信用代码或名册中的全称');
    else if (!ctx.issueExists(l.subjectInstitutionId, l.issueLedgerNo)) err('issueLedgerNo', `台账编号“${l.issueLedgerNo}”不是该机构在本专项问题台账中的编号，请核对`);
  }
  if (isSubstantiated(l.verdict) && !l.subjectInstitutionId) {
    out.push({ field: 'subjectText', severity: '警告', message: '线索查实，但被举报对象不在机构名册中，未生成问题台账条目；如属名册内机构，请填写统一社会信用代码或名册中的全称' });
  }
  publicTextProblems(l, out);
  return out;
}
