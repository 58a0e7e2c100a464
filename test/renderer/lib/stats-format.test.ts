import { describe, expect, it } from 'vitest';
import { change } from '../../../shared/stats/arithmetic';
import { changeView, drillIndicator, figureDisplay, figureHeading, isDrillable, measureOf } from '../../../renderer/lib/stats-format';
import { countFigure, rateFigure } from './stats-fixtures';

describe('figureDisplay', () => {
  it('shows counts with their unit, money in 万元 and rates as percent text', () => {
    expect(figureDisplay(countFigure('D1', '发现问题', '个', 12, 3), 'period')).toEqual({ text: '12', unit: '个' });
    const money = countFigure('E6', '罚没款合计', '元', 2_500_000, 1_000_000, { money: true });
    expect(figureDisplay(money, 'period')).toEqual({ text: '2.50', unit: '万元' });
    expect(figureDisplay(rateFigure('D3', '整改率', [13, 24], [39, 80]), 'period')).toEqual({ text: '54.2%', unit: '' });
  });

  it('shows — without a unit for 未报, a 0 denominator and unavailable figures', () => {
    expect(figureDisplay(countFigure('D1', '发现问题', '个', null, 3), 'period')).toEqual({ text: '—', unit: '' });
    expect(figureDisplay(rateFigure('D3', '整改率', [0, 0], [1, 2]), 'period')).toEqual({ text: '—', unit: '' });
    expect(figureDisplay(countFigure('C3', '检查家数', '家', 4, 2, { available: false }), 'period')).toEqual({ text: '—', unit: '' });
  });

  it('picks the measure', () => {
    const f = countFigure('D1', '发现问题', '个', 4, 3, { cumulative: 40 });
    expect(figureDisplay(f, measureOf(true)).text).toBe('40');
    expect(figureDisplay(f, measureOf(false)).text).toBe('4');
  });
});

describe('figureHeading', () => {
  it('names the displayed unit', () => {
    expect(figureHeading({ name: '发现问题', unit: '个', money: false })).toBe('发现问题（个）');
    expect(figureHeading({ name: '罚没款合计', unit: '元', money: true })).toBe('罚没款合计（万元）');
    expect(figureHeading({ name: '整改率', unit: '%', money: false })).toBe('整改率（%）');
  });
});

describe('changeView', () => {
  it('gives counts as signed amounts with the unit', () => {
    expect(changeView(countFigure('D1', '发现问题', '个', 40, 46))).toEqual({ direction: 'down', text: '-6个', tone: 'neutral' });
    expect(changeView(countFigure('D1', '发现问题', '个', 5, 0))).toEqual({ direction: 'up', text: '+5个', tone: 'neutral' });
  });

  it('gives rates in percentage points, coloured by whether a rise is good', () => {
    const v = changeView(rateFigure('D3', '整改率', [65, 120], [39, 80]));
    expect(v).toEqual({ direction: 'up', text: '+5.4个百分点', tone: 'good' });
    expect(changeView(countFigure('D5', '逾期未整改', '个', 21, 6)).tone).toBe('bad');
    expect(changeView(countFigure('D5', '逾期未整改', '个', 2, 6)).tone).toBe('good');
  });

  it('gives money in 万元 and calls a sub-cent change 基本持平', () => {
    const money = (a: number, b: number) => countFigure('E6', '罚没款合计', '元', a, b, { money: true });
    expect(changeView(money(2_500_000, 1_000_000)).text).toBe('+1.50万元');
    expect(changeView(money(1_000_001, 1_000_000))).toEqual({ direction: 'flat', text: '基本持平', tone: 'neutral' });
  });

  it('never breaks on 0 or null', () => {
    expect(changeView(countFigure('D1', '发现问题', '个', 0, 0)).text).toBe('持平');
    expect(changeView(countFigure('D1', '发现问题', '个', 3, null)).text).toBe('上期无数据');
    expect(changeView(countFigure('D1', '发现问题', '个', null, 3)).text).toBe('本期无数据');
    expect(changeView(rateFigure('D3', '整改率', [0, 0], [1, 2])).text).toBe('本期无数据');
    expect(changeView(countFigure('C3', '检查家数', '家', 1, 2, { available: false })).text).toBe('—');
  });

  it('reads the cumulative change when asked', () => {
    const f = countFigure('D1', '发现问题', '个', 4, 4, { changeCumulative: change(120, 80) });
    expect(changeView(f, 'period').text).toBe('持平');
    expect(changeView(f, 'cumulative').text).toBe('+40个');
  });
});

describe('drillIndicator / isDrillable', () => {
  it('drills a rate into its numerator and anything else into itself', () => {
    expect(drillIndicator('D3')).toBe('D2');
    expect(drillIndicator('B2')).toBe('B1');
    expect(drillIndicator('C5')).toBe('C4');
    expect(drillIndicator('G5')).toBe('G3');
    expect(drillIndicator('I2')).toBe('I2');
    expect(drillIndicator('D1')).toBe('D1');
  });

  it('offers a drill only for known, available values', () => {
    expect(isDrillable(countFigure('D1', '发现问题', '个', 0, 0), 'period')).toBe(true);
    expect(isDrillable(countFigure('D1', '发现问题', '个', null, 0), 'period')).toBe(false);
    expect(isDrillable(countFigure('C3', '检查家数', '家', 1, 0, { available: false }), 'period')).toBe(false);
    expect(isDrillable(undefined, 'period')).toBe(false);
  });
});
