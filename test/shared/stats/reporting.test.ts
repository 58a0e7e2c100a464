import { describe, expect, it } from 'vitest';
import { classifyReturn, countRows, reminderLines, reportingCounts } from '../../../shared/stats/reporting';
import type { StatusRow } from '../../../shared/stats/types';

function row(name: string, state: StatusRow['state'], extra: Partial<StatusRow> = {}): StatusRow {
  return {
    institutionId: 1, name, uscc: null, licenceNo: null, kind: 'institution', districtCode: '321302', districtName: '宿城区', state,
    dueDate: '2023-06-17', receivedDate: null, daysLate: null, version: null, versions: 0, returned: false, ...extra,
  };
}

describe('classifyReturn', () => {
  it('is on time up to the due day, late by whole days after it, missing without a return', () => {
    expect(classifyReturn('2023-06-17', '2023-06-17')).toEqual({ state: '已报', daysLate: 0 });
    expect(classifyReturn('2023-06-17', '2023-06-01')).toEqual({ state: '已报', daysLate: 0 });
    expect(classifyReturn('2023-06-17', '2023-06-20')).toEqual({ state: '逾期', daysLate: 3 });
    expect(classifyReturn('2023-06-30', '2023-07-02')).toEqual({ state: '逾期', daysLate: 2 });
    expect(classifyReturn('2023-06-17', null)).toEqual({ state: '未报', daysLate: null });
  });
});

describe('reportingCounts', () => {
  it('splits due into on time, late and missing whose rates add up to 100%', () => {
    const r = reportingCounts(6, 4, 1);
    expect(r).toMatchObject({ due: 6, reported: 5, onTime: 4, late: 1, missing: 1 });
    expect([r.onTimeRate.text, r.lateRate.text, r.missingRate.text, r.reportingRate.text]).toEqual(['66.7%', '16.7%', '16.7%', '83.3%']);
    expect(r.onTimeRate.percent! + r.lateRate.percent! + r.missingRate.percent!).toBeCloseTo(100, 9);
    expect(reportingCounts(0, 0, 0).onTimeRate.text).toBe('—');
    expect(countRows([row('a', '已报'), row('b', '逾期'), row('c', '未报')])).toMatchObject({ due: 3, onTime: 1, late: 1, missing: 1 });
  });
});

describe('reminderLines', () => {
  it('lists missing then late units, one line each, ready to paste', () => {
    const lines = reminderLines('2023年6月上半月', '2023-06-17', [
      row('甲医院', '逾期', { receivedDate: '2023-06-20', daysLate: 3 }),
      row('乙诊所', '未报', { returned: true }),
      row('丙医院', '已报'),
      row('丁医院', '逾期', { receivedDate: '2024-01-02', daysLate: 199 }),
    ]);
    expect(lines).toEqual([
      '【报送提醒】2023年6月上半月进展情况报表截止日期为2023年6月17日，以下单位未按时报送：',
      '1. 宿城区 乙诊所：未报（报表已退回，请修改后重新报送）',
      '2. 宿城区 甲医院：逾期3天报送（6月20日收到）',
      '3. 宿城区 丁医院：逾期199天报送（2024年1月2日收到）',
      '请未报的1家单位尽快报送，逾期单位今后请按时报送。',
    ]);
  });

  it('says so when everybody reported on time', () => {
    expect(reminderLines('2023年6月上半月', '2023-06-17', [row('甲医院', '已报')])).toEqual([
      '【报送提醒】2023年6月上半月进展情况报表（截止2023年6月17日）：全部单位均已按时报送，谢谢！',
    ]);
  });
});
