import { describe, expect, it } from 'vitest';
import { inferBodyKind, matchInspectionForm, splitFindings } from '../../../shared/domain/inspection';
import { checkLeadTransition, generatedLeadNo, isLeadOverdue, matchChannel, matchLeadStatus } from '../../../shared/domain/lead';
import { departmentIndicators, departmentUnitName, isPartnerDepartment, DEPARTMENT_INDICATORS } from '../../../shared/domain/department-indicators';
import { INPUT_INDICATORS } from '../../../shared/domain/indicators';
import { computeCoverage } from '../../../shared/domain/coverage';

describe('inspection vocabulary', () => {
  it('splits a findings cell by lines, numbers and semicolons; 无 means none', () => {
    expect(splitFindings('1. 未公示价格\n2、超标准收费。')).toEqual(['未公示价格', '超标准收费']);
    expect(splitFindings('（1）病历不规范（2）药品过期')).toEqual(['病历不规范', '药品过期']);
    expect(splitFindings('收费不规范；医托拉客;')).toEqual(['收费不规范', '医托拉客']);
    expect(splitFindings('发现3.5万元违规收费')).toEqual(['发现3.5万元违规收费']);
    expect(splitFindings('无')).toEqual([]);
    expect(splitFindings('  ')).toEqual([]);
  });

  it('reads forms and bodies as clerks write them', () => {
    expect(matchInspectionForm('“四不两直”')).toBe('四不两直');
    expect(matchInspectionForm('暗访')).toBe('明察暗访');
    expect(matchInspectionForm('随便看看')).toBeNull();
    expect(inferBodyKind('宿城区卫生监督所')).toBe('卫生监督所');
    expect(inferBodyKind('沭阳县卫生健康局')).toBe('区县卫生健康局');
    expect(inferBodyKind('宿迁市卫生健康委员会')).toBe('市卫生健康委');
    expect(inferBodyKind('市场监管、卫健联合检查组')).toBe('联合检查组');
    expect(inferBodyKind('某某单位')).toBeNull();
  });
});

describe('lead vocabulary and status machine', () => {
  it('maps channel and status synonyms', () => {
    expect(matchChannel('12345政务服务热线')).toBe('12345');
    expect(matchChannel('来信来访')).toBe('信访');
    expect(matchChannel('朋友圈')).toBeNull();
    expect(matchLeadStatus('基本属实')).toBe('部分属实');
    expect(matchLeadStatus('查无实据')).toBe('不属实');
  });

  it('never reopens a closed lead, warns on a changed verdict or a step back', () => {
    expect(checkLeadTransition('已办结', '属实', '核查中', null)).toMatchObject({ ok: false });
    expect(checkLeadTransition('属实', '属实', '不属实', '不属实')).toMatchObject({ ok: true, warning: expect.stringMatching(/核查结论/) });
    expect(checkLeadTransition('核查中', null, '待核查', null)).toMatchObject({ ok: true, warning: expect.stringMatching(/回退/) });
    expect(checkLeadTransition('待核查', null, '已办结', '不属实')).toEqual({ ok: true });
  });

  it('gives the same generated number to the same lead, another to another', () => {
    const a = generatedLeadNo('2023-06-03', '12345', '仁和诊所', '乱收费');
    expect(a).toMatch(/^XS20230603-[0-9A-Z]{6}$/);
    expect(generatedLeadNo('2023-06-03', '12345', ' 仁和诊所 ', '乱收费')).toBe(a);
    expect(generatedLeadNo('2023-06-03', '12345', '仁和诊所', '乱收费2')).not.toBe(a);
  });

  it('is overdue only while open and past the deadline', () => {
    expect(isLeadOverdue('核查中', '2023-06-10', '2023-06-11')).toBe(true);
    expect(isLeadOverdue('核查中', '2023-06-10', '2023-06-10')).toBe(false);
    expect(isLeadOverdue('已办结', '2023-06-10', '2023-07-01')).toBe(false);
  });
});

describe('department indicators', () => {
  it('never reuse an institution indicator code, and each partner gets the common block plus its own', () => {
    const inst = new Set(INPUT_INDICATORS.map((d) => d.code));
    expect(DEPARTMENT_INDICATORS.filter((d) => inst.has(d.code))).toEqual([]);
    expect(new Set(DEPARTMENT_INDICATORS.map((d) => d.code)).size).toBe(DEPARTMENT_INDICATORS.length);
    expect(departmentIndicators({ code: 'SCJG', name: '市场监管' }).map((d) => d.code)).toEqual(['BM1', 'BM2', 'BM3', 'BM4', 'BM5', 'BM6', 'SC1', 'SC2', 'SC3', 'SC4', 'SC5', 'SC6']);
    expect(departmentIndicators({ code: 'YB', name: '医保' }).map((d) => d.code)).toEqual(['BM1', 'BM2', 'BM3', 'BM4', 'BM5', 'BM6']);
    expect(isPartnerDepartment({ code: 'WJ', name: '卫生健康' })).toBe(false);
    expect(isPartnerDepartment({ code: 'GA', name: '公安' })).toBe(true);
    expect(departmentUnitName({ name: '公安' })).toBe('公安部门');
    expect(departmentUnitName({ name: '纪委监委' })).toBe('纪委监委');
  });
});

describe('computeCoverage', () => {
  it('passes at exactly the target, by integer comparison', () => {
    const units = [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, name: `u${id}`, uscc: null, licenceNo: null, districtCode: '321302', category: '诊所' }));
    const c = computeCoverage({ period: 'p', cutoff: 'd', target: 57.142857142857146, units, inspected: new Set([1, 2, 3, 4]) });
    expect(c.cityWide).toMatchObject({ inspected: 4, total: 7, pass: true, rateText: '57.1%' });
    expect(computeCoverage({ period: 'p', cutoff: 'd', target: 60, units, inspected: new Set([1, 2, 3, 4]) }).cityWide.pass).toBe(false);
  });
});
