import { describe, expect, it } from 'vitest';
import { headerField, locateRosterHeader, missingColumns, ROSTER_COLUMNS } from '../../../shared/domain/roster-columns';

describe('roster headers', () => {
  it('recognises the template headers and their synonyms', () => {
    for (const c of ROSTER_COLUMNS) expect(headerField(c.header)).toBe(c.field);
    expect(headerField('名称')).toBe('name');
    expect(headerField('单位名称')).toBe('name');
    expect(headerField('信用代码')).toBe('uscc');
    expect(headerField('统一社会信用代码（18位）')).toBe('uscc');
    expect(headerField('区县')).toBe('district');
    expect(headerField('行政区划')).toBe('district');
    expect(headerField('所属区县（名称或代码）*')).toBe('district');
    expect(headerField('　机构 类别　')).toBe('category');
    expect(headerField('性质')).toBe('ownership');
    expect(headerField('序号')).toBeNull();
    expect(headerField('')).toBeNull();
  });

  it('finds the header under title rows, with blank and unknown columns', () => {
    const grid = [
      ['宿迁市医疗机构名册', '', '', ''],
      ['', '', '', '', ''],
      ['序号', '单位名称', '', '信用代码', '区县', '类别', '性质'],
      ['1', '某医院', '', 'X', '宿城区', '综合医院', '公立'],
    ];
    const h = locateRosterHeader(grid)!;
    expect(h.row).toBe(3);
    expect(h.columns.name?.col).toBe(2);
    expect(h.columns.uscc).toEqual({ col: 4, header: '信用代码' });
    expect(missingColumns(h)).toEqual([]);
  });

  it('reports missing required columns; a licence column stands in for the USCC', () => {
    const h = locateRosterHeader([['机构名称', '区县', '联系人']])!;
    expect(missingColumns(h).map((c) => c.label)).toEqual(['统一社会信用代码', '机构类别', '公立/社会办']);
    const h2 = locateRosterHeader([['机构名称', '执业许可证登记号', '区县', '类别', '性质']])!;
    expect(missingColumns(h2)).toEqual([]);
  });

  it('needs a name column and two more to call a row a header', () => {
    expect(locateRosterHeader([['机构名称', '备注']])).toBeNull();
    expect(locateRosterHeader([['区县', '类别', '性质']])).toBeNull();
  });

  it('keeps the first of two columns meaning the same and lists the other', () => {
    const h = locateRosterHeader([['机构名称', '单位名称', '区县', '类别']])!;
    expect(h.columns.name?.col).toBe(1);
    expect(h.duplicates).toEqual([{ col: 2, header: '单位名称', field: 'name' }]);
  });
});
