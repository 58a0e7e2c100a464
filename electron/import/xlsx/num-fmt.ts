/**
 * Number formats: built-in ids (ECMA-376 §18.8.30 plus the zh-CN ids 27–36 and 50–58, which
 * Chinese Excel and WPS use for 年月日 dates) and date detection for custom format codes. A date in
 * xlsx is only a number with a date format, so this decides whether a cell is a date.
 */

const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00',
  9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function builtinFormat(id: number): string | undefined {
  return BUILTIN[id];
}

export function isBuiltinDateId(id: number): boolean {
  return BUILTIN_DATE_IDS.has(id);
}

const dateCache = new Map<string, boolean>();

/**
 * Whether a format code displays a date or time. Only the first section counts; quoted literals,
 * escapes (\x, _x, *x) and bracketed modifiers ([Red], [$-804], [DBNum1]) are ignored, except the
 * elapsed-time brackets [h] [mm] [ss].
 */
export function isDateFormatCode(code: string): boolean {
  const hit = dateCache.get(code);
  if (hit !== undefined) return hit;
  const result = computeIsDate(code);
  if (dateCache.size < 1000) dateCache.set(code, result);
  return result;
}

function computeIsDate(code: string): boolean {
  if (!code || /^general$/i.test(code.trim())) return false;
  let s = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++;
    } else if (c === ';') {
      break;
    } else s += c;
  }
  if (/\[(h+|m+|s+)\]/i.test(s)) return true;
  s = s.replace(/\[[^\]]*\]/g, '');
  if (/^general$/i.test(s.trim())) return false;
  return /[ymdhs年月日时分秒]/i.test(s);
}
