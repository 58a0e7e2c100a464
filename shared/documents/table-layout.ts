/**
 * Geometry of a table block that both renderers need: where each merged header cell sits in the
 * column grid, how many columns there are, and the relative column widths.
 */
import type { TableBlock, TableHeaderCell } from './document-model';
import { charWidth, formatTableValue } from './text-rules';

/** A header cell placed in the grid (row/col are 0-based, spans ≥ 1). */
export interface PlacedHeaderCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface HeaderGrid {
  cells: PlacedHeaderCell[];
  rowCount: number;
  columnCount: number;
}

const normalise = (c: string | TableHeaderCell): TableHeaderCell => (typeof c === 'string' ? { text: c } : c);

/**
 * Places header cells with HTML colspan/rowspan semantics. Throws a plain Error (caught by the
 * validator and turned into an Issue) when the rows do not form a rectangle or spans overlap.
 */
export function placeHeader(header: TableBlock['header']): HeaderGrid {
  const occupied: boolean[][] = header.map(() => []);
  const cells: PlacedHeaderCell[] = [];
  header.forEach((row, r) => {
    let col = 0;
    for (const raw of row) {
      const c = normalise(raw);
      while (occupied[r][col]) col++;
      const rowSpan = Math.max(1, Math.floor(c.rowSpan ?? 1));
      const colSpan = Math.max(1, Math.floor(c.colSpan ?? 1));
      if (r + rowSpan > header.length) throw new Error(`表头第${r + 1}行“${c.text}”向下合并${rowSpan}行，超出表头行数`);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (occupied[r + dr][col + dc]) throw new Error(`表头第${r + 1}行“${c.text}”与其他合并单元格重叠`);
          occupied[r + dr][col + dc] = true;
        }
      }
      cells.push({ text: c.text, row: r, col, rowSpan, colSpan });
      col += colSpan;
    }
  });
  const widths = occupied.map((row) => row.length);
  const columnCount = widths.length ? Math.max(...widths) : 0;
  occupied.forEach((row, r) => {
    for (let c = 0; c < columnCount; c++) {
      if (!row[c]) throw new Error(`表头第${r + 1}行第${c + 1}列没有单元格（各行合计列数应为${columnCount}）`);
    }
  });
  return { cells, rowCount: header.length, columnCount };
}

/**
 * Relative column widths: the table's own `columnWidths` when given, else from content — the
 * longest cell text per column (header cells spread over their span), bounded so that a long
 * institution name cannot squeeze number columns below 2.5 字 nor take more than 14 字.
 */
export function columnWeights(t: TableBlock, grid: HeaderGrid = placeHeader(t.header)): number[] {
  const n = grid.columnCount;
  if (t.columnWidths && t.columnWidths.length === n && t.columnWidths.every((w) => w > 0)) return [...t.columnWidths];
  const want = new Array<number>(n).fill(2.5);
  for (const c of grid.cells) {
    const per = charWidth(c.text) / c.colSpan;
    for (let k = c.col; k < c.col + c.colSpan; k++) want[k] = Math.max(want[k], Math.min(per, 6));
  }
  for (const row of [...t.rows, ...(t.totalsRow ? [t.totalsRow] : [])]) {
    row.forEach((v, k) => {
      if (k < n) want[k] = Math.max(want[k], charWidth(formatTableValue(v)));
    });
  }
  return want.map((w) => Math.min(14, w + 1));
}

/**
 * Integer widths (e.g. twips) proportional to `weights` that add up to exactly `total`; the
 * rounding remainder goes to the widest column. LibreOffice evens out columns that do not sum up.
 */
export function distributeWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - out.reduce((a, b) => a + b, 0);
  const widest = out.indexOf(Math.max(...out));
  out[widest] += rest;
  return out;
}
