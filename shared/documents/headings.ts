/**
 * Generated heading numbers for 公文 (GB/T 9704-2012 §7.3.3): 一、 → （一） → 1. → （1）.
 * Labels are derived from block order, so inserting or reordering sections never leaves stale
 * numbers. Both renderers (docx, HTML) call `numberHeadings` so they print identical labels.
 */
import type { Block, HeadingLevel } from './document-model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Chinese counting numeral as used in headings: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五.
 * Supports 1..9999 (a document never has more sections).
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`chineseNumeral: ${n} 超出 1–9999`);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十一 not 一十一 when 十 leads the number.
    out += (d === 1 && unit === '十' && out === '' ? '' : DIGITS[d]) + unit;
  });
  return out;
}

/** The label of the n-th heading (1-based) at a level: (1,3) → 三、 · (2,3) → （三） · (3,3) → 3. · (4,3) → （3）. */
export function headingLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** Matches text that already starts with a heading number, e.g. '一、', '（二）', '3.', '（4）', '3．'. */
export const LEADING_HEADING_NUMBER_RE = /^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)])/;

/**
 * Labels for every block: `labels[i]` is the heading label of `blocks[i]`, '' for an unnumbered
 * heading and undefined for non-heading blocks. A heading resets the counters of all deeper levels;
 * a `number` override is printed as given and does not advance the counter.
 */
export function numberHeadings(blocks: readonly Block[]): (string | undefined)[] {
  const counters = [0, 0, 0, 0, 0];
  return blocks.map((b) => {
    if (b.kind !== 'heading') return undefined;
    if (b.number === false) return '';
    if (typeof b.number === 'string') return b.number;
    counters[b.level] += 1;
    for (let l = b.level + 1; l <= 4; l++) counters[l] = 0;
    return headingLabel(b.level, counters[b.level]);
  });
}

const FINAL_PUNCT_RE = /[。！？；：，、.!?;:]$/;

/**
 * Text of a run-in heading (标题段): '组织部署' → '组织部署。' so the body can follow on the same
 * line; headings that already end with punctuation are left alone.
 */
export function runInHeadingText(text: string): string {
  return FINAL_PUNCT_RE.test(text) ? text : `${text}。`;
}
