/**
 * The complaint-lead workbook (举报线索登记表): one row per lead. Same tolerant reading as the
 * inspection log. A lead's subject may be a person or an unlicensed place, so an unknown subject
 * is not an error; only a substantiated lead on a roster institution becomes a ledger issue.
 */
import type { Issue } from '../errors';
import type { FocusArea } from '../domain/campaign';
import {
  LEAD_CHANNELS, LEAD_STATUSES, LEAD_VERDICTS, generatedLeadNo, isVerdict, matchChannel, matchLeadStatus, matchVerdict, verdictOf,
  type LeadInput,
} from '../domain/lead';
import { leadProblems, type RecordContext } from '../domain/record-rules';
import type { GridBook } from './grid';
import { MAX_RECORD_ROWS, RowReader, locateRecordSheet, rowIsBlank } from './record-sheet';
import { matchFocus, type InstitutionMatch, type RecordColumnSpec } from './parse-inspections';
import { normalizeKey } from './text';

export const LEAD_SHEET = '举报线索';
export const LEAD_SHEET_NAMES = [LEAD_SHEET, '线索登记', '举报线索登记', '投诉举报', '线索台账'];

const col = (key: string, synonyms: string[], required: boolean, width: number, hint: string): RecordColumnSpec => ({ key, synonyms, required, width, hint });

export const LEAD_COLUMNS: RecordColumnSpec[] = [
  col('leadNo', ['线索编号', '举报编号', '工单编号', '工单号', '受理编号'], false, 16, '热线工单号或本单位编号；不填由系统按内容生成'),
  col('receivedDate', ['受理日期', '接收日期', '收到日期', '受理时间', '登记日期'], true, 12, '如 2023-06-05'),
  col('channel', ['来源渠道', '线索来源', '举报渠道', '受理渠道', '来源'], true, 12, LEAD_CHANNELS.join('、')),
  col('subjectText', ['被举报对象', '被举报单位', '被举报机构', '被举报人', '举报对象'], true, 24, '机构全称或个人、场所'),
  col('uscc', ['统一社会信用代码', '社会信用代码', '信用代码'], false, 22, '被举报机构的代码（如有）'),
  col('content', ['举报内容', '线索内容', '反映问题', '反映内容', '主要内容'], true, 40, '举报反映的主要问题'),
  col('focus', ['涉及整治重点', '整治重点', '涉及领域'], false, 14, '整治重点名称；不填按举报内容判断'),
  col('handlingUnit', ['承办单位', '办理单位', '核查单位', '承办部门'], true, 18, '如 宿城区卫生监督所'),
  col('deadline', ['办理时限', '办结时限', '办理期限', '限办日期'], true, 12, '应办结的日期'),
  col('status', ['办理状态', '核查状态', '状态'], true, 12, LEAD_STATUSES.join('、')),
  col('verdict', ['核查结论', '核查结果', '是否属实'], false, 12, `${LEAD_VERDICTS.join('、')}；已办结时必填`),
  col('verifiedDate', ['核查日期', '核查完成日期'], false, 12, '得出核查结论的日期'),
  col('result', ['办理结果', '处理结果', '处理情况'], false, 30, '核查处理情况、答复情况'),
  col('closedDate', ['办结日期', '办结时间', '结案日期'], false, 12, '已办结时必填'),
  col('issueLedgerNo', ['关联台账编号', '问题台账编号', '台账编号'], false, 16, '问题已在台账中时填写；查实且不填则新建台账条目'),
  col('isTypical', ['是否典型案例', '典型案例'], false, 10, '是 / 否'),
  col('isExposed', ['是否曝光', '已曝光'], false, 10, '是 / 否'),
  col('publicText', ['公开描述', '案例简述', '曝光内容'], false, 30, '对外公布的简要情况（不含举报人信息）'),
];

const LABELS: Record<string, string> = Object.fromEntries(LEAD_COLUMNS.map((c) => [c.key, c.synonyms[0]]));

export interface LeadLookup extends RecordContext {
  focusAreas: FocusArea[];
  institution: (uscc: string, name: string) => InstitutionMatch;
}

export interface ParsedLead {
  row: number;
  input: LeadInput;
}

function readRow(rd: RowReader, lk: LeadLookup): ParsedLead | null {
  const receivedDate = rd.date('receivedDate', true);
  const channel = rd.choice('channel', matchChannel, LEAD_CHANNELS, true);
  const subjectText = rd.text('subjectText', { required: true, max: 200 });
  const uscc = rd.text('uscc');
  let subjectInstitutionId: number | null = null;
  if (subjectText || uscc) {
    const m = lk.institution(uscc, subjectText);
    if (m.ok) {
      subjectInstitutionId = m.id;
      if (m.warning) rd.problem('subjectText', m.warning, '警告', 'record.institution');
    } else if (uscc) rd.problem('uscc', `${m.reason}；线索照常登记，但不会关联到名册机构`, '警告', 'record.institution');
  }
  const content = rd.text('content', { required: true, max: 4000 });
  const focusText = rd.text('focus');
  const focusCode = focusText ? matchFocus(lk.focusAreas, focusText) : null;
  if (focusText && !focusCode) rd.problem('focus', `“涉及整治重点”的值“${focusText}”不是本专项的整治重点，可选：${lk.focusAreas.map((a) => a.name).join('、')}`, '错误', 'cell.dropdown');
  const handlingUnit = rd.text('handlingUnit', { required: true, max: 200 });
  const deadline = rd.date('deadline', true);
  const status = rd.choice('status', matchLeadStatus, LEAD_STATUSES, true);
  const verdictText = rd.text('verdict');
  const verdictCol = verdictText ? matchVerdict(verdictText) : null;
  if (verdictText && !verdictCol) rd.problem('verdict', `“核查结论”的值“${verdictText}”不在下拉列表中，可选：${LEAD_VERDICTS.join('、')}`, '错误', 'cell.dropdown');
  if (status && isVerdict(status) && verdictCol && verdictCol !== status) rd.problem('verdict', `办理状态是“${status}”，核查结论却是“${verdictCol}”，请改为一致`);
  if ((status === '待核查' || status === '核查中') && verdictCol) rd.problem('verdict', `办理状态是“${status}”，尚未得出核查结论；如已核查请把状态改为“${verdictCol}”或“已办结”`);
  const verifiedDate = rd.date('verifiedDate');
  const closedDate = rd.date('closedDate');
  const result = rd.text('result', { max: 4000 }) || null;
  let leadNo = rd.text('leadNo', { max: 60 });
  if (rd.errors) return null;
  if (!leadNo) {
    leadNo = generatedLeadNo(receivedDate!, channel!, subjectText, content);
    rd.problem(rd.has('leadNo') ? 'leadNo' : 'receivedDate', `未填写线索编号，已按内容生成编号“${leadNo}”（再次导入同一线索时据此识别）`, '警告', 'record.generated-no');
  }
  const verdict = verdictOf(status!, verdictCol);
  const input: LeadInput = {
    leadNo, receivedDate: receivedDate!, channel: channel!, subjectInstitutionId, subjectText, content, handlingUnit, deadline: deadline!,
    status: status!, verdict, verifiedDate: verifiedDate ?? (verdict ? closedDate : null), result, closedDate, focusCode,
    issueLedgerNo: rd.text('issueLedgerNo', { max: 60 }) || null,
    isTypical: rd.yesNo('isTypical'), isExposed: rd.yesNo('isExposed'), publicText: rd.text('publicText') || null,
  };
  if (rd.errors) return null;
  for (const p of leadProblems(input, lk)) rd.problem(p.field, p.message, p.severity, 'record.rule');
  return rd.errors ? null : { row: rd.row, input };
}

export interface LeadSheetResult {
  sheet: string | null;
  /** Column key → 1-based column, to place later problems (a status change the stored lead refuses). */
  columns: Map<string, number>;
  rows: ParsedLead[];
  issues: Issue[];
}

export function parseLeadBook(book: GridBook, fileName: string, lk: LeadLookup): LeadSheetResult {
  const issues: Issue[] = [];
  const located = locateRecordSheet(book, LEAD_SHEET_NAMES, LEAD_COLUMNS);
  if ('error' in located) return { sheet: null, columns: new Map(), rows: [], issues: [{ rule: 'record.header', severity: '错误', file: fileName, message: `${fileName}：${located.error}` }] };
  const s = located.sheet;
  if (s.rowCount - located.header.dataStartRow > MAX_RECORD_ROWS) {
    return { sheet: s.name, columns: located.header.columns, rows: [], issues: [{ rule: 'record.too-many', severity: '错误', file: fileName, sheet: s.name, message: `${fileName}：“${s.name}”超过 ${MAX_RECORD_ROWS} 行，请拆分后导入` }] };
  }
  const rows: ParsedLead[] = [];
  const seen = new Map<string, number>();
  for (let r = located.header.dataStartRow; r <= s.rowCount; r++) {
    if (rowIsBlank(located, r)) continue;
    const rd = new RowReader(located, r, issues, fileName, LABELS);
    const parsed = readRow(rd, lk);
    if (!parsed) continue;
    const key = normalizeKey(parsed.input.leadNo);
    const first = seen.get(key);
    if (first) { rd.problem(rd.has('leadNo') ? 'leadNo' : 'receivedDate', `线索编号“${parsed.input.leadNo}”与第${first}行重复`, '错误', 'record.duplicate'); continue; }
    seen.set(key, r);
    rows.push(parsed);
  }
  if (!rows.length && !issues.some((i) => i.severity === '错误')) {
    issues.push({ rule: 'record.empty', severity: '错误', file: fileName, sheet: s.name, message: `${fileName}：“${s.name}”中没有线索（表头在第${located.header.headerRow}行，其下没有填写内容）` });
  }
  return { sheet: s.name, columns: located.header.columns, rows, issues };
}
