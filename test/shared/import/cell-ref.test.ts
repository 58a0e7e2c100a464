import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetter, columnNumber, formatRange, parseCellAddress, parseRange, rangeContains } from '../../../shared/import/cell-ref';

describe('cell references', () => {
  it('column letters', () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'XFD']);
    expect(columnNumber('xfd')).toBe(16384);
    expect(columnNumber('XFE')).toBeUndefined();
    expect(columnNumber('A1')).toBeUndefined();
    expect(() => columnLetter(0)).toThrow(RangeError);
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => {
      expect(columnNumber(columnLetter(n))).toBe(n);
    }));
  });

  it('addresses and ranges', () => {
    expect(cellAddress(12, 6)).toBe('F12');
    expect(parseCellAddress('$F$12')).toEqual({ row: 12, col: 6 });
    expect(parseCellAddress('F0')).toBeUndefined();
    expect(parseCellAddress('F1048577')).toBeUndefined();
    expect(parseRange('C2:A1')).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(parseRange('B3')).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(parseRange('A1:B2:C3')).toBeUndefined();
    expect(formatRange({ top: 1, left: 1, bottom: 2, right: 3 })).toBe('A1:C2');
    expect(formatRange({ top: 3, left: 2, bottom: 3, right: 2 })).toBe('B3');
    expect(rangeContains({ top: 1, left: 1, bottom: 2, right: 3 }, 2, 3)).toBe(true);
    expect(rangeContains({ top: 1, left: 1, bottom: 2, right: 3 }, 3, 3)).toBe(false);
  });
});
