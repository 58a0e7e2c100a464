import { describe, expect, it } from 'vitest';
import { shiftFormula } from '../../../../electron/import/xlsx/formula-shift';

describe('shiftFormula', () => {
  it('moves relative parts only', () => {
    expect(shiftFormula('A1+$B1+C$1+$D$1', 2, 1)).toBe('B3+$B3+D$1+$D$1');
    expect(shiftFormula('SUM(A1:B2)*2', 1, 0)).toBe('SUM(A2:B3)*2');
  });

  it('leaves function names, strings and quoted sheet names alone', () => {
    expect(shiftFormula('LOG10(A1)+ATAN2(B1,1)', 1, 0)).toBe('LOG10(A2)+ATAN2(B2,1)');
    expect(shiftFormula('"A1"&A1&\'Sheet A1\'!A1', 1, 1)).toBe('"A1"&B2&\'Sheet A1\'!B2');
    expect(shiftFormula('"say ""A1"""&A1', 1, 0)).toBe('"say ""A1"""&A2');
    expect(shiftFormula('Sheet2!C3*2', 0, 2)).toBe('Sheet2!E3*2');
  });

  it('references moved off the sheet become #REF! and zero offsets are identity', () => {
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
    expect(shiftFormula('whatever(A1)', 0, 0)).toBe('whatever(A1)');
  });
});
