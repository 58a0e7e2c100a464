/**
 * Text normalisation applied to every cell before validation. Kept apart from the parsers so the
 * header matcher and the number/date parsers share one definition of "the same text".
 */
import type { CellInput } from './parse-result';

// String.prototype.trim already covers U+3000, NBSP and BOM; zero-width characters pasted from web
// pages and WeChat are not whitespace to JS, so they are listed explicitly.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Trims whitespace incl. U+3000 (全角空格), NBSP, BOM and zero-width characters. */
export function trimCell(s: string): string {
  return s.replace(ZERO_WIDTH, '').trim();
}

/**
 * Full-width ASCII (U+FF01–U+FF5E: １２３ＡＢＣ，．：（）) → half-width, U+3000 → space.
 * Chinese punctuation outside that block (。、“”《》) is left alone: it is text, not a variant.
 */
export function toHalfWidth(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else out += s[i];
  }
  return changed ? out : s;
}

/** Whether a cell counts as not filled in (null, '', only whitespace). */
export function isBlank(value: CellInput): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'string' && trimCell(value) === '';
}

/** A cell value as trimmed text ('' for blank); numbers in plain notation, booleans as 是/否. */
export function cellText(value: CellInput): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return trimCell(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/**
 * Comparison key for dropdown values, names and codes typed by hand: half-width, no whitespace at
 * all (Chinese text has no meaningful spaces; 已 整改 is 已整改), lower-case Latin letters.
 */
export function normalizeKey(s: string): string {
  return toHalfWidth(trimCell(s)).replace(/\s+/g, '').toLowerCase();
}

/** Codes (USCC, phone numbers): half-width, no whitespace, upper-case. */
export function normalizeCode(s: string): string {
  return toHalfWidth(trimCell(s)).replace(/\s+/g, '').toUpperCase();
}

/** Shortens a value for quoting inside a message. */
export function quoteValue(s: string, max = 20): string {
  const t = trimCell(s);
  return `“${t.length > max ? t.slice(0, max) + '…' : t}”`;
}
