import { describe, expect, it } from 'vitest';
import { parseReturn } from '../../../shared/import/parse-return';
import { provincial2023 } from '../../../shared/presets/provincial-2023';
import { book, sheet } from '../../helpers/grid';

const areas = provincial2023().focusAreas; // F1 医托, F2 乱收费, F3 诱导消费, F4 医德医风

const data = (extra: unknown[][] = []) => sheet('进展数据', [
  ['宿城区人民医院 2023年6月上半月 进展数据'],
  ['填报单位：宿城区人民医院'],
  ['编号', '指标', '单位', '本期数', '说明'],
  ['B1', '本期自查自纠完成情况', '是/否', '是'],
  ['C1', '出动检查（督查）人员', '人次', '１２'],
  ['G1', '受理举报线索', '件', 3],
  ['G2', '其中：已核查', '件', 2],
  [],
  ['编号', '指标', '单位', '医托', '乱收费', '诱导消费', '医德医风'],
  ['B3', '自查发现问题', '个', 2, 0, null, 1],
  ['D7', '其中：立行立改', '个', 1, 0, null, ''],
  ['E4', '罚款金额', '元', '1,200.5', 0, 0, 0],
  ...extra,
] as never);

const ledgerHeader = ['序号', '台账编号', '整治重点', '问题类别', '问题来源', '发现日期', '涉及科室／人员', '问题描述', '涉及金额（元）', '严重程度', '整改措施', '整改责任人', '整改时限', '整改状态', '完成日期', '处理方式', '罚没金额（元）', '是否立案', '是否典型案例', '备注'];

describe('parseReturn', () => {
  it('reads values by code and focus column; blank is 未报, 0 is a value; money in 分', () => {
    const r = parseReturn(book(data(), sheet('问题台账', [ledgerHeader])), areas);
    expect(r.issues.filter((i) => i.severity === '错误')).toEqual([]);
    const v = (code: string, focus = '') => r.values.find((x) => x.code === code && x.focus === focus)?.value;
    expect(v('B1')).toBe(1);
    expect(v('C1')).toBe(12); // full-width digits
    expect(v('B3', 'F1')).toBe(2);
    expect(v('B3', 'F2')).toBe(0);
    expect(v('B3', 'F3')).toBeUndefined(); // blank = 未报
    expect(v('E4', 'F1')).toBe(120050); // 1,200.5 元 → 分
    expect(r.values.find((x) => x.code === 'C1')?.cell).toBe('进展数据!D5');
  });

  it('finds blocks after inserted blank rows and columns', () => {
    const shifted = sheet('进展数据', [[], [], [null, '编号', '指标', '单位', null, '本期数'], [null, 'C1', '出动检查人员', '人次', null, 7]] as never);
    const r = parseReturn(book(shifted, sheet('台账', [ledgerHeader])), areas);
    expect(r.values).toEqual([{ code: 'C1', focus: '', value: 7, cell: '进展数据!F4' }]);
  });

  it('names the cell for text in a number cell, negatives and consistency breaks', () => {
    const r = parseReturn(book(data([['F1', '约谈', '人次', '很多', -1]]), sheet('问题台账', [ledgerHeader])), areas);
    const msgs = r.issues.map((i) => i.message).join('\n');
    expect(msgs).toMatch(/进展数据!D13：“约谈”应为数字/);
    expect(msgs).toMatch(/进展数据!E13：“约谈”不能为负数/);
    const bad = parseReturn(book(data([['D7', '立行立改', '个', 5]]), sheet('问题台账', [ledgerHeader])), areas);
    expect(bad.issues.some((i) => i.rule === 'data.duplicate' || i.rule === 'data.consistency')).toBe(true);
  });

  it('reports a formula without a cached value by cell', () => {
    const s = sheet('进展数据', [['编号', '指标', '单位', '本期数'], ['C1', '出动检查人员', '人次', { value: null, formula: 'SUM(A1:A2)', noCachedValue: true }]] as never);
    const r = parseReturn(book(s, sheet('问题台账', [ledgerHeader])), areas);
    expect(r.issues[0].message).toMatch(/进展数据!D2：公式/);
  });

  it('parses ledger rows with text dates, dropdown checks and shuffled columns', () => {
    const hdr = [...ledgerHeader].reverse();
    const row = (o: Record<string, unknown>) => hdr.map((h) => o[h] ?? null);
    const rows = [
      hdr,
      row({ 台账编号: 'A-001', 整治重点: '乱收费', 问题来源: '自查自纠', 发现日期: '2023.6.5', 问题描述: '重复收取检查费', 整改时限: '2023年6月30日', 整改状态: '整改中 ' }),
      row({ 台账编号: 'A-002', 整治重点: '打麻将', 问题来源: '自查自纠', 发现日期: 45082, 问题描述: 'x', 整改时限: '2023-6-30', 整改状态: '已完成' }),
    ];
    const r = parseReturn(book(data(), sheet('问题台账', rows as never)), areas);
    expect(r.ledger).toHaveLength(1);
    expect(r.ledger[0]).toMatchObject({ ledgerNo: 'A-001', focusCode: 'F2', foundDate: '2023-06-05', deadline: '2023-06-30', status: '整改中' });
    const msgs = r.issues.filter((i) => i.severity === '错误').map((i) => i.message);
    expect(msgs.some((m) => /问题台账!\w+3：“整治重点”的值“打麻将”不在下拉列表中，可选：医托、乱收费/.test(m))).toBe(true);
    expect(msgs.some((m) => /“整改状态”的值“已完成”不在下拉列表中/.test(m))).toBe(true);
  });

  it('refuses a workbook without the return sheets, and reads metadata and work text', () => {
    expect(parseReturn(book(sheet('Sheet1', [['x']])), areas).issues[0].message).toMatch(/找不到“进展数据”和“问题台账”/);
    const meta = sheet('_meta', [['campaign_code', 'provincial-2023-20230601'], ['period_code', '2023-06-H1'], ['uscc', '12321302MB1234567X']], true);
    const work = sheet('工作情况', [['主要工作措施', '成立专班，召开动员会2次'], ['存在问题'], ['部分科室自查不深入']]);
    const r = parseReturn(book(data(), sheet('问题台账', [ledgerHeader]), work, meta), areas);
    expect(r.meta).toMatchObject({ campaign: 'provincial-2023-20230601', period: '2023-06-H1' });
    expect(r.work).toEqual({ measures: '成立专班，召开动员会2次', problems: '部分科室自查不深入' });
    expect(r.hints.names).toContain('宿城区人民医院');
  });
});

describe('work text', () => {
  it('a blank answer never takes the next item\'s label', () => {
    const work = sheet('工作情况', [['主要工作措施', ''], ['典型经验做法', ''], ['建立的制度（名称、文号）', '《红包回扣举报奖励办法》']]);
    const r = parseReturn(book(work), provincial2023().focusAreas);
    expect(r.work).toEqual({});
  });
});
