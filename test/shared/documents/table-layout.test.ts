import { describe, expect, it } from 'vitest';
import { table } from '../../../shared/documents/document-model';
import { columnWeights, distributeWidths, placeHeader } from '../../../shared/documents/table-layout';

describe('placeHeader', () => {
  it('places merged cells like HTML rowspan/colspan', () => {
    const g = placeHeader([
      [{ text: '序号', rowSpan: 2 }, { text: '区', rowSpan: 2 }, { text: '问题', colSpan: 2 }],
      ['发现', '整改'],
    ]);
    expect(g.columnCount).toBe(4);
    expect(g.rowCount).toBe(2);
    expect(g.cells.find((c) => c.text === '发现')).toMatchObject({ row: 1, col: 2 });
    expect(g.cells.find((c) => c.text === '问题')).toMatchObject({ row: 0, col: 2, colSpan: 2 });
  });

  it('rejects ragged headers and spans past the last header row, in Chinese', () => {
    expect(() => placeHeader([['a', 'b'], ['c']])).toThrow(/第2行第2列没有单元格/);
    expect(() => placeHeader([[{ text: 'a', rowSpan: 3 }]])).toThrow(/超出表头行数/);
  });
});

describe('column widths', () => {
  it('gives long text columns more room and respects explicit widths', () => {
    const t = table({ header: [['序号', '机构名称', '数']], rows: [[1, '某某市第一人民医院分院', 3]] });
    const w = columnWeights(t);
    expect(w[1]).toBeGreaterThan(w[0]);
    expect(columnWeights({ ...t, columnWidths: [1, 2, 1] })).toEqual([1, 2, 1]);
  });

  it('distributes integer widths that add up exactly', () => {
    const widths = distributeWidths([1, 1, 1], 8845);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
  });
});
