/**
 * 报送情况 for one period, as the page shows it: the backend's status (stats:status — per unit
 * 已报 / 逾期 / 未报 with days late and versions, per district counts and rates, computed with the
 * statistics' own definitions) reshaped for the tables, the state wording, the quick filters,
 * the reminder list for the WeChat group and the CSV export.
 */
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

/** The backend's 报送情况 (stats:status) as the tables use it: districts by code and name. */
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
