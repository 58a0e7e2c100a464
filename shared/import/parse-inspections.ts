/**
 * The inspection-log workbook (检查记录表) a district sends every half month: one row per
 * inspection. Columns are found by header text; each row is normalised and checked, every
 * problem recorded at its cell. The institution is resolved through the caller's roster lookup.
 */
import type { Issue } from '../errors';
import type { FocusArea } from '../domain/campaign';
import {
  BODY_KINDS, INSPECTION_FORMS, inferBodyKind, matchBodyKind, matchInspectionForm, splitFindings, splitList,
  type InspectionInput,
} from '../domain/inspection';
import { inspectionProblems, type RecordContext } from '../domain/record-rules';
import type { GridBook } from './grid';
import type { ColumnSpec } from './header-match';
import { MAX_RECORD_ROWS, RowReader, locateRecordSheet, rowIsBlank } from './record-sheet';
import { normalizeKey } from './text';

export const INSPECTION_SHEET = '检查记录';
export const INSPECTION_SHEET_NAMES = [INSPECTION_SHEET, '督查记录', '检查台账', '监督检查记录', '检查情况'];

export interface RecordColumnSpec extends ColumnSpec {
  width: number;
  /** Hint shown in the template (input prompt and 填写说明). */
  hint: string;
}

const col = (key: string, synonyms: string[], required: boolean, width: number, hint: string): RecordColumnSpec => ({ key, synonyms, required, width, hint });

export const INSPECTION_COLUMNS: RecordColumnSpec[] = [
  col('inspectedDate', ['检查日期', '检查时间', '督查日期', '检查日'], true, 12, '如 2023-06-05'),
  col('institutionName', ['被检查机构', '被检查单位', '被检查医疗机构', '检查对象', '机构名称'], true, 26, '名册中的机构全称'),
  col('uscc', ['统一社会信用代码', '社会信用代码', '信用代码'], false, 22, '有代码请填写，可准确识别机构'),
  col('body', ['检查主体', '检查单位', '督查单位', '实施检查单位', '检查机关'], true, 20, '如 宿城区卫生监督所'),
  col('bodyKind', ['主体类别', '检查主体类别', '主体类型'], false, 14, `${BODY_KINDS.join('、')}；不填按检查主体名称判断`),
  col('jointDepartments', ['联合部门', '联合检查部门', '参与部门', '配合部门'], false, 16, '联合检查时填写，如 市场监管、公安'),
  col('members', ['检查人员', '检查组成员', '督查人员', '执法人员'], false, 18, '姓名，多人用顿号分隔'),
  col('form', ['检查形式', '检查方式', '督查形式'], true, 12, INSPECTION_FORMS.join('、')),
  col('focusCodes', ['检查重点', '整治重点', '检查内容'], false, 16, '整治重点名称，多项用顿号分隔'),
  col('findings', ['发现问题', '存在问题', '检查发现问题', '发现的问题'], false, 40, '每个问题一行（Alt+Enter 换行）或用分号分隔；没有填“无”'),
  col('issueLedgerNos', ['关联台账编号', '问题台账编号', '台账编号'], false, 16, '问题已在台账中时填写其编号（按发现问题的顺序）；不填则新建台账条目'),
  col('deadline', ['整改时限', '整改期限', '限期整改日期'], false, 12, '不填默认检查日期后30日'),
  col('measures', ['处理措施', '处理处罚', '处理方式', '处理处罚措施'], false, 18, '如 责令改正、警告、罚款、立案、移送公安'),
  col('fine', ['罚款金额（元）', '罚款金额', '罚款', '罚没金额'], false, 12, '单位：元'),
  col('caseFiled', ['是否立案', '立案'], false, 10, '是 / 否'),
  col('referredTo', ['移送部门', '移送单位', '移送情况'], false, 12, '如 公安、市场监管'),
  col('attachments', ['附件', '附件材料', '佐证材料', '附件名称'], false, 18, '附件名称，多个用顿号分隔'),
  col('isTypical', ['是否典型案例', '典型案例'], false, 10, '是 / 否'),
  col('isExposed', ['是否曝光', '已曝光'], false, 10, '是 / 否'),
  col('publicText', ['公开描述', '案例简述', '曝光内容', '典型案例简述'], false, 30, '对外公布的简要情况（不含个人信息）'),
];

const LABELS: Record<string, string> = Object.fromEntries(INSPECTION_COLUMNS.map((c) => [c.key, c.synonyms[0]]));

/** Measures an inspection may record (a superset of the ledger's 处理方式 with 立案 and referrals). */
export const INSPECTION_MEASURES = [
  '责令改正', '警告', '通报批评', '罚款', '没收违法所得', '暂扣/吊销许可证', '责令停业', '限制从业', '约谈', '立案',
  '移送公安', '移送市场监管', '移送药监', '移送医保', '移送纪检监察', '曝光',
] as const;

export function matchMeasure(text: string): string | null {
  const k = normalizeKey(text);
  const hit = INSPECTION_MEASURES.find((m) => normalizeKey(m) === k);
  if (hit) return hit;
  if (k === '责令整改' || k === '限期整改') return '责令改正';
  if (k === '立案查处') return '立案';
  if (k === '吊销许可证' || k === '暂扣许可证') return '暂扣/吊销许可证';
  return null;
}

export type InstitutionMatch = { ok: true; id: number; name: string; warning?: string } | { ok: false; reason: string };

export interface InspectionLookup extends RecordContext {
  focusAreas: FocusArea[];
  /** Roster lookup by USCC (when given) and name/alias. */
  institution: (uscc: string, name: string) => InstitutionMatch;
}

export interface ParsedInspection {
  row: number;
  input: InspectionInput;
  institutionName: string;
}

export function matchFocus(areas: FocusArea[], text: string): string | null {
  const k = normalizeKey(text).replace(/[“”"]/g, '');
  const hit = areas.find((a) => normalizeKey(a.name).replace(/[“”"]/g, '') === k || normalizeKey(a.code) === k)
    ?? areas.find((a) => { const n = normalizeKey(a.name).replace(/[“”"]/g, ''); return k.includes(n) || n.includes(k); });
  return hit?.code ?? null;
}

function readRow(rd: RowReader, lk: InspectionLookup): ParsedInspection | null {
  const inspectedDate = rd.date('inspectedDate', true);
  const institutionName = rd.text('institutionName', { required: true, max: 200 });
  const uscc = rd.text('uscc');
  let institutionId: number | null = null;
  if (institutionName || uscc) {
    const m = lk.institution(uscc, institutionName);
    if (!m.ok) rd.problem(uscc && !institutionName ? 'uscc' : 'institutionName', m.reason, '错误', 'record.institution');
    else {
      institutionId = m.id;
      if (m.warning) rd.problem('institutionName', m.warning, '警告', 'record.institution');
    }
  }
  const body = rd.text('body', { required: true, max: 200 });
  const kindText = rd.text('bodyKind');
  const bodyKind = kindText ? matchBodyKind(kindText) : inferBodyKind(body);
  if (kindText && !bodyKind) rd.problem('bodyKind', `“主体类别”的值“${kindText}”不在下拉列表中，可选：${BODY_KINDS.join('、')}`, '错误', 'cell.dropdown');
  else if (!kindText && body && !bodyKind) {
    rd.problem(rd.has('bodyKind') ? 'bodyKind' : 'body', `无法从检查主体“${body}”判断主体类别，请在“主体类别”中选择：${BODY_KINDS.join('、')}`, '错误', 'record.required');
  }
  const form = rd.choice('form', matchInspectionForm, INSPECTION_FORMS, true);
  const focusCodes: string[] = [];
  for (const t of splitList(rd.text('focusCodes'))) {
    const f = matchFocus(lk.focusAreas, t);
    if (!f) rd.problem('focusCodes', `“检查重点”中的“${t}”不是本专项的整治重点，可选：${lk.focusAreas.map((a) => a.name).join('、')}`, '错误', 'cell.dropdown');
    else if (!focusCodes.includes(f)) focusCodes.push(f);
  }
  const texts = splitFindings(rd.text('findings'));
  const nos = splitList(rd.text('issueLedgerNos'));
  if (nos.length > texts.length) rd.problem('issueLedgerNos', `填写了 ${nos.length} 个台账编号，但“发现问题”只有 ${texts.length} 条；编号按发现问题的顺序一一对应`);
  const measures: string[] = [];
  for (const t of rd.text('measures').split(/[、,，;；\n]+/).map((x) => x.trim()).filter(Boolean)) {
    const m = matchMeasure(t);
    if (!m) rd.problem('measures', `“处理措施”中的“${t}”不在可选范围内，可选：${INSPECTION_MEASURES.join('、')}`, '错误', 'cell.dropdown');
    else if (!measures.includes(m)) measures.push(m);
  }
  const fineFen = rd.money('fine');
  const caseFiled = rd.yesNo('caseFiled', measures.includes('立案'));
  const deadline = rd.date('deadline');
  const input: InspectionInput = {
    institutionId: institutionId ?? 0, inspectedDate: inspectedDate ?? '', body, bodyKind: bodyKind ?? '卫生监督所',
    jointDepartments: splitList(rd.text('jointDepartments')), members: rd.text('members', { max: 500 }), form: form ?? '常规检查', focusCodes,
    findings: texts.map((text, i) => ({ text, issueLedgerNo: nos[i] ?? null })), deadline, measures, fineFen, caseFiled,
    referredTo: rd.text('referredTo', { max: 200 }) || null, attachments: splitList(rd.text('attachments')),
    isTypical: rd.yesNo('isTypical'), isExposed: rd.yesNo('isExposed'), publicText: rd.text('publicText') || null,
  };
  if (rd.errors) return null;
  for (const p of inspectionProblems(input, lk)) rd.problem(p.field === 'issueLedgerNos' && !rd.has(p.field) ? 'findings' : p.field, p.message, p.severity, 'record.rule');
  return rd.errors ? null : { row: rd.row, input, institutionName };
}

export interface InspectionSheetResult {
  sheet: string | null;
  rows: ParsedInspection[];
  issues: Issue[];
}

/** Reads every row; `issues` holds errors (the file is then refused as a whole) and warnings. */
export function parseInspectionBook(book: GridBook, fileName: string, lk: InspectionLookup): InspectionSheetResult {
  const issues: Issue[] = [];
  const located = locateRecordSheet(book, INSPECTION_SHEET_NAMES, INSPECTION_COLUMNS);
  if ('error' in located) return { sheet: null, rows: [], issues: [{ rule: 'record.header', severity: '错误', file: fileName, message: `${fileName}：${located.error}` }] };
  const s = located.sheet;
  if (s.rowCount - located.header.dataStartRow > MAX_RECORD_ROWS) {
    return { sheet: s.name, rows: [], issues: [{ rule: 'record.too-many', severity: '错误', file: fileName, sheet: s.name, message: `${fileName}：“${s.name}”超过 ${MAX_RECORD_ROWS} 行，请拆分后导入` }] };
  }
  const rows: ParsedInspection[] = [];
  const seen = new Map<string, number>();
  for (let r = located.header.dataStartRow; r <= s.rowCount; r++) {
    if (rowIsBlank(located, r)) continue;
    const rd = new RowReader(located, r, issues, fileName, LABELS);
    const parsed = readRow(rd, lk);
    if (!parsed) continue;
    const key = `${parsed.input.institutionId}|${parsed.input.inspectedDate}|${normalizeKey(parsed.input.body)}|${parsed.input.form}`;
    const first = seen.get(key);
    if (first) { rd.problem('institutionName', `与第${first}行是同一次检查（同一机构、日期、检查主体和形式），请合并为一行`, '错误', 'record.duplicate'); continue; }
    seen.set(key, r);
    rows.push(parsed);
  }
  if (!rows.length && !issues.some((i) => i.severity === '错误')) {
    issues.push({ rule: 'record.empty', severity: '错误', file: fileName, sheet: s.name, message: `${fileName}：“${s.name}”中没有检查记录（表头在第${located.header.headerRow}行，其下没有填写内容）` });
  }
  return { sheet: s.name, rows, issues };
}
