import { describe, expect, it } from 'vitest';
import {
  annotateHistory, filtersFromParams, hasFilters, historyPlace, overdueDays, pageFromParams, pageSizeFromParams, paramsFromFilters, statusColor, toLedgerArgs,
} from '../../../renderer/lib/ledger-filters';

describe('address ↔ filters ↔ backend arguments', () => {
  it('reads every filter from the address', () => {
    const f = filtersFromParams({ district: '321302', inst: '7', instName: '宿迁市第一人民医院', focus: 'F2', status: '整改中', overdue: '1', period: '2023-06-H1', missing: '1', q: ' 回扣 ' });
    expect(f).toEqual({ district: '321302', institutionId: 7, institutionName: '宿迁市第一人民医院', focus: 'F2', status: '整改中', overdue: true, firstPeriod: '2023-06-H1', missing: true, text: '回扣' });
    expect(toLedgerArgs(f)).toEqual({ districtCode: '321302', institutionId: 7, focus: 'F2', status: '整改中', overdue: true, period: '2023-06-H1', missing: true, text: '回扣' });
  });

  it('ignores values the backend would refuse (unknown status, bad period, bad id)', () => {
    const f = filtersFromParams({ status: '完成', period: '2023-6', inst: 'x', q: '   ' });
    expect(toLedgerArgs(f)).toEqual({});
    expect(hasFilters(f)).toBe(false);
  });

  it('sends only the filters that are set', () => {
    expect(toLedgerArgs({ overdue: false, missing: false })).toEqual({});
    expect(toLedgerArgs({ overdue: true, missing: false, district: '321311' })).toEqual({ overdue: true, districtCode: '321311' });
  });

  it('round-trips through the address, page and page size included', () => {
    const f = filtersFromParams({ district: '321302', overdue: '1', inst: '3', instName: '甲医院' });
    const p = paramsFromFilters(f, 3, 200);
    expect(p).toMatchObject({ district: '321302', overdue: 1, inst: 3, instName: '甲医院', page: 3, size: 200 });
    const asStrings = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    expect(filtersFromParams(asStrings)).toEqual(f);
    expect(pageFromParams(asStrings)).toBe(3);
    expect(pageSizeFromParams(asStrings)).toBe(200);
    expect(paramsFromFilters(f, 1, 100)).toMatchObject({ page: undefined, size: undefined });
  });

  it('limits page sizes to the offered ones', () => {
    expect(pageSizeFromParams({ size: '100000' })).toBe(100);
    expect(pageSizeFromParams({ size: '50' })).toBe(50);
    expect(pageFromParams({ page: '-2' })).toBe(1);
  });
});

describe('formatting', () => {
  it('names the place of a history row', () => {
    expect(historyPlace({ sheet: '问题台账', row: 12 })).toBe('问题台账!第12行');
  });

  it('counts days overdue only for overdue issues', () => {
    expect(overdueDays({ overdue: true, deadline: '2023-06-30' }, '2023-07-05')).toBe(5);
    expect(overdueDays({ overdue: false, deadline: '2023-06-30' }, '2023-07-05')).toBeNull();
    expect(overdueDays({ overdue: true, deadline: null }, '2023-07-05')).toBeNull();
  });

  it('colours statuses, unknown ones neutral', () => {
    expect(statusColor('待整改')).toBe('red');
    expect(statusColor('已销号')).toBe('green');
    expect(statusColor('其他')).toBe('default');
  });

  it('annotates the history with status changes; superseded versions are marked', () => {
    const h = annotateHistory([
      { status: '待整改', current: true },
      { status: '待整改', current: false },
      { status: '整改中', current: true },
      { status: '整改中', current: true },
      { status: '已销号', current: true },
    ]);
    expect(h.map((x) => x.change)).toEqual(['首次报送', '已被新版本替换', '待整改 → 整改中', '状态未变', '整改中 → 已销号']);
  });
});
