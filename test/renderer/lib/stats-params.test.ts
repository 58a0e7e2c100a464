import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INDICATORS, paramsFromStatsView, statsViewFromParams, usableIndicators, withColumnDim, withRowDim,
} from '../../../renderer/lib/stats-params';

describe('statsViewFromParams', () => {
  it('defaults to the district × focus pivot of 本期', () => {
    expect(statsViewFromParams({})).toEqual({ tab: 'pivot', cumulative: false, dims: ['district', 'focus'], indicators: [...DEFAULT_INDICATORS] });
  });

  it('reads a linked view and drops what it cannot use', () => {
    expect(statsViewFromParams({ tab: 'charts', cum: '1', dims: 'ownership,ownership,bogus,district,focus', ind: 'E6,x;drop,E6,B2' }))
      .toEqual({ tab: 'charts', cumulative: true, dims: ['ownership', 'district'], indicators: ['E6', 'B2'] });
    expect(statsViewFromParams({ tab: 'nope', dims: 'x' }).dims).toEqual(['district', 'focus']);
  });

  it('round-trips through the address, leaving defaults out', () => {
    const v = statsViewFromParams({ tab: 'trend', cum: '1', dims: 'category', ind: 'B3,E1' });
    const p = paramsFromStatsView(v, '2023-07-H1');
    expect(p).toEqual({ period: '2023-07-H1', tab: 'trend', cum: '1', dims: 'category', ind: 'B3,E1' });
    const clean = Object.fromEntries(Object.entries(p).filter(([, x]) => x !== undefined)) as Record<string, string>;
    expect(statsViewFromParams(clean)).toEqual(v);
    expect(paramsFromStatsView(statsViewFromParams({}), undefined)).toEqual({ period: undefined, tab: undefined, cum: undefined, dims: undefined, ind: undefined });
  });
});

describe('dimension changes', () => {
  it('keeps rows and columns distinct', () => {
    expect(withColumnDim(['district', 'focus'], 'category')).toEqual(['district', 'category']);
    expect(withColumnDim(['district', 'focus'], null)).toEqual(['district']);
    expect(withColumnDim(['district'], 'district')).toEqual(['district']);
    expect(withRowDim(['district', 'focus'], 'focus')).toEqual(['focus']);
    expect(withRowDim(['district', 'focus'], 'ownership')).toEqual(['ownership', 'focus']);
  });
});

describe('usableIndicators', () => {
  it('keeps the chosen indicators the pivot carries, else falls back', () => {
    expect(usableIndicators(['B1', 'D1', 'E6'], ['D1', 'D2', 'E6'])).toEqual(['D1', 'E6']);
    expect(usableIndicators(['B1', 'A1'], ['D1', 'D2', 'D3', 'E6'])).toEqual(['D1', 'D2', 'D3']);
    expect(usableIndicators(['B1'], ['E4', 'E5', 'E6'])).toEqual(['E4', 'E5']);
    expect(usableIndicators(['B1'], [])).toEqual([]);
  });
});
