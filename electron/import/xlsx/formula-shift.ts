/**
 * Shared formulas: Excel stores `B2*2` once on the master cell and leaves its followers with only
 * an index. A follower's text is the master's with relative references moved by the offset, which
 * is what Excel shows (and what exceljs reports). $-anchored parts stay put; text in "strings" and
 * 'quoted sheet names' is left alone.
 */
import { columnLetter, columnNumber } from '../../../shared/import/cell-ref';

// A1-style reference not glued to a name (LOG10(, Q1_x, Sheet1.A1) and not a function call.
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

function shiftSegment(seg: string, dRow: number, dCol: number): string {
  return seg.replace(REF, (all, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const col = columnNumber(letters);
    if (col === undefined) return all;
    const newCol = colAbs ? col : col + dCol;
    const newRow = rowAbs ? Number(digits) : Number(digits) + dRow;
    if (newCol < 1 || newRow < 1) return '#REF!';
    return `${colAbs}${colAbs ? letters : columnLetter(newCol)}${rowAbs}${newRow}`;
  });
}

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula[i];
    if (q === '"' || q === "'") {
      // Quoted run; a doubled quote is an escaped quote inside it.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === q) {
          if (formula[j + 1] === q) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += shiftSegment(formula.slice(i, j), dRow, dCol);
    i = j;
  }
  return out;
}
