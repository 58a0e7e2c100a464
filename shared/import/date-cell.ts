/**
 * Date cells: Excel serials (1900 system with its leap-year bug, or 1904) and the text forms clerks
 * type (2023.5.6, 2023-5-6, 2023/05/06, 2023年5月6日, 20230506, 二〇二三年五月六日) → ISO date.
 */
import { daysInMonth, formatDate, fromDayNumber, dayNumber } from '../domain/period';
import { parseChineseNumeral } from './chinese-numeral';
import type { CellInput, ParseResult } from './parse-result';
import { quoteValue, toHalfWidth, trimCell } from './text';

/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2_958_465;
// A number in a cell *without* a date format is read as a serial only inside this window
// (1950-01-01 … 2099-12-31): a stray count like 12 in a date column must not become 1900-01-12.
const PLAIN_SERIAL_MIN = 18_264;
const PLAIN_SERIAL_MAX = 73_050;

const EPOCH_1900 = 25_569; // serial of 1970-01-01 in the 1900 system (after the fake 1900-02-29)
const EPOCH_1904 = -24_107; // day number of 1904-01-01

export interface DateCellOptions {
  /** The workbook uses the 1904 date system (workbookPr date1904="1"; old Mac files). */
  date1904?: boolean;
}

/**
 * Excel serial → ISO date. The time-of-day fraction is dropped. 1900 system: serial 1 is
 * 1900-01-01 and serial 60 is Lotus's phantom 1900-02-29, so serials ≥ 61 are shifted by one.
 */
export function excelSerialToIso(serial: number, opts: DateCellOptions = {}): ParseResult<string> {
  if (!Number.isFinite(serial)) return { ok: false, reason: `${serial} 不是有效的日期` };
  // Excel rounds a serial to the millisecond before showing it, so 45082.99999999999 (float noise
  // from date arithmetic) is 2023-06-06 00:00, not the last instant of 06-05.
  const n = Math.floor(Math.round(serial * 86_400_000) / 86_400_000);
  if (opts.date1904) {
    if (n < 0 || n > MAX_EXCEL_SERIAL - 1462) return { ok: false, reason: `日期序列号 ${serial} 超出范围` };
    return { ok: true, value: fromDayNumber(EPOCH_1904 + n) };
  }
  if (n < 1 || n > MAX_EXCEL_SERIAL) return { ok: false, reason: `日期序列号 ${serial} 超出范围（应在 1900-01-01 至 9999-12-31 之间）` };
  if (n === 60) return { ok: false, reason: '1900-02-29 在日历中不存在（Excel 的 1900 年闰年问题），请改填正确日期' };
  return { ok: true, value: fromDayNumber(n < 60 ? n - EPOCH_1900 + 1 : n - EPOCH_1900) };
}

/** ISO date → Excel serial (1900 system unless date1904). Inverse of excelSerialToIso. */
export function isoToExcelSerial(iso: string, opts: DateCellOptions = {}): number {
  const d = dayNumber(iso);
  if (opts.date1904) return d - EPOCH_1904;
  const n = d + EPOCH_1900;
  return n <= 60 ? n - 1 : n;
}

function calendarDate(y: number, m: number, d: number, raw: string): ParseResult<string> {
  if (y < 1900 || y > 9999) return { ok: false, reason: `${quoteValue(raw)}的年份 ${y} 不合理` };
  if (m < 1 || m > 12) return { ok: false, reason: `${quoteValue(raw)}的月份 ${m} 不存在（应为 1–12）` };
  if (d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: `${y}年${m}月没有${d}日` };
  return { ok: true, value: formatDate(y, m, d) };
}

/** Two-digit years follow Excel's rule: 00–29 → 20xx, 30–99 → 19xx. */
function fullYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n < 30 ? 2000 + n : 1900 + n;
}

const SEP_DATE = /^(\d{4}|\d{2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const CN_DATE = /^(\d{4}|\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const CN_NUMERAL_DATE = /^([〇零○一二三四五六七八九]{2,4})年([〇零○一二三四五六七八九十]{1,3})月([〇零○一二三四五六七八九十廿卅]{1,4})[日号]$/;
// Exports from other systems append a time: 2023-06-05 00:00:00, 2023/6/5 8:30, 2023-06-05T00:00:00.
const TIME_SUFFIX = /^(.+?)(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|\s+\d{1,2}时(?:\d{1,2}分)?)$/;

function parseDateText(raw: string, opts: DateCellOptions): ParseResult<string> {
  let s = toHalfWidth(trimCell(raw)).replace(/\s+/g, ' ');
  const timed = TIME_SUFFIX.exec(s);
  if (timed) s = timed[1].trim();
  let m = SEP_DATE.exec(s);
  if (m) return withYearNote(calendarDate(fullYear(m[1]), +m[3], +m[4], raw), m[1]);
  m = CN_DATE.exec(s);
  if (m) return withYearNote(calendarDate(fullYear(m[1]), +m[2], +m[3], raw), m[1]);
  m = COMPACT_DATE.exec(s);
  if (m) return calendarDate(+m[1], +m[2], +m[3], raw);
  m = CN_NUMERAL_DATE.exec(s.replace(/\s/g, ''));
  if (m) {
    const y = parseChineseNumeral(m[1]);
    const mo = parseChineseNumeral(m[2]);
    const d = parseChineseNumeral(m[3].replace(/^廿/, '二十').replace(/^卅/, '三十'));
    if (y.ok && mo.ok && d.ok) return withYearNote(calendarDate(m[1].length === 2 ? fullYear(String(y.value).padStart(2, '0')) : y.value, mo.value, d.value, raw), m[1]);
  }
  if (/^\d+(\.\d+)?$/.test(s)) return parseDateNumber(Number(s), false, opts, raw);
  if (/^\d{1,2}\s*[-./月]\s*\d{1,2}\s*[日号]?$/.test(s)) {
    return { ok: false, reason: `${quoteValue(raw)}缺少年份，请写成 2023-06-05 或 2023年6月5日` };
  }
  return { ok: false, reason: `${quoteValue(raw)}不是可识别的日期，请写成 2023-06-05 或 2023年6月5日` };
}

function withYearNote(r: ParseResult<string>, year: string): ParseResult<string> {
  return r.ok && (year.length === 2) ? { ...r, note: `两位年份按 ${r.value.slice(0, 4)} 年理解` } : r;
}

function parseDateNumber(v: number, isDateFormatted: boolean, opts: DateCellOptions, raw?: string): ParseResult<string> {
  if (isDateFormatted) return excelSerialToIso(v, opts);
  // 20230506 typed into a General cell is stored as a number.
  if (Number.isInteger(v) && v >= 19000101 && v <= 99991231) {
    const s = String(v);
    return calendarDate(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8), raw ?? s);
  }
  if (v >= PLAIN_SERIAL_MIN && v <= PLAIN_SERIAL_MAX + 0.99999) {
    const r = excelSerialToIso(v, opts);
    return r.ok ? { ...r, note: `数字 ${v} 按 Excel 日期序列号读作 ${r.value}` } : r;
  }
  return { ok: false, reason: `${raw !== undefined ? quoteValue(raw) : `数字 ${v} `}不是日期，请填写日期（如 2023-06-05）` };
}

/**
 * Parses a date cell to ISO 'YYYY-MM-DD'.
 * - number + isDateFormatted: an Excel serial (opts.date1904 for 1904 workbooks).
 * - number without a date format: 20230506 as yyyymmdd, else a serial only within 1950–2099
 *   (with a note), anything else is rejected.
 * - text: 2023.5.6, 2023-5-6, 2023/05/06, 2023年5月6日(号), 20230506, 二〇二三年五月六日, full-width
 *   digits, a trailing time (2023-06-05 00:00:00), two-digit years by Excel's 00–29/30–99 rule.
 * - Date objects (exceljs values) by their UTC calendar date.
 */
export function parseDateCell(value: CellInput, isDateFormatted = false, opts: DateCellOptions = {}): ParseResult<string> {
  if (value === null || value === undefined) return { ok: false, reason: '未填写' };
  if (typeof value === 'boolean') return { ok: false, reason: `逻辑值 ${value ? 'TRUE' : 'FALSE'} 不是日期` };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: '无效的日期' };
    return calendarDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value.toISOString());
  }
  if (typeof value === 'number') return parseDateNumber(value, isDateFormatted, opts);
  if (trimCell(value) === '') return { ok: false, reason: '未填写' };
  return parseDateText(value, opts);
}
