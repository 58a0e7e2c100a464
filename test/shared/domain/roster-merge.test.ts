import { describe, expect, it } from 'vitest';
import type { Institution, InstitutionInput } from '../../../shared/domain/institution';
import { planRosterMerge, toInput } from '../../../shared/domain/roster-merge';
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

describe('planRosterMerge', () => {
  it('adds new, updates changed and leaves identical institutions alone', () => {
    const existing = [stored(1), stored(2, { uscc: U2, name: '乙医院' })];
    const plan = planRosterMerge([
      { source: { row: 3 }, input: input() },
      { source: { row: 4 }, input: input({ uscc: U2, name: '乙医院', level: '二级甲等' }) },
      { source: { row: 5 }, input: input({ uscc: U3, name: '丙医院' }) },
    ], ALL, existing);
    expect(plan.issues).toEqual([]);
    expect(plan.rows.map((p) => [p.row, p.action, p.id])).toEqual([[3, 'unchanged', 1], [4, 'update', 2], [5, 'add', null]]);
    expect([plan.added, plan.updated, plan.unchanged]).toEqual([1, 1, 1]);
    expect(plan.rows[1].before).toEqual(toInput(existing[1]));
  });

  it('matches by licence number when the USCC is new or missing, and keeps stored identifiers', () => {
    const existing = [stored(1, { uscc: null, licenceNo: 'L1', contactPerson: '王' })];
    const plan = planRosterMerge([{ source: { row: 3 }, input: input({ uscc: U1, licenceNo: 'L1' }) }], ALL, existing);
    expect(plan.rows[0]).toMatchObject({ action: 'update', id: 1, input: { uscc: U1, licenceNo: 'L1', contactPerson: null } });
    const blankLic = planRosterMerge([{ source: { row: 3 }, input: input({ licenceNo: null }) }], ALL, [stored(1, { licenceNo: 'L9' })]);
    expect(blankLic.rows[0]).toMatchObject({ action: 'unchanged', input: { licenceNo: 'L9' } });
  });

  it('keeps stored values of columns the file does not have', () => {
    const existing = [stored(1, { contactPerson: '王', contactPhone: '123', level: '三级甲等' })];
    const plan = planRosterMerge([{ source: { row: 3 }, input: input({ name: '甲医院（新名）' }) }], ['name', 'uscc', 'district', 'category', 'ownership'], existing);
    expect(plan.rows[0]).toMatchObject({ action: 'update', input: { name: '甲医院（新名）', contactPerson: '王', contactPhone: '123', level: '三级甲等' } });
  });

  it('refuses a licence number that belongs to an institution with another USCC', () => {
    const plan = planRosterMerge([{ source: { row: 6 }, input: input({ uscc: U3, licenceNo: 'L1', name: '丙' }) }], ALL, [stored(1, { licenceNo: 'L1' })]);
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]).toMatchObject({ row: 6, severity: '错误' });
    expect(plan.issues[0].message).toMatch(/登记号L1已属于名册中的“甲医院”/);
  });

  it('refuses two rows resolving to one institution, and a licence taken over from an untouched one', () => {
    const existing = [stored(1, { licenceNo: 'L1' }), stored(2, { uscc: U2, licenceNo: 'L2', name: '乙' })];
    const plan = planRosterMerge([
      { source: { row: 3 }, input: input({ licenceNo: 'L1' }) },
      { source: { row: 4 }, input: input({ uscc: null, licenceNo: 'L1' }) },
      { source: { row: 5 }, input: input({ uscc: U3, licenceNo: 'L2', name: '丙' }) },
    ], ALL, existing);
    expect(plan.issues.map((i) => i.row)).toEqual([4, 5]);
    expect(plan.issues[0].message).toMatch(/与第3行指向名册中的同一机构/);
  });

  it('updates a retired institution but warns that it stays retired', () => {
    const plan = planRosterMerge([{ source: { row: 3 }, input: input({ level: '二级甲等' }) }], ALL, [stored(1, {}, '2023-05-01')]);
    expect(plan.rows[0].action).toBe('update');
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]).toMatchObject({ severity: '警告', rule: 'roster.retired' });
  });
});
