/**
 * Resolves the institutions of a district return against the roster: by USCC first, then by name
 * or alias. Every problem names the cell where the institution is written: not on the roster,
 * retired, a partner department, in another district, a code contradicting the roster, or the
 * same institution on two rows of 进展数据. Rows naming the same institution differently (code on
 * one sheet, 简称 on another) are merged into one.
 */
import type { Issue } from '../../shared/errors';
import type { LedgerRowInput, WorkText } from '../../shared/domain/ledger';
import { districtLabel } from '../../shared/domain/region';
import type { ParsedValue } from '../../shared/import/parse-data-sheet';
import type { DistrictEntry, DistrictUnitRef } from '../../shared/import/parse-district-return';
import { normalizeKey } from '../../shared/import/text';
import type { Db } from '../db/connection';
import { allUnits, unitByUscc, type UnitRef } from '../db/repos/submissions-repo';

export interface ResolvedUnit {
  unit: UnitRef;
  refs: DistrictUnitRef[];
  values: ParsedValue[];
  ledger: LedgerRowInput[];
  work: WorkText;
}

const at = (r: DistrictUnitRef) => `${r.sheet}!${r.cell}`;
const shown = (r: DistrictUnitRef) => (r.name && r.uscc ? `${r.name}（${r.uscc}）` : r.name ?? r.uscc ?? '');

function namesOf(u: UnitRef): string[] {
  return [u.name, ...(JSON.parse(u.aliases_json) as string[])].map(normalizeKey);
}

export function resolveDistrictUnits(db: Db, districtCode: string, entries: DistrictEntry[], ledgerSheet: string): { units: ResolvedUnit[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const fail = (r: DistrictUnitRef, rule: string, message: string, severity: Issue['severity'] = '错误') =>
    issues.push({ rule, severity, sheet: r.sheet, cell: r.cell, row: r.row, message: `${at(r)}：${message}` });
  const roster = allUnits(db).filter((u) => u.kind !== 'department');
  const byName = (name: string): UnitRef[] => {
    const k = normalizeKey(name);
    const hits = roster.filter((u) => !u.retired_at && namesOf(u).includes(k));
    const local = hits.filter((u) => u.district_code === districtCode);
    return local.length ? local : hits;
  };

  const out = new Map<number, ResolvedUnit & { dataRef: DistrictUnitRef | null }>();
  for (const e of entries) {
    const ref = e.ref;
    const refs = [ref, ...e.otherRefs];
    let unit: UnitRef | undefined;
    const coded = refs.find((r) => r.uscc);
    if (coded) {
      unit = unitByUscc(db, coded.uscc!);
      if (unit && coded.name && !namesOf(unit).includes(normalizeKey(coded.name))) {
        fail(coded, 'district.name-mismatch', `表中名称“${coded.name}”与名册中该统一社会信用代码的机构“${unit.name}”不一致，已按统一社会信用代码识别，请核对`, '警告');
      }
    }
    if (!unit) {
      const named = refs.find((r) => r.name);
      const hits = named ? byName(named.name!) : [];
      if (hits.length > 1) { fail(named!, 'district.unit-ambiguous', `名册中有多家机构叫“${named!.name}”（${hits.map((u) => districtLabel(u.district_code)).join('、')}），请填写统一社会信用代码`); continue; }
      unit = hits[0];
      if (unit && coded) {
        if (unit.uscc) { fail(coded, 'district.uscc-mismatch', `统一社会信用代码“${coded.uscc}”与名册中“${unit.name}”的代码“${unit.uscc}”不一致，请核对后重新填写`); continue; }
        fail(coded, 'district.uscc-new', `名册中“${unit.name}”尚无统一社会信用代码，表中填写的“${coded.uscc}”未写入名册，请在机构名册中核对补充`, '警告');
      }
    }
    if (!unit) { fail(ref, 'district.unit-unknown', `机构“${shown(ref)}”不在机构名册中，请先在名册中添加该机构，或核对名称和统一社会信用代码`); continue; }
    if (unit.kind === 'department') { fail(ref, 'district.unit-department', `“${unit.name}”是协作部门，不能通过区县汇总表报送`); continue; }
    if (unit.retired_at) { fail(ref, 'district.unit-retired', `机构“${unit.name}”已在名册中停用，如需导入请先恢复`); continue; }
    if (unit.district_code !== districtCode) {
      fail(ref, 'district.unit-elsewhere', `机构“${unit.name}”在名册中属于${districtLabel(unit.district_code)}，不属于${districtLabel(districtCode)}，不能由本区县汇总报送；请删除该行，或在名册中核对其所属区县`);
      continue;
    }
    const dataRef = e.values.length ? ref : null;
    const prev = out.get(unit.id);
    if (!prev) {
      out.set(unit.id, { unit, refs, values: e.values, ledger: e.ledger, work: e.work, dataRef });
      continue;
    }
    if (prev.dataRef && dataRef) {
      fail(dataRef, 'district.duplicate-row', `与 ${at(prev.dataRef)} 是同一家机构（名册：${unit.name}），请合并为一行`);
      continue;
    }
    const numbers = new Set(prev.ledger.map((l) => l.ledgerNo).filter(Boolean));
    for (const l of e.ledger) {
      if (l.ledgerNo && numbers.has(l.ledgerNo)) {
        issues.push({ rule: 'ledger.duplicate-no', severity: '错误', sheet: ledgerSheet, row: l.row, message: `${ledgerSheet}!第${l.row}行：${unit.name}的台账编号“${l.ledgerNo}”重复出现` });
      }
    }
    prev.refs.push(...refs);
    prev.values = prev.values.length ? prev.values : e.values;
    prev.dataRef = prev.dataRef ?? dataRef;
    prev.ledger = [...prev.ledger, ...e.ledger].sort((a, b) => a.row - b.row);
    prev.work = { ...e.work, ...prev.work };
  }
  const units = [...out.values()].map(({ dataRef: _d, ...u }) => u);
  return { units, issues };
}
