/**
 * Cell normalisation for the importer (pure). Every parser returns
 * `{ ok: true, value, note? } | { ok: false, reason }` with a Chinese reason; the caller adds the
 * file/sheet/cell. Decisions (documented because they are judgement calls):
 * - Numbers: 1,234 / 1 234 (grouping must be in threes), full-width digits and punctuation,
 *   leading +/−, 1e3, and a trailing count unit (3个, 5家, 2人: dropped with a note) are read.
 *   无 / 没有 read as 0 (with a note): a clerk's way of writing "none" in a count cell.
 *   Chinese numerals (十二, 两千) are read with a note.
 *   Rejected: 12.5万, 3万元 and 十万 (the column header carries the unit — 万元 or 元 — so scaling
 *   would be a guess), percentages (12%), placeholders (-, /, —) and any other text (很多).
 * - Yes/no: 是 否 √ × ✓ ✗ 有 无 Y N yes no 对 错 TRUE FALSE 1 0.
 */
import { parseChineseNumeral } from './chinese-numeral';
import type { CellInput, ParseResult } from './parse-result';
import { quoteValue, toHalfWidth, trimCell } from './text';

export type { CellInput, ParseResult } from './parse-result';
export { cellText, isBlank, normalizeCode, normalizeKey, quoteValue, toHalfWidth, trimCell } from './text';
export { parseChineseNumeral, toChineseNumeral } from './chinese-numeral';
export { excelSerialToIso, isoToExcelSerial, parseDateCell, MAX_EXCEL_SERIAL } from './date-cell';
export type { DateCellOptions } from './date-cell';

const COUNT_UNITS = '个家人项次条件处起例所份名户台张本篇座辆床批';
// A count unit after a numeral (3个, 十二家) is noise; 条件 or 个人 are not numerals and stay text.
const UNIT_SUFFIX = new RegExp(`^(.+?)\\s*([${COUNT_UNITS}])$`);
const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const GROUPED = /^([+-]?)(\d{1,3}(?:([, ])\d{3})(?:\3\d{3})*)(?:\.(\d*))?$/;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;

/** Reads the numeric part of cleaned text; undefined when it is not a plain number. */
function readNumeral(t: string): number | undefined {
  const g = GROUPED.exec(t);
  if (g) return noNegativeZero(Number(`${g[1]}${g[2].replace(/[, ]/g, '')}.${g[4] ?? ''}0`));
  const p = PLAIN.exec(t);
  if (p && (p[2] !== '' || (p[3] ?? '') !== '')) return noNegativeZero(Number(`${p[1]}${p[2] || '0'}.${p[3] ?? ''}0`));
  if (EXPONENT.test(t)) return noNegativeZero(Number(t));
  return undefined;
}

function noNegativeZero(n: number): number {
  return n === 0 ? 0 : n;
}

function cleanNumberText(raw: string): string {
  return toHalfWidth(trimCell(raw))
    .replace(/[\u2212\ufe63\u2012-\u2014]/g, (c) => (c === '\u2014' ? c : '-')) // − ﹣ ‒ – → '-'
    .replace(/[\u00a0\u2009\u202f]/g, ' ') // NBSP / thin spaces used as thousands separators
    .replace(/\s+/g, ' ')
    .replace(/^([+-])\s+/, '$1');
}

/**
 * Reads a number cell. Accepts numbers and numeric text as documented at the top of this file.
 * Negative values are returned as read; range rules (counts ≥ 0) belong to the caller or
 * parseCountCell.
 */
export function parseNumberCell(value: CellInput): ParseResult<number> {
  if (value === null || value === undefined) return { ok: false, reason: '未填写' };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `${value} 不是有效数字` };
  }
  if (typeof value === 'boolean') return { ok: false, reason: `逻辑值 ${value ? 'TRUE' : 'FALSE'} 不是数字，请填写数字` };
  if (value instanceof Date) return { ok: false, reason: '日期不是数字，请填写数字' };
  const t = cleanNumberText(value);
  if (t === '') return { ok: false, reason: '未填写' };
  const direct = readNumeral(t);
  if (direct !== undefined) return finite(direct, value);
  if (t === '无' || t === '没有') return { ok: true, value: 0, note: `${quoteValue(value)}按 0 计` };
  const unit = UNIT_SUFFIX.exec(t);
  const body = unit ? unit[1].trim() : t;
  const unitNote = unit ? `已忽略单位“${unit[2]}”` : '';
  const n = readNumeral(body);
  if (n !== undefined) {
    const r = finite(n, value);
    return r.ok ? { ...r, note: unitNote } : r;
  }
  if (/[万萬亿億]/.test(t)) {
    return { ok: false, reason: `${quoteValue(value)}带有“万/亿”：请按表头注明的单位直接填写数字（如 125000）` };
  }
  const cn = parseChineseNumeral(body);
  if (cn.ok) return { ok: true, value: cn.value, note: `${quoteValue(value)}按 ${cn.value} 计` };
  if (/%$/.test(t) && readNumeral(t.slice(0, -1).trim()) !== undefined) {
    return { ok: false, reason: `${quoteValue(value)}带有百分号：请只填写数字` };
  }
  if (/^[-/—－\\]+$/.test(t)) return { ok: false, reason: `${quoteValue(value)}不是数字：没有请填 0` };
  return { ok: false, reason: `${quoteValue(value)}不是数字，请填写阿拉伯数字（如 12）` };
}

function finite(n: number, raw: string): ParseResult<number> {
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: `${quoteValue(raw)}超出数字范围` };
}

/** A count (问题数, 机构数): a non-negative integer. Blank is 未填写; the caller decides if allowed. */
export function parseCountCell(value: CellInput): ParseResult<number> {
  const r = parseNumberCell(value);
  if (!r.ok) return r;
  if (r.value < 0) return { ok: false, reason: `${r.value} 为负数：数量不能小于 0` };
  // 3.0000000001 from a formula result is still 3; 2.5 people is not a count.
  const rounded = Math.round(r.value);
  if (Math.abs(r.value - rounded) > 1e-9) return { ok: false, reason: `${r.value} 不是整数：数量应填写整数` };
  return { ...r, value: rounded };
}

const YES = new Set(['是', '√', '✓', '✔', '☑', '有', 'y', 'yes', '对', 'true', '1', '是的']);
const NO = new Set(['否', '×', '✗', '✘', '☒', 'x', '无', 'n', 'no', '错', 'false', '0', '没有', '不是']);

/** 是/否 style cells → boolean. */
export function parseYesNo(value: CellInput): ParseResult<boolean> {
  if (value === null || value === undefined) return { ok: false, reason: '未填写' };
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number') {
    if (value === 1 || value === 0) return { ok: true, value: value === 1 };
    return { ok: false, reason: `${value} 不是“是/否”，请填写“是”或“否”` };
  }
  if (value instanceof Date) return { ok: false, reason: '日期不是“是/否”，请填写“是”或“否”' };
  const t = toHalfWidth(trimCell(value)).replace(/\s+/g, '').toLowerCase();
  if (t === '') return { ok: false, reason: '未填写' };
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return { ok: false, reason: `${quoteValue(value)}不是“是/否”，请填写“是”或“否”` };
}
