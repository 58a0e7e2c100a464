/**
 * A1-style cell references. Rows and columns are 1-based everywhere in the importer, exactly as a
 * clerk sees them in Excel/WPS, so a message can say `问题台账!F12` without any off-by-one mapping.
 */

/** An inclusive rectangle of cells, 1-based (A1:C2 → top 1, left 1, bottom 2, right 3). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's limits; references beyond them are not cell references. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** 1 → 'A', 26 → 'Z', 27 → 'AA', 16384 → 'XFD'. */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`列号必须是正整数：${col}`);
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = (n - rem - 1) / 26;
  }
  return s;
}

/** 'A' → 1, 'xfd' → 16384; undefined when the text is not column letters. */
export function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n <= EXCEL_MAX_COLS ? n : undefined;
}

/** (12, 6) → 'F12'. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** 'F12' / '$F$12' → { row: 12, col: 6 }; undefined when not a single-cell reference. */
export function parseCellAddress(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  if (col === undefined || row < 1 || row > EXCEL_MAX_ROWS) return undefined;
  return { row, col };
}

/** 'A1:C2' (or a single 'B3') → CellRange, corners normalised; undefined when malformed. */
export function parseRange(ref: string): CellRange | undefined {
  const parts = ref.trim().split(':');
  if (parts.length > 2) return undefined;
  const a = parseCellAddress(parts[0]);
  const b = parts.length === 2 ? parseCellAddress(parts[1]) : a;
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** CellRange → 'A1:C2' ('B3' for a single cell). */
export function formatRange(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

export function rangeContains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}
