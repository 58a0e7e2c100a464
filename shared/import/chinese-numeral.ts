/**
 * Chinese numerals (十二, 一百零五, 两千, 二〇二三, 壹佰) ↔ integers. Clerks write them in count
 * cells and dates (二〇二三年六月五日); the documents side needs the reverse (第十二期).
 */
import type { ParseResult } from './parse-result';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 洞: 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 两: 2, 贰: 2, 貳: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const ZERO_CHARS = new Set(['零', '〇', '○', '洞']);

const bad = (s: string): ParseResult<number> => ({ ok: false, reason: `“${s}”不是有效的中文数字` });

/**
 * Parses a Chinese numeral into a non-negative integer (up to 亿 sections).
 * Accepts the positional form (一百零五, 十二 / 一十二, 两千), financial capitals (壹佰零伍),
 * digit-by-digit strings used for years (二〇二三 → 2023) and the colloquial trailing digit
 * (一万二 → 12000, 三百五 → 350).
 */
export function parseChineseNumeral(input: string): ParseResult<number> {
  const s = input.trim().replace(/\s+/g, '');
  if (!s) return { ok: false, reason: '未填写' };
  const chars = [...s];
  if (chars.some((c) => !(c in DIGITS) && !(c in SMALL_UNITS) && !(c in BIG_UNITS))) return bad(input);
  const hasUnit = chars.some((c) => c in SMALL_UNITS || c in BIG_UNITS);
  if (!hasUnit) {
    // Digit-by-digit: 二〇二三 → 2023, 五 → 5.
    return { ok: true, value: Number(chars.map((c) => DIGITS[c]).join('')) };
  }
  let total = 0; // completed 亿 part
  let wan = 0; // completed 万 part within the current 亿 section
  let section = 0; // current 0..9999 section
  let digit = -1; // pending digit, -1 when none
  let lastSmall = 100_000; // last small unit in the section; units must decrease
  let lastBig = Infinity;
  let prev: 'digit' | 'zero' | 'unit' | 'start' = 'start';
  let prevUnitValue = 0;
  for (const c of chars) {
    if (c in DIGITS) {
      if (prev === 'digit') return bad(input); // 一二百
      if (ZERO_CHARS.has(c)) {
        if (digit >= 0) return bad(input); // 一百五零: a zero only bridges a gap before a digit
        prev = 'zero';
        continue;
      }
      digit = DIGITS[c];
      prev = 'digit';
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c];
      if (u >= lastSmall) return bad(input); // 十百, 百百
      if (digit < 0) {
        // 十二 = 一十二; only 十 may drop its leading 一.
        if (u !== 10 || prev === 'unit' && prevUnitValue < 1e4) return bad(input);
        digit = 1;
      }
      section += digit * u;
      digit = -1;
      lastSmall = u;
      prev = 'unit';
      prevUnitValue = u;
    } else {
      const u = BIG_UNITS[c];
      if (u >= lastBig && !(u === 1e4 && lastBig === 1e8)) return bad(input);
      if (digit >= 0) section += digit;
      digit = -1;
      if (u === 1e8) {
        if (section + wan === 0 && total === 0) return bad(input);
        total = (total + wan + section) * 1e8;
        wan = 0;
      } else {
        if (section === 0) return bad(input); // 万 with nothing before it
        wan += section * 1e4;
      }
      section = 0;
      lastSmall = 100_000;
      lastBig = u;
      prev = 'unit';
      prevUnitValue = u;
    }
  }
  if (digit >= 0) {
    // Colloquial trailing digit right after a unit: 三百五 → 350, 一万二 → 12000.
    section += prev === 'digit' && prevUnitValue > 10 && lastDigitFollowsUnit(chars) ? digit * (prevUnitValue / 10) : digit;
  }
  return { ok: true, value: total + wan + section };
}

function lastDigitFollowsUnit(chars: string[]): boolean {
  const before = chars[chars.length - 2];
  return before !== undefined && (before in SMALL_UNITS || before in BIG_UNITS);
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_UNITS = ['', '十', '百', '千'];

/** 0..9999 → 一千零五 (no leading 零; trailing zeros dropped). */
function sectionText(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += CN_DIGITS[d] + CN_UNITS[pos];
  }
  return out;
}

/**
 * Non-negative integer below 10^12 → canonical Chinese numeral (12 → 十二, 110 → 一百一十,
 * 10010 → 一万零一十, 100000 → 十万).
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`无法转换为中文数字：${n}`);
  if (n === 0) return '零';
  const sections = [n % 1e4, Math.floor(n / 1e4) % 1e4, Math.floor(n / 1e8)];
  const bigUnits = ['', '万', '亿'];
  let out = '';
  for (let i = 2; i >= 0; i--) {
    const sec = sections[i];
    if (sec === 0) continue;
    // A gap to the previous (higher) section needs one 零: 一万零五, 一亿零一万.
    const higherSeen = out !== '';
    if (higherSeen && (sec < 1000 || sections[i + 1] === 0)) out += '零';
    out += sectionText(sec) + bigUnits[i];
  }
  // Leading 一十 is read 十 (十二, 十万), but only at the very start of the number.
  return out.startsWith('一十') ? out.slice(1) : out;
}
