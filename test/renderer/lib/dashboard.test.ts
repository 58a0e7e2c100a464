import { describe, expect, it } from 'vitest';
import { daysText, deadlineItems, phaseItems } from '../../../renderer/lib/dashboard';

describe('daysText', () => {
  it('counts days left, today and days passed; undated says so', () => {
    expect(daysText(3)).toBe('还剩3天');
    expect(daysText(0)).toBe('今天截止');
    expect(daysText(-2)).toBe('已过2天');
    expect(daysText(null)).toBe('未定日期');
  });
});

describe('phaseItems', () => {
  const phases = [
    { name: '自查自纠', start: '2023-06-01', end: '2023-06-30' },
    { name: '检查评估', start: '2023-07-01', end: '2023-08-15' },
    { name: '总结巩固', start: '2023-08-16', end: null },
    { name: '完善机制', start: null, end: null, description: '建章立制' },
  ];

  it('places each phase against today, in plan order', () => {
    const items = phaseItems({ phases }, '2023-07-10');
    expect(items.map((p) => [p.name, p.state, p.text, p.range])).toEqual([
      ['自查自纠', 'done', '已结束', '6月1日—6月30日'],
      ['检查评估', 'current', '进行中，还剩36天', '7月1日—8月15日'],
      ['总结巩固', 'upcoming', '37天后开始', '8月16日—'],
      ['完善机制', 'undated', '未定日期', '未定日期'],
    ]);
    expect(items[3].description).toBe('建章立制');
  });

  it('says 今天结束 on a phase\'s last day and treats an open end as running', () => {
    expect(phaseItems({ phases }, '2023-08-15')[1].text).toBe('进行中，今天结束');
    expect(phaseItems({ phases }, '2023-09-01')[2]).toMatchObject({ state: 'current', text: '进行中' });
  });
});

describe('deadlineItems', () => {
  it('lists the period due date, deliverables and the campaign end by date, undated last', () => {
    const items = deadlineItems(
      { endDate: '2023-08-31', deliverables: [{ name: '书面总结报告', due: null }, { name: '问题清单', due: '2023-07-20' }, { name: '坏日期', due: '7月' }] },
      { label: '2023年7月上半月', due: '2023-07-17' },
      '2023-07-18',
    );
    expect(items.map((i) => [i.label, i.date, i.days, i.text])).toEqual([
      ['2023年7月上半月报表报送截止', '2023-07-17', -1, '已过1天'],
      ['问题清单', '2023-07-20', 2, '还剩2天'],
      ['专项结束', '2023-08-31', 44, '还剩44天'],
      ['书面总结报告', null, null, '未定日期'],
      ['坏日期', null, null, '未定日期'],
    ]);
  });

  it('works without a period', () => {
    expect(deadlineItems({ endDate: '2023-08-31', deliverables: [] }, undefined, '2023-08-31').map((i) => i.text)).toEqual(['今天截止']);
  });
});
