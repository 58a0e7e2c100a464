import { describe, expect, it } from 'vitest';
import { addDays, makePeriod } from '../../../shared/domain/period';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { defaultPeriod, periodLabel, periodOptionLabel, periodOptions, resolvePeriod } from '../../../renderer/lib/period-choice';

const row = (y: number, m: number, h: 1 | 2): PeriodRow => {
  const p = makePeriod(y, m, h);
  return { ...p, due: addDays(p.end, 2), phase: null };
};
const PERIODS = [row(2023, 6, 1), row(2023, 6, 2), row(2023, 7, 1)]; // due 06-17, 07-02, 07-17

describe('defaultPeriod', () => {
  it('is the period still being collected: the first whose due date has not passed', () => {
    expect(defaultPeriod(PERIODS, '2023-06-05')?.code).toBe('2023-06-H1');
    // 6月16日: the H2 period has started, but H1 returns are still due tomorrow.
    expect(defaultPeriod(PERIODS, '2023-06-16')?.code).toBe('2023-06-H1');
    expect(defaultPeriod(PERIODS, '2023-06-17')?.code).toBe('2023-06-H1');
    expect(defaultPeriod(PERIODS, '2023-06-18')?.code).toBe('2023-06-H2');
  });

  it('is the first before the campaign and the last after it', () => {
    expect(defaultPeriod(PERIODS, '2023-01-01')?.code).toBe('2023-06-H1');
    expect(defaultPeriod(PERIODS, '2026-03-01')?.code).toBe('2023-07-H1');
    expect(defaultPeriod([], '2023-06-01')).toBeUndefined();
  });

  it('honours a requested period only when it belongs to the campaign', () => {
    expect(resolvePeriod(PERIODS, '2023-06-H2', '2023-06-05')?.code).toBe('2023-06-H2');
    expect(resolvePeriod(PERIODS, '2024-01-H1', '2023-06-05')?.code).toBe('2023-06-H1');
    expect(resolvePeriod(PERIODS, undefined, '2023-06-20')?.code).toBe('2023-06-H2');
  });
});

describe('period labels', () => {
  it('shows the due date next to the period', () => {
    expect(periodOptionLabel(PERIODS[0])).toBe('2023年6月上半月（截止6月17日）');
    expect(periodOptions(PERIODS).map((o) => o.value)).toEqual(['2023-06-H1', '2023-06-H2', '2023-07-H1']);
  });

  it('names a code, falling back to the code itself', () => {
    expect(periodLabel(PERIODS, '2023-06-H2')).toBe('2023年6月下半月');
    expect(periodLabel(PERIODS, '2030-01-H1')).toBe('2030-01-H1');
    expect(periodLabel(PERIODS, null)).toBe('');
  });
});
