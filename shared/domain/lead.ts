/**
 * Complaint leads (举报线索): received from a channel, handled by a unit by a deadline, verified
 * (属实 / 部分属实 / 不属实) and closed (已办结). Status: 待核查 → 核查中 → 属实|部分属实|不属实 →
 * 已办结; forward skips are fine (a lead verified on the day it came in). A closed lead may not
 * reopen; other backward moves and a changed verdict pass with a warning, so a clerk correcting
 * a slip is not blocked. A substantiated lead becomes (or links to) a ledger issue.
 */
import { normalizeKey } from '../import/text';

export const LEAD_CHANNELS = ['12320', '12345', '信访', '网络平台', '上级交办', '媒体', '其他'] as const;
export type LeadChannel = (typeof LEAD_CHANNELS)[number];

export const LEAD_STATUSES = ['待核查', '核查中', '属实', '部分属实', '不属实', '已办结'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_VERDICTS = ['属实', '部分属实', '不属实'] as const;
export type LeadVerdict = (typeof LEAD_VERDICTS)[number];

const CHANNEL_SYNONYMS: Record<string, LeadChannel> = {
  12320: '12320', '12320热线': '12320', '12320卫生热线': '12320', 卫生热线: '12320',
  12345: '12345', '12345热线': '12345', '12345政务服务热线': '12345', 政务热线: '12345', 市长热线: '12345', 便民热线: '12345',
  信访: '信访', 来信: '信访', 来访: '信访', 来信来访: '信访', 信访件: '信访', 群众来信: '信访', 信件: '信访',
  网络平台: '网络平台', 网络: '网络平台', 网上举报: '网络平台', 网站: '网络平台', 微信: '网络平台', 公众号: '网络平台', 邮箱: '网络平台', 电子邮件: '网络平台', 政务网站: '网络平台',
  上级交办: '上级交办', 交办: '上级交办', 上级转办: '上级交办', 转办: '上级交办', 省卫健委交办: '上级交办', 上级交办件: '上级交办',
  媒体: '媒体', 媒体曝光: '媒体', 新闻媒体: '媒体', 舆情: '媒体', 媒体报道: '媒体',
  其他: '其他', 其它: '其他',
};

const STATUS_SYNONYMS: Record<string, LeadStatus> = {
  待核查: '待核查', 未核查: '待核查', 待办: '待核查', 已受理: '待核查', 受理: '待核查',
  核查中: '核查中', 正在核查: '核查中', 办理中: '核查中', 调查中: '核查中', 在办: '核查中',
  属实: '属实', 查实: '属实', 情况属实: '属实',
  部分属实: '部分属实', 基本属实: '部分属实',
  不属实: '不属实', 不实: '不属实', 查无实据: '不属实', 情况不属实: '不属实',
  已办结: '已办结', 办结: '已办结', 已结: '已办结', 已完成: '已办结', 结案: '已办结',
};

const pick = <T extends string>(table: Record<string, T>, text: string): T | null => {
  const k = normalizeKey(text).replace(/[“”"]/g, '');
  for (const [syn, v] of Object.entries(table)) if (normalizeKey(syn) === k) return v;
  return null;
};

export const matchChannel = (text: string): LeadChannel | null => pick(CHANNEL_SYNONYMS, text);
export const matchLeadStatus = (text: string): LeadStatus | null => pick(STATUS_SYNONYMS, text);
export function matchVerdict(text: string): LeadVerdict | null {
  const s = matchLeadStatus(text);
  return s === '属实' || s === '部分属实' || s === '不属实' ? s : null;
}

export function isVerdict(s: string): s is LeadVerdict {
  return (LEAD_VERDICTS as readonly string[]).includes(s);
}

/** 查实（含部分属实）: the verdicts that make a lead a ledger issue (G4). */
export function isSubstantiated(v: string | null): boolean {
  return v === '属实' || v === '部分属实';
}

/** Overdue at a day: not closed and its handling deadline has passed. */
export function isLeadOverdue(status: string, deadline: string, asOf: string): boolean {
  return status !== '已办结' && deadline < asOf;
}

const RANK: Record<LeadStatus, number> = { 待核查: 0, 核查中: 1, 属实: 2, 部分属实: 2, 不属实: 2, 已办结: 3 };

export type LeadTransition = { ok: true; warning?: string } | { ok: false; reason: string };

/** Checks a change of status (and verdict) of a stored lead. */
export function checkLeadTransition(from: LeadStatus, fromVerdict: string | null, to: LeadStatus, toVerdict: string | null): LeadTransition {
  if (from === '已办结' && to !== '已办结') return { ok: false, reason: `已办结的线索不能改为“${to}”；如有新情况，请另行登记一条线索` };
  if (fromVerdict && toVerdict && fromVerdict !== toVerdict) return { ok: true, warning: `核查结论由“${fromVerdict}”改为“${toVerdict}”，请核实` };
  if (RANK[to] < RANK[from]) return { ok: true, warning: `线索状态由“${from}”回退为“${to}”，请核实` };
  return { ok: true };
}

/** A validated lead (form or workbook row) before it is written. */
export interface LeadInput {
  leadNo: string;
  receivedDate: string;
  channel: LeadChannel;
  subjectInstitutionId: number | null;
  subjectText: string;
  content: string;
  handlingUnit: string;
  deadline: string;
  status: LeadStatus;
  verdict: LeadVerdict | null;
  verifiedDate: string | null;
  result: string | null;
  closedDate: string | null;
  focusCode: string | null;
  /** Link the lead to this existing ledger issue (of the subject institution). */
  issueLedgerNo: string | null;
  isTypical: boolean;
  isExposed: boolean;
  publicText: string | null;
}

/** Verdict carried by a status: 属实/部分属实/不属实 are verdicts; 已办结 keeps the one given. */
export function verdictOf(status: LeadStatus, verdict: LeadVerdict | null): LeadVerdict | null {
  return isVerdict(status) ? status : verdict;
}

/**
 * A stable number for a lead listed without one: the received date and a short hash of channel,
 * subject and content, so importing the same list again finds the same lead.
 */
export function generatedLeadNo(receivedDate: string, channel: string, subject: string, content: string): string {
  let h = 2166136261;
  const s = `${channel}|${normalizeKey(subject)}|${normalizeKey(content)}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return `XS${receivedDate.replace(/-/g, '')}-${(h >>> 0).toString(36).toUpperCase().padStart(7, '0').slice(-6)}`;
}
