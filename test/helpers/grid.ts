/** Builds an in-memory GridBook from arrays of rows (tests of the pure parsers). */
import type { GridBook, GridCell, GridSheet } from '../../shared/import/grid';

type Val = GridCell['value'] | GridCell;

export function sheet(name: string, rows: Val[][], hidden = false): GridSheet {
  const cell = (r: number, c: number): GridCell | undefined => {
    const v = rows[r - 1]?.[c - 1];
    if (v === undefined) return undefined;
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) return v as GridCell;
    return { value: v as GridCell['value'] };
  };
  return { name, hidden, rowCount: rows.length, colCount: Math.max(0, ...rows.map((r) => r.length)), cell };
}

export function book(...sheets: GridSheet[]): GridBook {
  return { sheets };
}
