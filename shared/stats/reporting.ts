/**
 * Reporting status (报送情况) with DHIS2's definitions (peer-systems §4.2): expected reports = units
 * due; actual = accepted current returns; on time = received on or before the due date. A unit
 * is due for a period when it is on the roster and not retired by the period's end, or when it
 * returned the period anyway. 已报 / 逾期 / 未报 and the three rates add up to 100%.
 */
import { chineseDate, diffDays } from '../domain/period';
import { ratio } from './arithmetic';
import type { ReportState, ReportingCounts, StatusRow } from './types';

export function classifyReturn(due: string, received: string | null): { state: ReportState; daysLate: number | null } {
  if (received === null) return { state: '未报', daysLate: null };
  const late = diffDays(due, received);
  return late > 0 ? { state: '逾期', daysLate: late } : { state: '已报', daysLate: 0 };
}

export function reportingCounts(due: number, onTime: number, late: number): ReportingCounts {
  const missing = due - onTime - late;
  const reported = onTime + late;
  return {
    due, reported, onTime, late, missing,
    reportingRate: ratio(reported, due),
    onTimeRate: ratio(onTime, due),
    lateRate: ratio(late, due),
    missingRate: ratio(missing, due),
  };
}

export function countRows(rows: readonly Pick<StatusRow, 'state'>[]): ReportingCounts {
  let onTime = 0, late = 0;
  for (const r of rows) {
    if (r.state === '已报') onTime++;
    else if (r.state === '逾期') late++;
  }
  return reportingCounts(rows.length, onTime, late);
}

/** M月D日 from an ISO date, with the year when it differs from the due date's. */
function shortDate(iso: string, due: string): string {
  return iso.slice(0, 4) === due.slice(0, 4) ? chineseDate(iso).replace(/^\d+年/, '') : chineseDate(iso);
}

/**
 * Text for the WeChat group: a heading with the period and due date, then one numbered line per
 * missing unit and per late unit (district, name, what is wrong), then a closing request.
 * Missing units come first; within each, rows keep the caller's order (district code, name).
 */
export function reminderLines(periodLabel: string, due: string, rows: readonly StatusRow[]): string[] {
  const missing = rows.filter((r) => r.state === '未报');
  const late = rows.filter((r) => r.state === '逾期');
  if (!missing.length && !late.length) return [`【报送提醒】${periodLabel}进展情况报表（截止${chineseDate(due)}）：全部单位均已按时报送，谢谢！`];
  const lines = [`【报送提醒】${periodLabel}进展情况报表截止日期为${chineseDate(due)}，以下单位未按时报送：`];
  let n = 0;
  for (const r of missing) {
    lines.push(`${++n}. ${r.districtName} ${r.name}：未报${r.returned ? '（报表已退回，请修改后重新报送）' : ''}`);
  }
  for (const r of late) {
    lines.push(`${++n}. ${r.districtName} ${r.name}：逾期${r.daysLate}天报送（${shortDate(r.receivedDate!, due)}收到）`);
  }
  if (missing.length) lines.push(`请未报的${missing.length}家单位尽快报送，逾期单位今后请按时报送。`);
  else lines.push('请逾期单位今后按时报送。');
  return lines;
}
