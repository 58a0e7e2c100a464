/**
 * 审核 before anyone is named: the units the statistics propose for 通报表扬 / 通报批评, each with
 * its reasons, and the clerk's exclusions (each with a mandatory reason). The backend excludes by
 * unit name within a list, so a unit proposed for several reasons is one decision.
 */
import type { NamedReason } from '../../shared/documents/bulletin-data';

export type ReviewList = 'praise' | 'criticise';

export interface Exclusion {
  name: string;
  list: ReviewList;
  reason: string;
}

export interface ReviewRow {
  key: string;
  list: ReviewList;
  name: string;
  kind: NamedReason['kind'] | null;
  reasons: string[];
  /** The clerk's exclusion, when excluded. */
  excluded: Exclusion | null;
  /** Excluded earlier but no longer proposed by the current data. */
  stale: boolean;
}

export const LIST_LABEL: Record<ReviewList, string> = { praise: '拟通报表扬', criticise: '拟通报批评' };

/** Reasons clerks give most often (the field stays free text). */
export const EXCLUDE_REASON_PRESETS: readonly string[] = ['已批准延期', '数据有误，已更正', '已整改到位并经核验', '经领导研究暂不点名'];

export const MAX_REASON_CHARS = 500;

/** One row per proposed unit (reasons merged, first-seen order), then exclusions no longer proposed. */
export function reviewRows(proposed: readonly NamedReason[], excluded: readonly Exclusion[], list: ReviewList): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const byName = new Map<string, ReviewRow>();
  for (const p of proposed) {
    let row = byName.get(p.name);
    if (!row) {
      row = { key: `${list}:${p.name}`, list, name: p.name, kind: p.kind, reasons: [], excluded: findExclusion(excluded, p.name, list), stale: false };
      byName.set(p.name, row);
      rows.push(row);
    }
    if (!row.reasons.includes(p.reason)) row.reasons.push(p.reason);
  }
  for (const e of excluded) {
    if (e.list === list && !byName.has(e.name)) rows.push({ key: `${list}:${e.name}`, list, name: e.name, kind: null, reasons: [], excluded: e, stale: true });
  }
  return rows;
}

export function findExclusion(excluded: readonly Exclusion[], name: string, list: ReviewList): Exclusion | null {
  return excluded.find((e) => e.name === name && e.list === list) ?? null;
}

/** The reason as it will be saved, or the message that says what to fix. */
export function checkReason(reason: string): { ok: true; reason: string } | { ok: false; message: string } {
  const r = reason.trim();
  if (!r) return { ok: false, message: '请填写排除理由（如：已批准延期），理由会随通报一同存档' };
  if (r.length > MAX_REASON_CHARS) return { ok: false, message: `排除理由最多 ${MAX_REASON_CHARS} 字，请精简` };
  return { ok: true, reason: r };
}

/** The exclusion list with this unit excluded (a second decision on the same unit replaces the first). */
export function withExclusion(excluded: readonly Exclusion[], e: Exclusion): Exclusion[] {
  return [...excluded.filter((x) => !(x.name === e.name && x.list === e.list)), { name: e.name, list: e.list, reason: e.reason.trim() }];
}

export function withoutExclusion(excluded: readonly Exclusion[], name: string, list: ReviewList): Exclusion[] {
  return excluded.filter((x) => !(x.name === name && x.list === list));
}

/** How many units will be named, per list. */
export function namedCount(rows: readonly ReviewRow[]): number {
  return rows.filter((r) => !r.excluded && !r.stale).length;
}

/** The review record archived with an issued document: what was proposed, what was excluded and why. */
export interface ReviewRecord {
  proposed: { praise: NamedReason[]; criticise: NamedReason[] };
  excluded: Exclusion[];
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function namedReasons(v: unknown): NamedReason[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObj).filter((x) => typeof x.name === 'string').map((x) => ({
    name: x.name as string,
    kind: x.kind === 'district' ? 'district' : 'institution',
    reason: typeof x.reason === 'string' ? x.reason : '',
  }));
}

/** Reads the archived record defensively (documents archived by older versions may lack parts). */
export function parseReviewRecord(raw: unknown): ReviewRecord {
  const r = isObj(raw) ? raw : {};
  const proposed = isObj(r.proposed) ? r.proposed : {};
  const excluded = Array.isArray(r.excluded)
    ? r.excluded.filter(isObj).filter((x) => typeof x.name === 'string').map((x) => ({
      name: x.name as string,
      list: (x.list === 'praise' ? 'praise' : 'criticise') as ReviewList,
      reason: typeof x.reason === 'string' ? x.reason : '',
    }))
    : [];
  return { proposed: { praise: namedReasons(proposed.praise), criticise: namedReasons(proposed.criticise) }, excluded };
}
