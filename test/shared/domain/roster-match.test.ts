import { describe, expect, it } from 'vitest';
import type { Institution, InstitutionInput } from '../../../shared/domain/institution';
import { planRosterMerge } from '../../../shared/domain/roster-merge';
import { candidateFinder, decisionReason, mergeNames } from '../../../shared/domain/roster-match';
import type { RosterField } from '../../../shared/domain/roster-columns';
import { makeUscc } from '../../../shared/domain/uscc';

const U1 = makeUscc('12', '321302', '46600001');
const U2 = makeUscc('12', '321302', '46600002');
const U3 = makeUscc('52', '321311', '46600003');
const ALL: RosterField[] = ['name', 'aliases', 'uscc', 'licenceNo', 'district', 'category', 'ownership', 'level', 'provincialDirect', 'contactPerson', 'contactPhone'];

function input(over: Partial<InstitutionInput> = {}): InstitutionInput {
  return {
    uscc: U1, licenceNo: null, name: '甲医院', aliases: [], districtCode: '321302', category: '综合医院', ownership: '公立',
    level: '未定级', provincialDirect: false, contactPerson: null, contactPhone: null, ...over,
  };
}
function stored(id: number, over: Partial<InstitutionInput> = {}, retiredAt: string | null = null): Institution {
  return { ...input(over), id, kind: 'institution', districtName: '宿城区', retiredAt };
}
const row = (n: number, over: Partial<InstitutionInput>) => ({ source: { row: n }, input: input(over) });

describe('candidateFinder', () => {
  const existing = [
    stored(1, { name: '宿迁市第一人民医院', aliases: ['市一院'] }),
    stored(2, { uscc: U2, name: '仁和诊所', districtCode: '321311' }),
    stored(3, { uscc: null, licenceNo: 'PDY1', name: '仁和诊所', districtCode: '321302' }, '2022-01-01'),
  ];
  const find = candidateFinder(existing);

  it('matches 全称 to 全称 and 简称 to either, ignoring width and spaces', () => {
    expect(find({ name: '宿迁市第一人民医院', aliases: [] }).map((c) => [c.institution.id, c.matchedBy])).toEqual([[1, '名称']]);
    expect(find({ name: '市一院', aliases: [] }).map((c) => [c.institution.id, c.matchedBy])).toEqual([[1, '简称']]);
    expect(find({ name: '宿迁第一医院（新）', aliases: ['市 一院'] }).map((c) => c.institution.id)).toEqual([1]);
    expect(find({ name: '另一家医院', aliases: [] })).toEqual([]);
  });

  it('lists every institution of the same name, active ones first', () => {
    expect(find({ name: '仁和诊所', aliases: [] }).map((c) => c.institution.id)).toEqual([2, 3]);
  });

  it('explains the difference in codes', () => {
    const one = find({ name: '市一院', aliases: [] });
    expect(decisionReason(input({ uscc: null, licenceNo: 'PDY9' }), one)).toBe(
      `名称或简称与名册中的“宿迁市第一人民医院”（宿城区，统一社会信用代码${U1}）相同，但本行未填统一社会信用代码。请选择：合并到该机构、作为新机构新增，或跳过此行`);
    const two = find({ name: '仁和诊所', aliases: [] });
    expect(decisionReason(input({ uscc: U3 }), two)).toMatch(/^名称或简称与名册中的 2 个机构相同：“仁和诊所”（宿城区，统一社会信用代码.*）、“仁和诊所”（宿城区，登记号PDY1，已停用）。请选择合并到其中哪一个/);
  });
});

describe('mergeNames', () => {
  it('keeps the stored 全称 when the row is written with a 简称', () => {
    expect(mergeNames(input({ name: '宿迁市第一人民医院', aliases: ['市一院'] }), input({ name: '市一院', aliases: ['一院'] }), '市一院'))
      .toEqual({ name: '宿迁市第一人民医院', aliases: ['市一院', '一院'] });
  });
  it('a new 全称 keeps the old one as a 简称', () => {
    expect(mergeNames(input({ name: '市一院（旧名）', aliases: [] }), input({ name: '宿迁市第一人民医院', aliases: ['市一院（旧名）'] }), '宿迁市第一人民医院'))
      .toEqual({ name: '宿迁市第一人民医院', aliases: ['市一院（旧名）'] });
  });
});

describe('planRosterMerge with decisions', () => {
  const existing = [stored(1, { name: '宿迁市第一人民医院', aliases: ['市一院'], contactPerson: '王' }), stored(2, { uscc: U2, name: '乙医院' })];

  it('a name match without a code match waits for a decision (not an error)', () => {
    const plan = planRosterMerge([row(3, { uscc: U3, name: '市一院' }), row(4, { uscc: null, licenceNo: 'L4', name: '丙诊所' })], ALL, existing);
    expect(plan.rows.map((p) => [p.row, p.action])).toEqual([[3, 'decide'], [4, 'add']]);
    expect(plan.rows[0].candidates.map((c) => c.institution.id)).toEqual([1]);
    expect([plan.added, plan.undecided]).toEqual([1, 1]);
    expect(plan.issues).toEqual([expect.objectContaining({ row: 3, severity: '警告', rule: 'roster.needs-decision' })]);
  });

  it('merge updates the candidate (keeping its 全称, taking the new code, warning about issued templates)', () => {
    const plan = planRosterMerge([row(3, { uscc: U3, name: '市一院' })], ALL, existing, [{ row: 3, action: 'merge' }]);
    expect(plan.rows[0]).toMatchObject({ action: 'update', id: 1, decision: { row: 3, action: 'merge', targetId: 1 }, input: { name: '宿迁市第一人民医院', aliases: ['市一院'], uscc: U3 } });
    expect(plan.issues.map((i) => [i.rule, i.severity])).toEqual([['roster.merge-code', '警告']]);
    expect(plan.undecided).toBe(0);
  });

  it('add and skip', () => {
    const add = planRosterMerge([row(3, { uscc: U3, name: '市一院' })], ALL, existing, [{ row: 3, action: 'add' }]);
    expect([add.rows[0].action, add.added, add.issues]).toEqual(['add', 1, []]);
    const skip = planRosterMerge([row(3, { uscc: U3, name: '市一院' })], ALL, existing, [{ row: 3, action: 'skip' }]);
    expect([skip.rows[0].action, skip.skipped, skip.added, skip.issues]).toEqual(['skip', 1, 0, []]);
  });

  it('refuses impossible decisions: no target among several, a target not a candidate, merge on a new or code-matched row', () => {
    const two = [stored(1, { name: '仁和诊所' }), stored(2, { uscc: U2, name: '仁和诊所' })];
    const p1 = planRosterMerge([row(3, { uscc: U3, name: '仁和诊所' })], ALL, two, [{ row: 3, action: 'merge' }]);
    expect(p1.issues[0]).toMatchObject({ severity: '错误', rule: 'roster.decision' });
    expect(p1.issues[0].message).toMatch(/有 2 个可能的机构，请指定合并到哪一个/);
    const p2 = planRosterMerge([row(3, { uscc: U3, name: '仁和诊所' })], ALL, two, [{ row: 3, action: 'merge', targetId: 99 }]);
    expect(p2.issues[0].message).toMatch(/不是本行的候选机构/);
    const p3 = planRosterMerge([row(3, { uscc: U3, name: '全新医院' })], ALL, two, [{ row: 3, action: 'merge', targetId: 1 }]);
    expect(p3.issues[0].message).toMatch(/本行是新机构，无需选择“合并”/);
    const p4 = planRosterMerge([row(3, { uscc: U2, name: '仁和诊所' })], ALL, two, [{ row: 3, action: 'add' }]);
    expect(p4.issues[0].message).toMatch(/已按统一社会信用代码对应名册中的“仁和诊所”/);
  });

  it('skip is allowed on any row; two rows merged into one institution is an error', () => {
    const p = planRosterMerge([row(3, { uscc: U2, name: '乙医院', level: '二级甲等' })], ALL, existing, [{ row: 3, action: 'skip' }]);
    expect([p.rows[0].action, p.updated, p.skipped]).toEqual(['skip', 0, 1]);
    const twice = planRosterMerge([row(3, { uscc: U3, name: '市一院' }), row(4, { uscc: null, licenceNo: 'L4', name: '宿迁市第一人民医院' })], ALL, existing,
      [{ row: 3, action: 'merge' }, { row: 4, action: 'merge' }]);
    const errors = twice.issues.filter((i) => i.severity === '错误');
    expect(errors.map((i) => [i.row, i.rule])).toEqual([[4, 'roster.identity']]);
    expect(errors[0].message).toMatch(/与第3行指向名册中的同一机构/);
  });

  it('a code match wins over a name match: no decision is asked, and 新增 is refused for it', () => {
    const roster = [stored(1, { name: '宿迁市第一人民医院', aliases: ['市一院'] }), stored(5, { uscc: null, licenceNo: 'L1', name: '别家' })];
    const none = planRosterMerge([row(3, { uscc: U3, licenceNo: 'L1', name: '市一院' })], ALL, roster);
    expect(none.rows[0]).toMatchObject({ action: 'update', id: 5, candidates: [] });
    const added = planRosterMerge([row(3, { uscc: U3, licenceNo: 'L1', name: '市一院' })], ALL, roster, [{ row: 3, action: 'add' }]);
    expect(added.rows).toEqual([]);
    expect(added.issues[0].message).toMatch(/已按执业许可证登记号对应名册中的“别家”/);
  });

  it('two new rows taking the same code are refused even as 新增', () => {
    const p = planRosterMerge([row(3, { uscc: U3, name: '市一院' }), row(4, { uscc: U3, name: '丁医院' })], ALL, existing, [{ row: 3, action: 'add' }]);
    expect(p.issues.filter((i) => i.severity === '错误').map((i) => [i.row, i.rule])).toEqual([[4, 'roster.identity']]);
  });
});
