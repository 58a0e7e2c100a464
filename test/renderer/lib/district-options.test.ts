import { describe, expect, it } from 'vitest';
import type { DistrictNode } from '../../../shared/ipc/contract/roster';
import { districtGroups, matchDistrict } from '../../../renderer/lib/district-options';

const nodes: DistrictNode[] = [
  { code: '320000', name: '江苏省', parentCode: null, level: 'province' },
  { code: '321300', name: '宿迁市', parentCode: '320000', level: 'city' },
  { code: '321311', name: '宿豫区', parentCode: '321300', level: 'county' },
  { code: '321302', name: '宿城区', parentCode: '321300', level: 'county' },
  { code: '441900', name: '东莞市', parentCode: '440000', level: 'city' },
  { code: '320102', name: '玄武区', parentCode: '320100', level: 'county' },
];

describe('districtGroups', () => {
  it('groups counties under their city; the city means 本级 when assigning', () => {
    expect(districtGroups(nodes, 'assign')).toEqual([
      { label: '宿迁市（321300）', options: [
        { value: '321300', label: '宿迁市本级（321300）' },
        { value: '321302', label: '宿城区（321302）' },
        { value: '321311', label: '宿豫区（321311）' },
      ] },
      { label: '东莞市（441900）', options: [{ value: '441900', label: '东莞市（441900）' }] },
      { label: '其他', options: [{ value: '320102', label: '玄武区（320102）' }] },
    ]);
  });

  it('offers the whole city in the filter', () => {
    expect(districtGroups(nodes, 'filter')[0].options[0]).toEqual({ value: '321300', label: '宿迁市（全市）' });
  });

  it('matches by name or code', () => {
    const o = { value: '321302', label: '宿城区（321302）' };
    expect(matchDistrict('宿城', o)).toBe(true);
    expect(matchDistrict('3213', o)).toBe(true);
    expect(matchDistrict('宿豫', o)).toBe(false);
    expect(matchDistrict(' ', o)).toBe(true);
  });
});
