import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeHeaderProblem, headerKey, matchHeader, type ColumnSpec, type GridValue } from '../../../shared/import/header-match';

const SPECS: ColumnSpec[] = [
  { key: 'name', synonyms: ['机构名称', '单位名称', '医疗机构名称'], required: true },
  { key: 'uscc', synonyms: ['统一社会信用代码', '信用代码'], required: false },
  { key: 'found', synonyms: ['发现问题数', '问题数'], required: true },
  { key: 'fixed', synonyms: ['已整改问题数', '已整改'], required: true },
  { key: 'amount', synonyms: ['罚没金额'], required: false },
  { key: 'note', synonyms: ['备注'], required: false },
];

const cols = (m: ReturnType<typeof matchHeader>) => Object.fromEntries(m.columns);

describe('matchHeader', () => {
  it('finds a plain header under a title row and maps reordered columns', () => {
    const m = matchHeader(SPECS, {
      rows: [
        ['2023年6月上半月专项整治进展统计表'],
        [],
        ['备注', '已整改问题数', '机构名称', '发现问题数', '自定义列'],
        ['', 1, '南京市第一医院', 3],
      ],
    });
    expect(m.headerRow).toBe(3);
    expect(m.headerRowCount).toBe(1);
    expect(m.dataStartRow).toBe(4);
    expect(cols(m)).toEqual({ note: 1, fixed: 2, name: 3, found: 4 });
    expect(m.missing).toEqual([]);
    expect(m.missingOptional).toEqual(['uscc', 'amount']);
    expect(m.unknown).toEqual(['自定义列']);
  });

  it('normalises full-width text, line breaks, required markers and unit brackets', () => {
    const m = matchHeader(SPECS, {
      rows: [[null, '*机构名称', '发现\n问题数（个）', '已整改问题数(个)', '罚没金额（单位：万元）', '\u3000备注\u3000', 'ＵＳＣＣ']],
    });
    expect(cols(m)).toEqual({ name: 2, found: 3, fixed: 4, amount: 5, note: 6 });
    expect(m.headerTexts.get('found')).toBe('发现\n问题数（个）');
    expect(m.unknown).toEqual(['ＵＳＣＣ']);
  });

  it('prefers exact over contains: 已整改问题数 is not taken by 问题数', () => {
    const m = matchHeader(SPECS, { rows: [['机构名称', '已整改问题数', '其中：发现问题数', '发现问题数']] });
    expect(cols(m)).toMatchObject({ name: 1, fixed: 2, found: 4 });
    expect(m.unknown).toEqual(['其中：发现问题数']);
  });

  it('flattens a two-row header under merged top cells to top/sub', () => {
    const specs: ColumnSpec[] = [
      { key: 'name', synonyms: ['机构名称'], required: true },
      { key: 'found', synonyms: ['问题数/发现'], required: true },
      { key: 'fixed', synonyms: ['已整改'], required: true },
      { key: 'open', synonyms: ['未整改'], required: true },
      { key: 'note', synonyms: ['备注'], required: false },
    ];
    const rows: GridValue[][] = [
      ['填报单位：', '', '', '', ''],
      ['机构名称', '问题数', '', '', '备注'],
      ['', '发现', '已整改', '未整改', ''],
      ['A医院', 3, 2, 1, ''],
    ];
    const merges = [
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 3, right: 5 },
    ];
    const m = matchHeader(specs, { rows, merges });
    expect(m.headerRow).toBe(2);
    expect(m.headerRowCount).toBe(2);
    expect(m.dataStartRow).toBe(4);
    expect(cols(m)).toEqual({ name: 1, found: 2, fixed: 3, open: 4, note: 5 });
    expect(m.headerTexts.get('fixed')).toBe('问题数/已整改');
    // The same header with the merges lost (copied as values) still works.
    expect(cols(matchHeader(specs, { rows }))).toEqual({ name: 1, found: 2, fixed: 3, open: 4, note: 5 });
    expect(describeHeaderProblem(m, specs, '汇总')).toBeUndefined();
  });

  it('does not mistake the first data row for a sub-header', () => {
    const m = matchHeader(SPECS, {
      rows: [
        ['机构名称', '问题数', '', '已整改'],
        ['南京市第一医院', 3, 'x', 2],
      ],
      merges: [{ top: 1, left: 2, bottom: 1, right: 3 }],
    });
    expect(m.headerRowCount).toBe(1);
    expect(cols(m)).toMatchObject({ name: 1, found: 2, fixed: 4 });
  });

  it('skips blank rows and a 栏次 row before the data', () => {
    const m = matchHeader(SPECS, {
      rows: [['机构名称', '发现问题数', '已整改问题数'], [], ['甲', '1', '2'], [null, null], ['A医院', 1, 1]],
    });
    expect(m.dataStartRow).toBe(5);
  });

  it('reports missing required columns and absent headers in Chinese', () => {
    const m = matchHeader(SPECS, { rows: [['机构名称', '备注']], firstRow: 3 });
    expect(m.headerRow).toBe(3);
    expect(m.missing).toEqual(['found', 'fixed']);
    expect(describeHeaderProblem(m, SPECS, '进展统计')).toBe('工作表「进展统计」第3行的表头缺少必填列：发现问题数、已整改问题数。请不要删除或改名这些列。');
    const none = matchHeader(SPECS, { rows: [['随便'], ['什么']] });
    expect(none.headerRow).toBe(0);
    expect(describeHeaderProblem(none, SPECS, '进展统计')).toBe('工作表「进展统计」前 15 行中找不到表头（应包含：机构名称、发现问题数、已整改问题数）。请使用下发的模板填报。');
  });

  it('only scans maxScanRows', () => {
    const rows: GridValue[][] = Array.from({ length: 20 }, () => []);
    rows[17] = ['机构名称', '发现问题数', '已整改问题数'];
    expect(matchHeader(SPECS, { rows }).headerRow).toBe(0);
    expect(matchHeader(SPECS, { rows }, { maxScanRows: 20 }).headerRow).toBe(18);
  });

  it('finds any permutation of the header with blank columns and rows inserted (property)', () => {
    const texts = ['机构名称', '统一社会信用代码', '发现问题数', '已整改问题数', '罚没金额', '备注'];
    const keys = ['name', 'uscc', 'found', 'fixed', 'amount', 'note'];
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
        fc.array(fc.nat({ max: 7 }), { maxLength: 3 }),
        fc.nat({ max: 6 }),
        (order, blanks, lead) => {
          const header: GridValue[] = order.map((i) => texts[i]);
          for (const b of blanks) header.splice(Math.min(b, header.length), 0, '');
          const rows: GridValue[][] = [...Array.from({ length: lead }, () => [] as GridValue[]), header, header.map((h) => (h ? 'x' : ''))];
          const m = matchHeader(SPECS, { rows });
          expect(m.headerRow).toBe(lead + 1);
          for (const [i, key] of keys.entries()) expect(m.columns.get(key)).toBe(header.indexOf(texts[i]) + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('headerKey', () => {
  it('keeps brackets in the exact key and drops them from the core key', () => {
    expect(headerKey(' *金额（万元）：')).toEqual({ exact: '金额(万元)', core: '金额' });
    expect(headerKey('【必填】机构名称')).toEqual({ exact: '【必填】机构名称', core: '机构名称' });
  });
});
