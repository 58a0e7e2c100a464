/**
 * Half-month reporting periods (半月). Code `YYYY-MM-H1` covers the 1st–15th, `YYYY-MM-H2` the
 * 16th–month end. Dates are ISO `YYYY-MM-DD` strings throughout: calendar dates with no time zone,
 * so arithmetic is done on UTC day numbers and never drifts with the machine's zone.
 */
import { AppError } from '../errors';

export interface Period {
  code: string; // 2025-03-H1
  label: string; // 2025年3月上半月
  start: string; // 2025-03-01
  end: string; // 2025-03-15
  year: number;
  month: number;
  half: 1 | 2;
}

/** How a period's due date is derived: `offsetDays` after its end (0 = the last day itself). */
export interface DueRule {
  offsetDays: number;
}

const CODE_RE = /^(\d{4})-(\d{2})-H([12])$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Validates an ISO date string (real calendar date). */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parseIsoDate(s: string): { year: number; month: number; day: number } {
  if (!isIsoDate(s)) throw new AppError('validation', `日期格式不正确：${s}（应为 YYYY-MM-DD）`);
  const m = DATE_RE.exec(s)!;
  return { year: +m[1], month: +m[2], day: +m[3] };
}

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function diffDays(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function isPeriodCode(s: string): boolean {
  const m = CODE_RE.exec(s);
  return !!m && +m[2] >= 1 && +m[2] <= 12;
}

export function parsePeriod(code: string): Period {
  const m = CODE_RE.exec(code.trim());
  if (!m || +m[2] < 1 || +m[2] > 12) {
    throw new AppError('validation', `报告期代码不正确：${code}（应为 YYYY-MM-H1 或 YYYY-MM-H2，如 2025-03-H1）`);
  }
  return makePeriod(+m[1], +m[2], +m[3] as 1 | 2);
}

export function makePeriod(year: number, month: number, half: 1 | 2): Period {
  const last = daysInMonth(year, month);
  return {
    code: `${pad(year, 4)}-${pad(month)}-H${half}`,
    label: `${year}年${month}月${half === 1 ? '上' : '下'}半月`,
    start: formatDate(year, month, half === 1 ? 1 : 16),
    end: formatDate(year, month, half === 1 ? 15 : last),
    year,
    month,
    half,
  };
}

/** The period containing a date. */
export function periodOf(iso: string): Period {
  const { year, month, day } = parseIsoDate(iso);
  return makePeriod(year, month, day <= 15 ? 1 : 2);
}

export function nextPeriod(p: Period): Period {
  if (p.half === 1) return makePeriod(p.year, p.month, 2);
  return p.month === 12 ? makePeriod(p.year + 1, 1, 1) : makePeriod(p.year, p.month + 1, 1);
}

export function previousPeriod(p: Period): Period {
  if (p.half === 2) return makePeriod(p.year, p.month, 1);
  return p.month === 1 ? makePeriod(p.year - 1, 12, 2) : makePeriod(p.year, p.month - 1, 2);
}

/** Every period that overlaps [start, end] (inclusive), in order. */
export function periodsBetween(start: string, end: string): Period[] {
  if (dayNumber(end) < dayNumber(start)) {
    throw new AppError('validation', `结束日期 ${end} 早于开始日期 ${start}`);
  }
  const out: Period[] = [];
  let p = periodOf(start);
  const last = periodOf(end).code;
  for (;;) {
    out.push(p);
    if (p.code === last) return out;
    p = nextPeriod(p);
  }
}

/** Due date of a period under a rule: end + offset days. */
export function dueDate(p: Period, rule: DueRule): string {
  return addDays(p.end, rule.offsetDays);
}

/** Days late for a submission received on `received` (0 when on time or early). */
export function daysLate(p: Period, rule: DueRule, received: string): number {
  return Math.max(0, diffDays(dueDate(p, rule), received));
}

/** 累计 (to date) range: from the campaign start to the end of period `p`. */
export function toDateRange(campaignStart: string, p: Period): { start: string; end: string } {
  return { start: campaignStart, end: p.end };
}

/** Compares period codes chronologically (codes sort lexically by design). */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Chinese date: 2025年3月5日. */
export function chineseDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${year}年${month}月${day}日`;
}
