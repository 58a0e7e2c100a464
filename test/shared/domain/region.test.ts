import { describe, expect, it } from 'vitest';
import {
  districtLabel, districtsOf, findRegionByName, GBT2260_AS_OF, isWithin, lookupRegion, matchRegions, regionFullName, regionPath,
  regionPrefix, regionTree, shortRegionName,
} from '../../../shared/domain/region';

describe('GB/T 2260 snapshot', () => {
  it('is dated and looks codes up', () => {
    expect(GBT2260_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lookupRegion('321302')).toEqual({ code: '321302', name: '宿城区', level: 'county', parent: '321300' });
    expect(lookupRegion('321300')?.level).toBe('city');
    expect(lookupRegion('320000')?.level).toBe('province');
    expect(lookupRegion('321399')).toBeNull();
    expect(lookupRegion('３２１３０２')?.name).toBe('宿城区');
  });

  it('hangs counties of 直辖市 and 省直辖县级市 under the province (no summary codes)', () => {
    expect(lookupRegion('500229')?.parent).toBe('500000');
    expect(lookupRegion('429004')).toMatchObject({ name: '仙桃市', parent: '420000' });
    expect(lookupRegion('110100')).toBeNull();
    expect(regionFullName('500229')).toBe('重庆市城口县');
  });

  it('gives the path and full name', () => {
    expect(regionPath('321302').map((r) => r.name)).toEqual(['江苏省', '宿迁市', '宿城区']);
    expect(regionFullName('321302')).toBe('江苏省宿迁市宿城区');
    expect(regionPath('999999')).toEqual([]);
  });
});

describe('region limit', () => {
  it('a city contains its counties, a province its cities, nothing else', () => {
    expect(isWithin('321302', '321300')).toBe(true);
    expect(isWithin('321300', '321300')).toBe(true);
    expect(isWithin('321302', '320000')).toBe(true);
    expect(isWithin('320102', '321300')).toBe(false);
    expect(isWithin('321302', '321311')).toBe(false);
    expect(isWithin('110101', null)).toBe(true);
    expect(isWithin('110101', '110100')).toBe(true); // summary code still works as a prefix
    expect(regionPrefix('321300')).toBe('3213');
    expect(regionPrefix('320000')).toBe('32');
  });

  it('lists the districts of 宿迁市 in code order', () => {
    expect(districtsOf('321300').map((r) => r.code)).toEqual(['321302', '321311', '321322', '321323', '321324', '321371']);
    expect(districtsOf('321302').map((r) => r.name)).toEqual(['宿城区']);
    expect(districtsOf('441900').map((r) => r.name)).toEqual(['东莞市']); // a city without counties
    expect(districtsOf(null).length).toBeGreaterThan(2800);
  });

  it('builds the tree: ancestors, the region and its descendants', () => {
    const t = regionTree('321300');
    expect(t[0]).toMatchObject({ code: '320000', level: 'province' });
    expect(t.map((r) => r.code)).toContain('321300');
    expect(t.filter((r) => r.level === 'county')).toHaveLength(6);
  });

  it('labels a city used as a reporting district as 本级', () => {
    expect(districtLabel('321300')).toBe('宿迁市本级');
    expect(districtLabel('321302')).toBe('宿城区');
    expect(districtLabel('441900')).toBe('东莞市');
    expect(districtLabel('999999')).toBe('999999');
  });
});

describe('findRegionByName', () => {
  it.each([
    ['宿城区', '321302'], ['宿迁市宿城区', '321302'], ['江苏省宿迁市宿城区', '321302'], ['江苏宿迁宿城区', '321302'],
    ['321302', '321302'], ['３２１３０２', '321302'], ['321302 宿城区', '321302'], ['宿城区（321302）', '321302'],
    ['宿城', '321302'], ['沭阳', '321322'], ['　泗洪县　', '321324'], ['宿 城 区', '321302'], ['宿迁市本级', '321300'],
    ['宿迁市直', '321300'], ['宿迁市', '321300'],
  ])('%s → %s', (text, code) => {
    expect(findRegionByName(text, '321300')?.code).toBe(code);
  });

  it('resolves 市本级 against the region it is limited to', () => {
    expect(findRegionByName('市本级', '321300')?.code).toBe('321300');
    expect(findRegionByName('市本级')).toBeNull();
  });

  it('is ambiguous without a region where names repeat, unique within one', () => {
    expect(matchRegions('朝阳区').map((r) => r.code).sort()).toEqual(['110105', '220104']);
    expect(findRegionByName('朝阳区')).toBeNull();
    expect(findRegionByName('朝阳区', '110000')?.code).toBe('110105');
  });

  it('refuses codes outside the region, unknown codes and mismatched labels', () => {
    expect(findRegionByName('320102', '321300')).toBeNull();
    expect(findRegionByName('玄武区', '321300')).toBeNull();
    expect(findRegionByName('321399')).toBeNull();
    expect(findRegionByName('321302 沭阳县')).toBeNull();
    expect(findRegionByName('')).toBeNull();
    expect(findRegionByName('不存在区')).toBeNull();
  });

  it('short names keep at least two characters', () => {
    expect(shortRegionName('宿城区')).toBe('宿城');
    expect(shortRegionName('和县')).toBe('和县');
    expect(shortRegionName('江苏省')).toBe('江苏');
  });
});
