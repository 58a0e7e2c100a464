import { describe, expect, it } from 'vitest';
import { countRows } from '../../../shared/stats/reporting';
import type { StatusRow, SubmissionStatus } from '../../../shared/stats/types';
import { filterRows, fromStatus, reminderText, stateText, trackerCsv } from '../../../renderer/lib/tracker';

let id = 0;
const row = (districtName: string, name: string, state: StatusRow['state'], extra: Partial<StatusRow> = {}): StatusRow => ({
  institutionId: ++id, name, uscc: `U${id}`, licenceNo: null, kind: 'institution',
  districtCode: districtName === '宿城区' ? '321302' : '321311', districtName,
  state, dueDate: '2023-06-17', receivedDate: state === '未报' ? null : state === '逾期' ? '2023-06-20' : '2023-06-16',
  daysLate: state === '逾期' ? 3 : state === '已报' ? 0 : null, version: state === '未报' ? null : 1, versions: state === '未报' ? 0 : 1,
  returned: false, ...extra,
});

// In the backend's order: district code, then name.
const ROWS = [
  row('宿城区', '乙医院', '逾期'),
  row('宿城区', '己医院', '未报', { returned: true, versions: 1 }),
  row('宿城区', '甲医院', '已报', { version: 2, versions: 2 }),
  row('宿豫区', '丁医院', '未报'),
  row('宿豫区', '丙诊所', '已报', { uscc: null, licenceNo: 'PDY001' }),
];

const STATUS: Pick<SubmissionStatus, 'rows' | 'byDistrict' | 'totals'> = {
  rows: ROWS,
  totals: countRows(ROWS),
  byDistrict: [
    { key: { dim: 'district', code: '321302', label: '宿城区' }, counts: countRows(ROWS.slice(0, 3)) },
    { key: { dim: 'district', code: '321311', label: '宿豫区' }, counts: countRows(ROWS.slice(3)) },
  ],
};

describe('fromStatus', () => {
  it('keeps the backend rows and totals, districts by code and name', () => {
    const t = fromStatus(STATUS);
    expect(t.rows).toBe(ROWS);
    expect(t.districts.map((d) => [d.code, d.name, d.counts.due, d.counts.reportingRate.text])).toEqual([
      ['321302', '宿城区', 3, '66.7%'],
      ['321311', '宿豫区', 2, '50.0%'],
    ]);
    expect(t.totals).toMatchObject({ due: 5, onTime: 2, late: 1, missing: 2 });
  });
});

describe('stateText', () => {
  it('says how late, and when a return was sent back', () => {
    expect(stateText({ state: '逾期', daysLate: 2, returned: false })).toBe('逾期2天');
    expect(stateText({ state: '未报', daysLate: null, returned: true })).toBe('未报（已退回修改）');
    expect(stateText({ state: '未报', daysLate: null, returned: false })).toBe('未报');
    expect(stateText({ state: '已报', daysLate: 0, returned: false })).toBe('已报');
  });
});

describe('reminderText', () => {
  it('has a heading and one line per missing, then late, unit', () => {
    expect(reminderText('2023年6月上半月', '2023-06-17', ROWS)).toBe([
      '【报送提醒】2023年6月上半月报表（截止6月17日），未报 2 家、逾期 1 家：',
      '宿城区 己医院 — 未报（已退回修改）',
      '宿豫区 丁医院 — 未报',
      '宿城区 乙医院 — 逾期3天',
    ].join('\n'));
  });

  it('says so when everyone reported on time', () => {
    expect(reminderText('2023年6月上半月', '2023-06-17', ROWS.filter((r) => r.state === '已报'))).toBe('【报送提醒】2023年6月上半月报表（截止6月17日）：全部单位均已按时报送。');
  });
});

describe('filterRows', () => {
  it('filters by state and district', () => {
    expect(filterRows(ROWS, 'attention').map((r) => r.name)).toEqual(['乙医院', '己医院', '丁医院']);
    expect(filterRows(ROWS, 'missing', '321311').map((r) => r.name)).toEqual(['丁医院']);
    expect(filterRows(ROWS, 'onTime').map((r) => r.name)).toEqual(['甲医院', '丙诊所']);
    expect(filterRows(ROWS, 'late').map((r) => r.name)).toEqual(['乙医院']);
    expect(filterRows(ROWS, 'all', '321302')).toHaveLength(3);
  });
});

describe('trackerCsv', () => {
  it('exports every row with a BOM, the licence number when there is no USCC, quoting and a formula guard', () => {
    const csv = trackerCsv([{ ...ROWS[0], name: '=乙,"医院"' }, ROWS[4], ROWS[3]]);
    const lines = csv.split('\r\n');
    expect(csv.startsWith('\ufeff区县,单位名称,统一社会信用代码,报送情况,截止日期,接收日期,逾期天数,采用版本,收到版本数\r\n')).toBe(true);
    expect(lines[1]).toBe(`宿城区,"'=乙,""医院""",${ROWS[0].uscc},逾期3天,2023-06-17,2023-06-20,3,1,1`);
    expect(lines[2]).toBe('宿豫区,丙诊所,PDY001,已报,2023-06-17,2023-06-16,,1,1');
    expect(lines[3]).toBe(`宿豫区,丁医院,${ROWS[3].uscc},未报,2023-06-17,,,,0`);
    expect(lines).toHaveLength(5); // header, 3 rows, trailing newline
  });
});
