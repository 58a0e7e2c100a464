import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, daysInMonth, daysLate, dayNumber, dueDate, isLeapYear, makePeriod, nextPeriod, parsePeriod, periodOf, periodsBetween, previousPeriod, toDateRange,
} from '../../../shared/domain/period';

const dateArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('half-month periods', () => {
  it('labels and bounds, including month ends and leap years', () => {
    expect(parsePeriod('2025-03-H1')).toMatchObject({ label: '2025年3月上半月', start: '2025-03-01', end: '2025-03-15' });
    expect(parsePeriod('2024-02-H2')).toMatchObject({ label: '2024年2月下半月', start: '2024-02-16', end: '2024-02-29' });
    expect(parsePeriod('2023-02-H2').end).toBe('2023-02-28');
    expect(parsePeriod('2100-02-H2').end).toBe('2100-02-28');
    expect(parsePeriod('2000-02-H2').end).toBe('2000-02-29');
    expect(parsePeriod('2023-04-H2').end).toBe('2023-04-30');
    expect(parsePeriod('2023-12-H2').end).toBe('2023-12-31');
    expect(() => parsePeriod('2023-13-H1')).toThrow(/报告期代码不正确/);
    expect(() => parsePeriod('2023-06-H3')).toThrow(/报告期代码不正确/);
  });

  it('every date lies in exactly the period periodOf gives; periods tile the calendar', () => {
    fc.assert(fc.property(dateArb, (d) => {
      const p = periodOf(d);
      expect(p.start <= d && d <= p.end).toBe(true);
      const n = nextPeriod(p);
      expect(dayNumber(n.start)).toBe(dayNumber(p.end) + 1);
      expect(previousPeriod(n).code).toBe(p.code);
      expect(parsePeriod(p.code)).toEqual(p);
    }));
  });

  it('periodsBetween covers a range without gaps or overlaps', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 800 }), (start, len) => {
      const end = addDays(start, len);
      const ps = periodsBetween(start, end);
      expect(ps[0].start <= start).toBe(true);
      expect(ps[ps.length - 1].end >= end).toBe(true);
      for (let i = 1; i < ps.length; i++) expect(dayNumber(ps[i].start)).toBe(dayNumber(ps[i - 1].end) + 1);
    }));
  });

  it('a 3-month campaign from 2023-06-01 spans 6 periods; due dates and lateness', () => {
    const ps = periodsBetween('2023-06-01', '2023-08-31');
    expect(ps.map((p) => p.code)).toEqual(['2023-06-H1', '2023-06-H2', '2023-07-H1', '2023-07-H2', '2023-08-H1', '2023-08-H2']);
    expect(dueDate(ps[1], { offsetDays: 2 })).toBe('2023-07-02');
    expect(dueDate(ps[0], { offsetDays: -1 })).toBe('2023-06-14');
    expect(daysLate(ps[0], { offsetDays: 2 }, '2023-06-17')).toBe(0);
    expect(daysLate(ps[0], { offsetDays: 2 }, '2023-06-20')).toBe(3);
    expect(toDateRange('2023-06-01', ps[2])).toEqual({ start: '2023-06-01', end: '2023-07-15' });
  });

  it('month lengths agree with the leap-year rule', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2400 }), (y) => {
      expect(daysInMonth(y, 2)).toBe(isLeapYear(y) ? 29 : 28);
      expect(makePeriod(y, 2, 2).end).toBe(`${y}-02-${isLeapYear(y) ? 29 : 28}`);
    }));
  });
});
