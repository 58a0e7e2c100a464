/**
 * 报送情况 for one period: who reported on time, late (by how many days) or not at all, per unit
 * and per district, with the reporting and on-time rates. Uses the statistics' own definitions
 * (shared/stats/reporting: due = on the roster and not retired by the period's end, or returned
 * anyway; counted = the current accepted version), so the tracker and 统计 never disagree.
 * Also the reminder list for the WeChat group and the CSV export.
 */
import type { Institution } from '../../shared/domain/institution';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import type { SubmissionView } from '../../shared/ipc/contract/intake';
import { classifyReturn, countRows } from '../../shared/stats/reporting';
import type { ReportingCounts, StatusRow, SubmissionStatus } from '../../shared/stats/types';
import { monthDay } from './period-choice';

export interface DistrictStatus {
  code: string;
  name: string;
  counts: ReportingCounts;
}

export interface TrackerView {
  rows: StatusRow[];
  districts: DistrictStatus[];
  totals: ReportingCounts;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sortRows(rows: StatusRow[]): StatusRow[] {
  return rows.sort((a, b) => byCodePoint(a.districtCode, b.districtCode) || byCodePoint(a.name, b.name));
}

function districtsOf(rows: readonly StatusRow[]): DistrictStatus[] {
  const groups = new Map<string, StatusRow[]>();
  for (const r of rows) {
    const g = groups.get(r.districtCode);
    if (g) g.push(r);
    else groups.set(r.districtCode, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => byCodePoint(a, b))
    .map(([code, list]) => ({ code, name: list[0].districtName, counts: countRows(list) }));
}

/** A submission belongs to the roster unit with its USCC, else the one with its name in its district. */
function unitKey(uscc: string | null, name: string, district: string): string {
  return uscc ? `u:${uscc}` : `n:${district}:${name}`;
}

/**
 * Builds the tracker from the roster and the period's submissions (all versions). Used while the
 * backend has no status channel; `fromStatus` takes the backend's answer when it has.
 */
export function buildTracker(period: Pick<PeriodRow, 'due' | 'end'>, roster: readonly Institution[], submissions: readonly SubmissionView[]): TrackerView {
  const byUnit = new Map<string, SubmissionView[]>();
  for (const s of submissions) {
    for (const k of [s.uscc ? unitKey(s.uscc, '', '') : null, unitKey(null, s.institution, s.districtCode)]) {
      if (!k) continue;
      const list = byUnit.get(k);
      if (list) list.push(s);
      else byUnit.set(k, [s]);
    }
  }
  const rows: StatusRow[] = [];
  for (const u of roster) {
    const vs = [...(byUnit.get(unitKey(u.uscc, u.name, u.districtCode)) ?? (u.uscc ? byUnit.get(unitKey(null, u.name, u.districtCode)) : undefined) ?? [])]
      .sort((a, b) => a.version - b.version);
    const counted = vs.find((v) => v.current && v.state === 'accepted') ?? null;
    const retired = u.retiredAt !== null && u.retiredAt.slice(0, 10) <= period.end;
    if (retired && !counted) continue;
    const { state, daysLate } = classifyReturn(period.due, counted?.receivedDate ?? null);
    const latest = vs[vs.length - 1];
    rows.push({
      institutionId: u.id, name: u.name, uscc: u.uscc, licenceNo: u.licenceNo, kind: u.kind,
      districtCode: u.districtCode, districtName: u.districtName,
      state, dueDate: period.due, receivedDate: counted?.receivedDate ?? null, daysLate,
      version: counted?.version ?? null, versions: vs.length,
      returned: !counted && latest !== undefined && latest.state === 'returned',
    });
  }
  sortRows(rows);
  return { rows, districts: districtsOf(rows), totals: countRows(rows) };
}

/** The backend's 报送情况 (stats:status) in the same shape. */
export function fromStatus(s: Pick<SubmissionStatus, 'rows' | 'byDistrict' | 'totals'>): TrackerView {
  return {
    rows: s.rows,
    districts: s.byDistrict.map((d) => ({ code: d.key.code, name: d.key.label, counts: d.counts })),
    totals: s.totals,
  };
}

/** "逾期2天", "已报", "未报（已退回）". */
export function stateText(r: Pick<StatusRow, 'state' | 'daysLate' | 'returned'>): string {
  if (r.state === '逾期') return `逾期${r.daysLate ?? 0}天`;
  if (r.state === '未报') return r.returned ? '未报（已退回修改）' : '未报';
  return '已报';
}

export type TrackerFilter = 'all' | 'missing' | 'late' | 'onTime' | 'attention';

export function filterRows(rows: readonly StatusRow[], f: TrackerFilter, district?: string): StatusRow[] {
  return rows.filter((r) => (!district || r.districtCode === district) && (
    f === 'all' ? true
      : f === 'missing' ? r.state === '未报'
        : f === 'late' ? r.state === '逾期'
          : f === 'onTime' ? r.state === '已报'
            : r.state !== '已报'));
}

/**
 * The list to paste into the work WeChat group: a heading, then one line per missing unit and per
 * late unit — `区县 单位 — 未报` / `区县 单位 — 逾期N天` — missing ones first, in district order.
 */
export function reminderText(periodLabel: string, due: string, rows: readonly StatusRow[]): string {
  const missing = rows.filter((r) => r.state === '未报');
  const late = rows.filter((r) => r.state === '逾期');
  if (!missing.length && !late.length) return `【报送提醒】${periodLabel}报表（截止${monthDay(due)}）：全部单位均已按时报送。`;
  const head = `【报送提醒】${periodLabel}报表（截止${monthDay(due)}），未报 ${missing.length} 家、逾期 ${late.length} 家：`;
  const line = (r: StatusRow) => `${r.districtName} ${r.name} — ${stateText(r)}`;
  return [head, ...missing.map(line), ...late.map(line)].join('\n');
}

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  // A leading = + - @ would be run as a formula by Excel/WPS: prefix with ' (the usual guard).
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The tracker as CSV (UTF-8 with BOM so Excel and WPS read the Chinese correctly). */
export function trackerCsv(rows: readonly StatusRow[]): string {
  const header = ['区县', '单位名称', '统一社会信用代码', '报送情况', '截止日期', '接收日期', '逾期天数', '采用版本', '收到版本数'];
  const lines = rows.map((r) => [
    r.districtName, r.name, r.uscc ?? r.licenceNo ?? '', stateText(r), r.dueDate, r.receivedDate, r.state === '逾期' ? r.daysLate : null,
    r.version, r.versions,
  ].map(csvCell).join(','));
  return '\ufeff' + [header.join(','), ...lines].join('\r\n') + '\r\n';
}
