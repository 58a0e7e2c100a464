/**
 * Turning an inspection finding or a substantiated lead into a ledger issue (or linking it to one
 * the institution already has), so rectification is tracked in one ledger whatever found it.
 * Call inside the caller's transaction.
 */
import type { Campaign } from '../../shared/domain/campaign';
import type { InspectionInput } from '../../shared/domain/inspection';
import { DEFAULT_RECTIFY_DAYS } from '../../shared/domain/inspection';
import type { LeadInput } from '../../shared/domain/lead';
import { MEASURES } from '../../shared/domain/ledger';
import { addDays, periodOf } from '../../shared/domain/period';
import { campaignPeriods } from '../../shared/domain/campaign';
import { normalizeKey } from '../../shared/import/text';
import * as links from '../db/repos/linked-issues-repo';
import type { AppContext } from './app-context';

/** The campaign period a date falls in, clamped to the campaign's first and last period. */
export function campaignPeriodOf(c: Campaign, date: string): string {
  const all = campaignPeriods(c);
  const code = periodOf(date).code;
  if (code < all[0].code) return all[0].code;
  if (code > all[all.length - 1].code) return all[all.length - 1].code;
  return code;
}

/** The focus area whose name appears in a text, else null. */
export function focusFromText(c: Campaign, text: string): string | null {
  const t = normalizeKey(text).replace(/[“”"]/g, '');
  return c.focusAreas.find((f) => t.includes(normalizeKey(f.name).replace(/[“”"]/g, '')))?.code ?? null;
}

/**
 * The ledger's 处理方式 for an issue: only values the institution's return accepts back (the
 * template pre-fills them), so 立案 and referrals outside that list stay on the inspection.
 */
export function ledgerPenalties(measures: readonly string[]): string | null {
  const ok = measures.filter((m) => (MEASURES as readonly string[]).includes(m) && !m.includes('/'));
  return ok.length ? ok.join('、') : null;
}

function nextInspectionNo(ctx: AppContext, c: Campaign, institutionId: number, date: string, taken: Set<string>): string {
  const prefix = `检查-${date.replace(/-/g, '')}-`;
  const used = new Set([...links.ledgerNosLike(ctx.db, c.id, institutionId, prefix), ...taken]);
  for (let n = 1; ; n++) {
    const no = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(no)) return no;
  }
}

export interface FindingLink {
  text: string;
  issueId: number;
  created: boolean;
}

/**
 * Resolves every finding of an inspection to an issue: an explicit 台账编号, else the issue an
 * earlier version of the same finding (same text) already had, else a new issue.
 */
export function linkFindings(ctx: AppContext, c: Campaign, i: InspectionInput, previous: Map<string, number>, now: string): FindingLink[] {
  const taken = new Set<string>();
  const focus = i.focusCodes[0] ?? null;
  return i.findings.map((f) => {
    if (f.issueLedgerNo) {
      const hit = links.issueByLedgerNo(ctx.db, c.id, i.institutionId, f.issueLedgerNo);
      if (hit) return { text: f.text, issueId: hit.id, created: false };
    }
    const before = previous.get(normalizeKey(f.text));
    if (before && links.issueById(ctx.db, c.id, before)) return { text: f.text, issueId: before, created: false };
    const ledgerNo = nextInspectionNo(ctx, c, i.institutionId, i.inspectedDate, taken);
    taken.add(ledgerNo);
    const issueId = links.insertLinkedIssue(ctx.db, {
      campaignId: c.id, institutionId: i.institutionId, ledgerNo, focusCode: focus ?? focusFromText(c, f.text) ?? c.focusAreas[0].code,
      source: i.form === '明察暗访' || i.form === '四不两直' ? '明察暗访' : '监督检查', foundDate: i.inspectedDate, description: f.text,
      deadline: i.deadline ?? addDays(i.inspectedDate, DEFAULT_RECTIFY_DAYS), measures: null, penalties: ledgerPenalties(i.measures),
      fineFen: null, caseOpened: false, period: campaignPeriodOf(c, i.inspectedDate),
      remarks: `${i.body}${i.form}（${i.inspectedDate}）发现`, now,
    });
    return { text: f.text, issueId, created: true };
  });
}

export interface LeadLink {
  issueId: number | null;
  created: boolean;
  /** Set when the focus area had to be guessed. */
  focusNote: string | null;
}

const SOURCE_BY_CHANNEL: Record<string, string> = { 上级交办: '上级交办', 媒体: '媒体曝光' };

/**
 * A substantiated lead on a roster institution gets an issue: the linked 台账编号, the one it
 * already has, or a new one numbered 线索-<线索编号>. Other leads keep what they had.
 */
export function linkLead(ctx: AppContext, c: Campaign, l: LeadInput, currentIssueId: number | null, today: string, now: string): LeadLink {
  if (!l.subjectInstitutionId) return { issueId: currentIssueId, created: false, focusNote: null };
  if (l.issueLedgerNo) {
    const hit = links.issueByLedgerNo(ctx.db, c.id, l.subjectInstitutionId, l.issueLedgerNo);
    if (hit) return { issueId: hit.id, created: false, focusNote: null };
  }
  if (currentIssueId || (l.verdict !== '属实' && l.verdict !== '部分属实')) return { issueId: currentIssueId, created: false, focusNote: null };
  const ledgerNo = `线索-${l.leadNo}`;
  const existing = links.issueByLedgerNo(ctx.db, c.id, l.subjectInstitutionId, ledgerNo);
  if (existing) return { issueId: existing.id, created: false, focusNote: null };
  const guessed = l.focusCode ? null : focusFromText(c, l.content);
  const focus = l.focusCode ?? guessed ?? c.focusAreas[0].code;
  const found = l.verifiedDate ?? l.closedDate ?? today;
  const issueId = links.insertLinkedIssue(ctx.db, {
    campaignId: c.id, institutionId: l.subjectInstitutionId, ledgerNo, focusCode: focus, source: SOURCE_BY_CHANNEL[l.channel] ?? '举报投诉',
    foundDate: found, description: (l.result ? `${l.content}（核查情况：${l.result}）` : l.content).slice(0, 2000),
    deadline: addDays(found, DEFAULT_RECTIFY_DAYS), measures: null, penalties: null, fineFen: null, caseOpened: false,
    period: campaignPeriodOf(c, found), remarks: `关联线索编号 ${l.leadNo}（${l.channel}）`, now,
  });
  const name = c.focusAreas.find((f) => f.code === focus)?.name ?? focus;
  const focusNote = l.focusCode ? null : guessed
    ? `未填写涉及整治重点，已按举报内容归入“${name}”`
    : `未填写涉及整治重点，举报内容中也没有整治重点名称，台账问题暂归入“${name}”，可在问题台账中更正`;
  return { issueId, created: true, focusNote };
}

/**
 * A lead first substantiated, then judged 不属实: the issue it created (and no return has reported
 * on since) follows it to 不属实, so D1 stops counting it.
 */
export function withdrawLeadIssue(ctx: AppContext, c: Campaign, leadNo: string, issueId: number | null, now: string): void {
  if (!issueId) return;
  const issue = links.issueById(ctx.db, c.id, issueId);
  if (issue && issue.ledger_no === `线索-${leadNo}` && !links.hasSnapshots(ctx.db, issueId)) links.setIssueStatus(ctx.db, issueId, '不属实', now);
}
