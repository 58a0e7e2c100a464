/**
 * Small text rules shared by the docx and HTML renderers, so both print the same strings and place
 * the 落款 the same way: dates, 文号 check, widths in 字, signature offsets, table values.
 */
import { chineseDate, parseIsoDate } from '../domain/period';
import { chineseNumeral } from './headings';

export type DateStyle = 'arabic' | 'chinese';

const DIGIT_ZH = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 成文日期 text. GB/T 9704-2012 §7.3.5.4 uses Arabic numerals ('2024年5月16日', the default).
 * 'chinese' gives the GB/T 9704-1999 form ('二〇二四年五月十六日') that old templates still use.
 */
export function formatDocDate(iso: string, style: DateStyle = 'arabic'): string {
  if (style === 'arabic') return chineseDate(iso);
  const { year, month, day } = parseIsoDate(iso);
  const y = String(year).split('').map((d) => DIGIT_ZH[Number(d)]).join('');
  return `${y}年${chineseNumeral(month)}月${chineseNumeral(day)}日`;
}

/** GB/T 9704 §7.2.5 发文字号: 机关代字〔年份〕序号号 — 六角括号, 4-digit year, no 第, no leading zero. */
export const DOC_NUMBER_RE = /^[^〔〕\s]+〔\d{4}〕[1-9]\d*号$/;

const isWide = (cp: number): boolean => cp >= 0x2e80 || (cp >= 0x2014 && cp <= 0x201d);
const isAlnum = (ch: string): boolean => /[0-9A-Za-z]/.test(ch);

/**
 * Width of a string in 字 (one 3号 full-width character = 1): ASCII and other half-width
 * characters count ½, and each switch between Chinese and digits/Latin adds ¼ for the gap Word,
 * WPS and LibreOffice insert there (autoSpaceDE/DN). Used to place the 署名 over the date.
 */
export function charWidth(text: string): number {
  let w = 0;
  let prev: string | undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    w += isWide(cp) ? 1 : 0.5;
    if (prev !== undefined) {
      const pw = isWide(prev.codePointAt(0) ?? 0);
      if ((pw && isAlnum(ch)) || (isWide(cp) && isAlnum(prev))) w += 0.25;
    }
    prev = ch;
  }
  return w;
}

/** Right offsets (in 字 from the right edge of the 版心) of the 署名 and 日期 lines. */
export interface SignatureOffsets {
  issuerRight: number;
  dateRight: number;
}

/**
 * Where the 落款 sits (GB/T 9704 §7.3.5):
 * - sealed: date 4 字 from the right, 署名 centred over the date;
 * - unsealed: 署名 2 字 from the right, date starting 2 字 right of the 署名's first character.
 * Offsets never go below 0 (a very long 署名 is then simply flush right).
 */
export function signatureOffsets(issuer: string, dateText: string, sealed: boolean): SignatureOffsets {
  const li = charWidth(issuer);
  const ld = charWidth(dateText);
  if (sealed) {
    const dateRight = 4;
    return { issuerRight: Math.max(0, dateRight - (li - ld) / 2), dateRight };
  }
  const issuerRight = 2;
  return { issuerRight, dateRight: Math.max(0, issuerRight + li - 2 - ld) };
}

/** '各区卫生健康局' → '各区卫生健康局：' (full-width colon, once). */
export function withFinalColon(text: string): string {
  const t = text.trim().replace(/[:：]$/, '');
  return `${t}：`;
}

/** '此件公开发布' → '（此件公开发布）'; already-bracketed text is kept. */
export function inRoundBrackets(text: string): string {
  const t = text.trim();
  return /^[（(].*[）)]$/.test(t) ? t : `（${t}）`;
}

/** '市医保局，市场监管局' → '市医保局，市场监管局。' (抄送 ends with 。 per §7.4.2). */
export function withFinalPeriod(text: string): string {
  const t = text.trim();
  return /[。.]$/.test(t) ? t : `${t}。`;
}

/** Table cell text: integers as-is, other numbers with at most 2 decimals, null as empty. */
export function formatTableValue(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '';
  if (Number.isInteger(v)) return String(v);
  return String(Math.round(v * 100) / 100);
}

/** 附件 label on an attachment page: '附件' alone when there is one, else '附件1', '附件2'… */
export function attachmentLabel(index: number, count: number): string {
  return count === 1 ? '附件' : `附件${index + 1}`;
}

/** Title lines: split at the author's '\n' (the renderer never guesses title breaks). */
export function titleLines(title: string): string[] {
  return title
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
