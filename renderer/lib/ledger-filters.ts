/**
 * 问题台账 filters live in the address (`#/ledger?district=321302&overdue=1&q=…`) so statistics
 * and the dashboard can link to "the overdue issues of 宿城区". This file converts between the
 * address parameters, the filter form and the backend's LedgerFilterArgs, and formats history rows.
 */
import { LEDGER_STATUSES } from '../../shared/domain/ledger';
import { diffDays, isIsoDate } from '../../shared/domain/period';
import type { LedgerFilterArgs, LedgerHistoryRow, LedgerRow } from '../../shared/ipc/contract/intake';

export interface LedgerFilters {
  district?: string;
  institutionId?: number;
  /** Shown in the institution select when the page is opened from a link. */
  institutionName?: string;
  focus?: string;
  status?: string;
  overdue: boolean;
  firstPeriod?: string;
  missing: boolean;
  text?: string;
}

export const PAGE_SIZES = [50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 100;

const str = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

export function filtersFromParams(p: Record<string, string>): LedgerFilters {
  const inst = Number(p.inst);
  const status = str(p.status);
  return {
    district: str(p.district),
    institutionId: Number.isInteger(inst) && inst > 0 ? inst : undefined,
    institutionName: Number.isInteger(inst) && inst > 0 ? str(p.instName) : undefined,
    focus: str(p.focus),
    status: status && (LEDGER_STATUSES as readonly string[]).includes(status) ? status : undefined,
    overdue: p.overdue === '1',
    firstPeriod: str(p.period) && /^\d{4}-\d{2}-H[12]$/.test(p.period) ? p.period : undefined,
    missing: p.missing === '1',
    text: str(p.q)?.slice(0, 100),
  };
}

export function paramsFromFilters(f: LedgerFilters, page = 1, pageSize = DEFAULT_PAGE_SIZE): Record<string, string | number | undefined> {
  return {
    district: f.district,
    inst: f.institutionId,
    instName: f.institutionId ? f.institutionName : undefined,
    focus: f.focus,
    status: f.status,
    overdue: f.overdue ? 1 : undefined,
    period: f.firstPeriod,
    missing: f.missing ? 1 : undefined,
    q: f.text,
    page: page > 1 ? page : undefined,
    size: pageSize !== DEFAULT_PAGE_SIZE ? pageSize : undefined,
  };
}

/** Page size from the address, limited to the offered sizes (the backend caps a page at 500). */
export function pageSizeFromParams(p: Record<string, string>): number {
  const n = Number(p.size);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
}

export function pageFromParams(p: Record<string, string>): number {
  const n = Number(p.page);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** What ledger:list / ledger:export receive: only the filters that are set. */
export function toLedgerArgs(f: LedgerFilters): LedgerFilterArgs {
  const a: LedgerFilterArgs = {};
  if (f.district) a.districtCode = f.district;
  if (f.institutionId) a.institutionId = f.institutionId;
  if (f.focus) a.focus = f.focus;
  if (f.status) a.status = f.status;
  if (f.overdue) a.overdue = true;
  if (f.firstPeriod) a.period = f.firstPeriod;
  if (f.missing) a.missing = true;
  if (f.text) a.text = f.text;
  return a;
}

export function hasFilters(f: LedgerFilters): boolean {
  return Object.keys(toLedgerArgs(f)).length > 0;
}

export const STATUS_COLOR: Record<string, string> = {
  待整改: 'red', 整改中: 'orange', 已整改待核验: 'blue', 已销号: 'green', 不属实: 'default', 移交他部门: 'purple',
};

export function statusColor(status: string): string {
  return STATUS_COLOR[status] ?? 'default';
}

/** "问题台账!R12" — where the row is in that version's file. */
export function historyPlace(h: Pick<LedgerHistoryRow, 'sheet' | 'row'>): string {
  return `${h.sheet}!第${h.row}行`;
}

/** Days past the deadline of an overdue open issue as of `today` (the backend decides `overdue`). */
export function overdueDays(r: Pick<LedgerRow, 'overdue' | 'deadline'>, today: string): number | null {
  if (!r.overdue || !r.deadline || !isIsoDate(r.deadline) || !isIsoDate(today)) return null;
  const d = diffDays(r.deadline, today);
  return d > 0 ? d : null;
}

export type HistoryEntry<H> = H & { change: string };

/**
 * Annotates the history (in period, version order) with what changed: 首次报送, "待整改 → 整改中"
 * against the previous counted version, or 已被新版本替换 for a superseded version.
 */
export function annotateHistory<H extends Pick<LedgerHistoryRow, 'status' | 'current'>>(history: readonly H[]): HistoryEntry<H>[] {
  let prev: string | null = null;
  return history.map((h) => {
    if (!h.current) return { ...h, change: '已被新版本替换' };
    const change = prev === null ? '首次报送' : prev === h.status ? '状态未变' : `${prev} → ${h.status}`;
    prev = h.status;
    return { ...h, change };
  });
}
