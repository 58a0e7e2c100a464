import { describe, expect, it } from 'vitest';
import type { Institution } from '../../../shared/domain/institution';
import type { SubmissionView } from '../../../shared/ipc/contract/intake';
import type { SubmissionStatus } from '../../../shared/stats/types';
import { buildTracker, filterRows, fromStatus, reminderText, stateText, trackerCsv } from '../../../renderer/lib/tracker';

const inst = (id: number, name: string, districtCode: string, districtName: string, uscc: string | null, retiredAt: string | null = null): Institution => ({
  id, kind: 'institution', uscc, licenceNo: uscc ? null : `L${id}`, name, aliases: [], districtCode, districtName, category: '综合医院', ownership: '公立',
  level: '未定级', provincialDirect: false, contactPerson: null, contactPhone: null, retiredAt,
});

const ROSTER = [
  inst(1, '甲医院', '321302', '宿城区', 'U1'),
  inst(2, '乙医院', '321302', '宿城区', 'U2'),
  inst(3, '丙诊所', '321311', '宿豫区', null),
  inst(4, '丁医院', '321311', '宿豫区', 'U4'),
  inst(5, '戊医院', '321311', '宿豫区', 'U5', '2023-06-10 09:00:00'),
  inst(6, '己医院', '321302', '宿城区', 'U6'),
];

let nextId = 1;
const sub = (uscc: string | null, institution: string, districtCode: string, version: number, current: boolean, receivedDate: string, state = 'accepted'): SubmissionView => ({
  id: nextId++, period: '2023-06-H1', institution, uscc, districtCode, version, current, state, fileName: `${institution}-v${version}.xlsx`,
  receivedDate, identifiedBy: '元数据', warnings: 0,
});

const SUBS = [
  sub('U1', '甲医院', '321302', 1, false, '2023-06-15'),
  sub('U1', '甲医院', '321302', 2, true, '2023-06-16'), // on time (due 06-17), second version counted
  sub('U2', '乙医院', '321302', 1, true, '2023-06-20'), // 3 days late
  sub(null, '丙诊所', '321311', 1, true, '2023-06-17'), // no USCC: matched by name in its district
  sub('U6', '己医院', '321302', 1, true, '2023-06-16', 'returned'), // sent back: not counted
];

const PERIOD = { due: '2023-06-17', end: '2023-06-15' };

describe('buildTracker', () => {
  const t = buildTracker(PERIOD, ROSTER, SUBS);

  it('classifies each unit due this period, retired units left out', () => {
    expect(t.rows.map((r) => [r.name, r.state, r.daysLate, r.version, r.versions])).toEqual([
      ['乙医院', '逾期', 3, 1, 1],
      ['己医院', '未报', null, null, 1],
      ['甲医院', '已报', 0, 2, 2],
      ['丁医院', '未报', null, null, 0], // code-point order within a district, as the statistics sort
      ['丙诊所', '已报', 0, 1, 1],
    ]);
    expect(t.rows.find((r) => r.name === '己医院')?.returned).toBe(true);
    expect(t.rows.find((r) => r.name === '甲医院')?.receivedDate).toBe('2023-06-16');
  });

  it('counts per district and in total, with rates that add up', () => {
    expect(t.districts.map((d) => [d.code, d.name, d.counts.due, d.counts.onTime, d.counts.late, d.counts.missing, d.counts.reportingRate.text])).toEqual([
      ['321302', '宿城区', 3, 1, 1, 1, '66.7%'],
      ['321311', '宿豫区', 2, 1, 0, 1, '50.0%'],
    ]);
    expect(t.totals).toMatchObject({ due: 5, reported: 3, onTime: 2, late: 1, missing: 2 });
    expect(t.totals.onTimeRate.text).toBe('40.0%');
  });

  it('keeps a retired unit that still returned the period', () => {
    const withRetired = buildTracker(PERIOD, ROSTER, [...SUBS, sub('U5', '戊医院', '321311', 1, true, '2023-06-12')]);
    expect(withRetired.rows.find((r) => r.name === '戊医院')?.state).toBe('已报');
  });

  it('has "—" rates for an empty roster instead of dividing by zero', () => {
    expect(buildTracker(PERIOD, [], []).totals.reportingRate.text).toBe('—');
  });
});

describe('reminderText', () => {
  const t = buildTracker(PERIOD, ROSTER, SUBS);
  it('has a heading and one line per missing, then late, unit', () => {
    expect(reminderText('2023年6月上半月', '2023-06-17', t.rows)).toBe([
      '【报送提醒】2023年6月上半月报表（截止6月17日），未报 2 家、逾期 1 家：',
      '宿城区 己医院 — 未报（已退回修改）',
      '宿豫区 丁医院 — 未报',
      '宿城区 乙医院 — 逾期3天',
    ].join('\n'));
  });

  it('says so when everyone reported on time', () => {
    expect(reminderText('2023年6月上半月', '2023-06-17', t.rows.filter((r) => r.state === '已报'))).toBe('【报送提醒】2023年6月上半月报表（截止6月17日）：全部单位均已按时报送。');
  });
});

describe('rows and export', () => {
  const t = buildTracker(PERIOD, ROSTER, SUBS);
  it('filters by state and district', () => {
    expect(filterRows(t.rows, 'attention').map((r) => r.name)).toEqual(['乙医院', '己医院', '丁医院']);
    expect(filterRows(t.rows, 'missing', '321311').map((r) => r.name)).toEqual(['丁医院']);
    expect(filterRows(t.rows, 'onTime').map((r) => r.name)).toEqual(['甲医院', '丙诊所']);
    expect(stateText({ state: '逾期', daysLate: 2, returned: false })).toBe('逾期2天');
  });

  it('exports CSV with a BOM, quoting and formula guard', () => {
    const rows = [{ ...t.rows[0], name: '=乙,"医院"' }];
    const csv = trackerCsv(rows);
    expect(csv.startsWith('\ufeff区县,单位名称,')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(`宿城区,"'=乙,""医院""",U2,逾期3天,2023-06-17,2023-06-20,3,1,1`);
  });

  it('takes the backend status in the same shape', () => {
    const s: Pick<SubmissionStatus, 'rows' | 'byDistrict' | 'totals'> = {
      rows: t.rows, totals: t.totals,
      byDistrict: t.districts.map((d) => ({ key: { dim: 'district', code: d.code, label: d.name }, counts: d.counts })),
    };
    expect(fromStatus(s)).toEqual(t);
  });
});
