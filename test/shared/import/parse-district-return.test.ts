import { describe, expect, it } from 'vitest';
import { isDistrictBook, parseDistrictReturn } from '../../../shared/import/parse-district-return';
import { indicatorOf } from '../../../shared/import/district-columns';
import { provincial2023 } from '../../../shared/presets/provincial-2023';
import { book, sheet } from '../../helpers/grid';

const areas = provincial2023().focusAreas; // F1 医托, F2 乱收费, F3 诱导消费, F4 医德医风
const A = '12321302MB1234567A';
const B = '52321302MJ7654321B';

const meta = sheet('_meta', [
  ['campaign_code', 'provincial-2023-20230601'], ['period_code', '2023-06-H1'], ['template_version', 'D1'],
  ['return_kind', 'district'], ['district_code', '321302'],
], true);

/** 进展数据 as the template writes it: two header rows, B3 over the four focus areas. */
function data(rows: unknown[][], twoRow = true) {
  const head = twoRow
    ? [
      ['序号', '机构名称', '统一社会信用代码', 'B1 本期自查自纠完成情况（是/否）', 'C1 出动检查（督查）人员（人次）', 'B3 自查发现问题（个）', null, null, null, 'D7 立行立改（个）', null, null, null],
      [null, null, null, null, null, '医托', '乱收费', '诱导消费', '医德医风', '医托', '乱收费', '诱导消费', '医德医风'],
    ]
    : [['序号', '机构名称', '统一社会信用代码', '本期自查自纠完成情况', 'C1', 'B3-医托', 'B3-乱收费', '自查发现问题（诱导消费）', 'B3-医德医风', 'D7-医托', 'D7-乱收费', 'D7-诱导消费', 'D7-医德医风']];
  return sheet('进展数据', [['标题'], ['填报单位：宿城区卫生健康局'], ['填表要求'], ...head, ...rows] as never);
}

const ledgerHead = ['机构名称', '统一社会信用代码', '台账编号', '整治重点', '问题来源', '发现日期', '问题描述', '整改时限', '整改状态'];
const ledger = (rows: unknown[][]) => sheet('问题台账', [['问题台账'], ['说明'], ledgerHead, ...rows] as never);
const issueRow = (name: string, uscc: string | null, no: string | null, status = '待整改') => [name, uscc, no, '乱收费', '自查自纠', '2023-06-05', `重复收费${no ?? ''}`, '2023-06-30', status];

describe('parseDistrictReturn', () => {
  it('recognises the district kind from _meta', () => {
    expect(isDistrictBook(book(data([]), meta))).toBe(true);
    expect(isDistrictBook(book(data([])))).toBe(false);
  });

  it('splits rows into institutions with values and exact cell provenance; blank rows are 未报', () => {
    const r = parseDistrictReturn(book(data([
      [1, '宿城区人民医院', A, '是', 3, 2, 1, 0, 0, 1, 0, 0, 0],
      [2, '宿城仁和医院', B, '否', '１２', null, 4, null, null, null, 2, null, null],
      [3, '宿城区第二医院', null],
    ]), ledger([]), meta), areas);
    expect(r.issues.filter((i) => i.severity === '错误')).toEqual([]);
    expect(r.meta).toEqual({ campaign: 'provincial-2023-20230601', period: '2023-06-H1', district: '321302', version: 'D1' });
    const [a, b, c] = r.entries;
    expect(a.ref).toMatchObject({ name: '宿城区人民医院', uscc: A, cell: 'B6', row: 6 });
    expect(a.values).toContainEqual({ code: 'B3', focus: 'F2', value: 1, cell: '进展数据!G6' });
    expect(a.values).toContainEqual({ code: 'B1', focus: '', value: 1, cell: '进展数据!D6' });
    expect(b.values).toContainEqual({ code: 'C1', focus: '', value: 12, cell: '进展数据!E7' });
    expect(b.values.find((v) => v.code === 'B3' && v.focus === 'F1')).toBeUndefined();
    expect(c).toMatchObject({ blank: true, values: [] });
  });

  it('reads single-row headers (B3-医托, 自查发现问题（诱导消费）) as the same columns', () => {
    const r = parseDistrictReturn(book(data([[1, '宿城区人民医院', A, '是', 3, 2, 1, 5, 0, 1, 0, 0, 0]], false), ledger([]), meta), areas);
    expect(r.issues.filter((i) => i.severity === '错误')).toEqual([]);
    expect(r.entries[0].values).toContainEqual({ code: 'B3', focus: 'F3', value: 5, cell: '进展数据!H5' });
    expect(r.entries[0].values).toContainEqual({ code: 'C1', focus: '', value: 3, cell: '进展数据!E5' });
  });

  it('names every bad cell: text in a number, a negative count, 立行立改 above 发现问题, a row without institution', () => {
    const r = parseDistrictReturn(book(data([
      [1, '宿城区人民医院', A, '是', '很多', 2, 1, 0, 0, 3, 0, 0, 0],
      [2, '宿城仁和医院', B, '是', -1],
      [3, null, null, '是', 4],
    ]), ledger([]), meta), areas);
    const errs = r.issues.filter((i) => i.severity === '错误').map((i) => i.message);
    expect(errs).toContainEqual(expect.stringMatching(/^进展数据!E6：“出动检查（督查）人员”应为数字/));
    expect(errs).toContainEqual(expect.stringMatching(/^进展数据!J6：立行立改数不应大于自查发现问题数/));
    expect(errs).toContainEqual(expect.stringMatching(/^进展数据!E7：.*不能为负数/));
    expect(errs).toContainEqual(expect.stringMatching(/^进展数据!B8：第8行填写了数据，但没有填写机构名称/));
  });

  it('ignores a 合计 row and a clerk-added 合计 column with a warning, refuses a repeated institution', () => {
    const d = sheet('进展数据', [
      ['序号', '机构名称', '统一社会信用代码', 'C1 出动检查（督查）人员（人次）', '合计'],
      [1, '宿城区人民医院', A, 3, { value: 3, formula: 'SUM(D2:D2)' }],
      [2, '宿城区人民医院', null, 4],
      [null, '合计', null, 7],
    ] as never);
    const r = parseDistrictReturn(book(d, ledger([]), meta), areas);
    const byRule = (rule: string) => r.issues.filter((i) => i.rule === rule);
    expect(byRule('district.total-row')[0]).toMatchObject({ severity: '警告', cell: 'B4' });
    expect(byRule('district.unknown-column')[0]).toMatchObject({ severity: '警告', cell: 'E1' });
    expect(byRule('district.duplicate-row')[0]).toMatchObject({ severity: '错误', cell: 'B3' });
    expect(byRule('district.duplicate-row')[0].message).toMatch(/第2行和第3行重复/);
  });

  it('groups ledger rows by institution (name-only rows join the coded data row); addresses stay exact', () => {
    const r = parseDistrictReturn(book(data([
      [1, '宿城区人民医院', A, '是', 3],
      [2, '宿城仁和医院', B, '是', 1],
    ]), ledger([
      issueRow('宿城区人民医院', null, 'A-1'),
      issueRow('宿城仁和医院', B, 'A-1', '整改中'),
      issueRow(' 宿城区人民医院 ', A, null),
    ]), meta), areas);
    expect(r.issues.filter((i) => i.severity === '错误')).toEqual([]);
    const a = r.entries.find((e) => e.ref.name === '宿城区人民医院')!;
    const b = r.entries.find((e) => e.ref.name === '宿城仁和医院')!;
    expect(a.ledger.map((l) => [l.row, l.ledgerNo])).toEqual([[4, 'A-1'], [6, null]]);
    expect(b.ledger.map((l) => [l.row, l.ledgerNo, l.status])).toEqual([[5, 'A-1', '整改中']]);
  });

  it('checks ledger cells per institution and refuses a problem without institution', () => {
    const r = parseDistrictReturn(book(data([[1, '宿城区人民医院', A, '是', 3]]), ledger([
      issueRow('宿城区人民医院', A, 'A-1'),
      issueRow('宿城区人民医院', A, 'A-1'),
      issueRow('宿城区人民医院', A, 'A-2', '差不多了'),
      issueRow('', null, 'X-9'),
    ]), meta), areas);
    const errs = r.issues.filter((i) => i.severity === '错误');
    expect(errs.map((i) => i.message)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^问题台账!C5：台账编号“A-1”与第4行重复/),
      expect.stringMatching(/^问题台账!I6：“整改状态”的值“差不多了”不在下拉列表中/),
      expect.stringMatching(/^问题台账!A7：第7行填写了问题，但没有填写机构名称/),
    ]));
    expect(errs).toHaveLength(3);
  });

  it('refuses a ledger without an institution column', () => {
    const bad = sheet('问题台账', [ledgerHead.slice(2), issueRow('x', null, 'A-1').slice(2)] as never);
    const r = parseDistrictReturn(book(data([[1, '宿城区人民医院', A, '是', 3]]), bad, meta), areas);
    expect(r.issues.find((i) => i.rule === 'district.ledger-owner')?.message).toMatch(/缺少“机构名称”或“统一社会信用代码”列/);
  });

  it('reads 工作情况 one row per institution', () => {
    const work = sheet('工作情况', [['工作情况'], ['机构名称', '统一社会信用代码', '主要工作措施', '典型经验做法', '填报人'], ['宿城区人民医院', A, '成立专班，逐科室自查。', '', '张三']] as never);
    const r = parseDistrictReturn(book(data([[1, '宿城区人民医院', A, '是', 3]]), ledger([]), work, meta), areas);
    expect(r.entries[0].work).toEqual({ measures: '成立专班，逐科室自查。', filler: '张三' });
  });
});

describe('indicatorOf', () => {
  it.each([
    ['B3 自查发现问题（个）', 'B3', '自查发现问题(个)'],
    ['H2P 参加培训／警示教育（人次）', 'H2P', '参加培训/警示教育(人次)'],
    ['B3-医托', 'B3', '-医托'],
    ['自查发现问题-乱收费', 'B3', '-乱收费'],
    ['出动检查人员', 'C1', ''],
  ])('%s', (text, code, rest) => {
    expect(indicatorOf(text)).toMatchObject({ def: { code }, rest });
  });

  it('is null for non-indicators', () => {
    expect(indicatorOf('合计')).toBeNull();
    expect(indicatorOf('A1')).toBeNull();
  });
});
