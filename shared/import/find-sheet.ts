/** Finds a return's sheets by name, tolerating renamed sheets (synonyms, then "contains"). */
import { SHEET_SYNONYMS, SHEETS } from '../domain/return-template';
import type { GridBook, GridSheet } from './grid';
import { normalizeKey } from './text';

export function findSheet(book: GridBook, key: keyof typeof SHEETS): GridSheet | undefined {
  const names = SHEET_SYNONYMS[key].map(normalizeKey);
  const sheets = book.sheets;
  return (
    sheets.find((s) => normalizeKey(s.name) === normalizeKey(SHEETS[key])) ??
    sheets.find((s) => names.includes(normalizeKey(s.name))) ??
    (key === 'meta' ? undefined : sheets.find((s) => names.some((n) => normalizeKey(s.name).includes(n))))
  );
}

/** Key/value pairs of the metadata sheet (column A key, column B value). */
export function readMeta(book: GridBook): Record<string, string> | null {
  const s = findSheet(book, 'meta');
  if (!s) return null;
  const out: Record<string, string> = {};
  for (let r = 1; r <= Math.min(s.rowCount, 50); r++) {
    const k = s.cell(r, 1)?.value;
    const v = s.cell(r, 2)?.value;
    if (typeof k === 'string' && k.trim()) out[k.trim()] = v == null ? '' : String(v).trim();
  }
  return out;
}
