import { describe, expect, it } from 'vitest';
import { neutralizeCell, safeCellValue } from '../../../shared/security/spreadsheet-text';

describe('neutralizeCell', () => {
  it('prefixes a single quote to text starting with = + - @ tab or CR', () => {
    for (const t of ['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0']) {
      expect(neutralizeCell(t)).toBe(`'${t}`);
    }
  });

  it('leaves other text unchanged, including formulas further in and full-width signs', () => {
    for (const t of ['甲医院', ' =1', 'a=1', '＝1', '', '12', '2023-06-01', "'already"]) expect(neutralizeCell(t)).toBe(t);
  });

  it('touches strings only', () => {
    expect(safeCellValue(-5)).toBe(-5);
    expect(safeCellValue(null)).toBeNull();
    expect(safeCellValue('-5')).toBe("'-5");
  });
});
