/**
 * The issue ledger (问题台账, domain.md §4): columns, enumerations and the status machine.
 * 待整改 → 整改中 → 已整改待核验 → 已销号; side states 不属实 and 移交他部门. Forward skips are
 * allowed (a first status of 已整改/已销号 is 立行立改); a closed issue may not reopen; other
 * backward moves are accepted with a warning (a clerk correcting a slip must not be blocked).
 */

export const LEDGER_STATUSES = ['待整改', '整改中', '已整改待核验', '已销号', '不属实', '移交他部门'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

export const ISSUE_SOURCES = ['自查自纠', '监督检查', '明察暗访', '举报投诉', '上级交办', '媒体曝光', '巡视巡察', '审计', '医保检查', '部门移送', '其他'] as const;
export const SEVERITIES = ['一般', '较重', '严重'] as const;
export const MEASURES = ['责令改正', '警告', '通报批评', '罚款', '没收违法所得', '暂扣/吊销许可证', '责令停业', '限制从业', '约谈', '党纪政务处分', '组织处理', '移送公安', '移送纪检监察', '移送医保/市场监管', '曝光'] as const;
export const YES_NO = ['是', '否'] as const;

const ORDER: Record<LedgerStatus, number> = { 待整改: 0, 整改中: 1, 已整改待核验: 2, 已销号: 3, 不属实: 3, 移交他部门: 3 };

export function isLedgerStatus(s: string): s is LedgerStatus {
  return (LEDGER_STATUSES as readonly string[]).includes(s);
}

/** Rectified (counts toward 整改率): 已整改待核验 or 已销号. */
export function isRectified(s: LedgerStatus): boolean {
  return s === '已整改待核验' || s === '已销号';
}

/** Still open: not rectified and not closed otherwise. */
export function isOpen(s: LedgerStatus): boolean {
  return s === '待整改' || s === '整改中';
}

/** Overdue at a cut-off: open and its deadline is before the cut-off. */
export function isOverdue(s: LedgerStatus, deadline: string | null, cutoff: string): boolean {
  return isOpen(s) && !!deadline && deadline < cutoff;
}

export type Transition = { ok: true; warning?: string } | { ok: false; reason: string };

/** Checks a status change between two consecutive returns. */
export function checkTransition(from: LedgerStatus, to: LedgerStatus): Transition {
  if (from === to) return { ok: true };
  if (from === '已销号') return { ok: false, reason: `已销号的问题不能改为“${to}”；如需重新整改，请新建台账条目` };
  if (from === '不属实' || from === '移交他部门') {
    return { ok: true, warning: `问题状态由“${from}”改为“${to}”，请核实` };
  }
  if (ORDER[to] < ORDER[from] && to !== '不属实' && to !== '移交他部门') {
    return { ok: true, warning: `问题状态由“${from}”回退为“${to}”，请核实` };
  }
  return { ok: true };
}

/** Ledger columns of the 问题台账 sheet, with synonyms used to find them in hand-edited files. */
export interface LedgerColumn {
  key: string;
  header: string;
  synonyms: string[];
  required: boolean;
  type: 'text' | 'date' | 'money' | 'enum' | 'yesno';
  options?: readonly string[];
  width?: number;
}

export const LEDGER_COLUMNS: LedgerColumn[] = [
  { key: 'ledgerNo', header: '台账编号', synonyms: ['编号', '问题编号', '序号编号'], required: false, type: 'text', width: 14 },
  { key: 'focus', header: '整治重点', synonyms: ['所属专项', '整治任务', '重点任务', '专项类别'], required: true, type: 'enum', width: 14 },
  { key: 'category', header: '问题类别', synonyms: ['问题类型', '类别'], required: false, type: 'text', width: 14 },
  { key: 'source', header: '问题来源', synonyms: ['来源', '发现途径'], required: true, type: 'enum', options: ISSUE_SOURCES, width: 12 },
  { key: 'foundDate', header: '发现日期', synonyms: ['发现时间', '日期'], required: true, type: 'date', width: 12 },
  { key: 'persons', header: '涉及科室／人员', synonyms: ['涉及科室', '涉及人员', '科室人员', '涉及科室/人员'], required: false, type: 'text', width: 14 },
  { key: 'description', header: '问题描述', synonyms: ['问题内容', '存在问题', '问题表现', '具体问题'], required: true, type: 'text', width: 36 },
  { key: 'amount', header: '涉及金额（元）', synonyms: ['涉及金额', '金额'], required: false, type: 'money', width: 12 },
  { key: 'severity', header: '严重程度', synonyms: ['程度'], required: false, type: 'enum', options: SEVERITIES, width: 10 },
  { key: 'measures', header: '整改措施', synonyms: ['整改举措', '整改情况'], required: false, type: 'text', width: 30 },
  { key: 'respPerson', header: '整改责任人', synonyms: ['责任人'], required: false, type: 'text', width: 12 },
  { key: 'deadline', header: '整改时限', synonyms: ['整改期限', '完成时限', '整改时间'], required: true, type: 'date', width: 12 },
  { key: 'status', header: '整改状态', synonyms: ['状态', '整改进度', '进展状态'], required: true, type: 'enum', options: LEDGER_STATUSES, width: 14 },
  { key: 'completionDate', header: '完成日期', synonyms: ['完成时间', '整改完成日期'], required: false, type: 'date', width: 12 },
  { key: 'penalties', header: '处理方式', synonyms: ['处理处罚措施', '处理处罚', '处理措施'], required: false, type: 'enum', options: MEASURES, width: 14 },
  { key: 'fine', header: '罚没金额（元）', synonyms: ['罚没金额', '罚款金额', '罚款'], required: false, type: 'money', width: 12 },
  { key: 'caseOpened', header: '是否立案', synonyms: ['立案'], required: false, type: 'yesno', options: YES_NO, width: 10 },
  { key: 'typical', header: '是否典型案例', synonyms: ['典型案例'], required: false, type: 'yesno', options: YES_NO, width: 12 },
  { key: 'remarks', header: '备注', synonyms: ['说明'], required: false, type: 'text', width: 16 },
];

/** 工作情况 sheet: the free-text items reused by the bulletin and the final report. */
export const WORK_ITEMS = [
  { key: 'measures', label: '主要工作措施' },
  { key: 'experience', label: '典型经验做法' },
  { key: 'policies', label: '建立的制度（名称、文号）' },
  { key: 'problems', label: '存在问题' },
  { key: 'nextSteps', label: '下一步工作打算' },
  { key: 'filler', label: '填报人' },
  { key: 'phone', label: '联系电话' },
] as const;

export type WorkKey = (typeof WORK_ITEMS)[number]['key'];
export type WorkText = Partial<Record<WorkKey, string>>;

/** A normalised ledger row as parsed from a return. */
export interface LedgerRowInput {
  row: number; // 1-based sheet row
  ledgerNo: string | null;
  focusCode: string;
  category: string | null;
  source: string;
  foundDate: string;
  persons: string | null;
  description: string;
  amountFen: number | null;
  severity: string | null;
  measures: string | null;
  respPerson: string | null;
  deadline: string;
  status: LedgerStatus;
  completionDate: string | null;
  penalties: string | null;
  fineFen: number | null;
  caseOpened: boolean;
  typical: boolean;
  remarks: string | null;
}

/**
 * Identity fallback when a row has no ledger number: focus + found date + the first 12
 * significant characters of the description. Used only when no 台账编号 exists, so editing a
 * numbered issue's description never creates a duplicate.
 */
export function ledgerFingerprint(r: Pick<LedgerRowInput, 'focusCode' | 'foundDate' | 'description'>): string {
  const text = r.description.replace(/[\s\p{P}\p{S}]/gu, '').slice(0, 12);
  return `${r.focusCode}|${r.foundDate}|${text}`;
}
