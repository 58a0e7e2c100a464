/**
 * Plans a roster import against the institutions already stored: each valid row is matched by
 * USCC, then by licence number; matched institutions are updated (or left unchanged), the rest
 * added. Columns the file does not have keep their stored values, and a blank USCC/licence cell
 * never erases a stored identifier. Identifier clashes are errors on the row. Pure.
 */
import type { Issue } from '../errors';
import type { Institution, InstitutionInput } from './institution';
import type { RosterField } from './roster-columns';
import { rowIssue, type ValidRow } from './roster-rules';

export type RosterAction = 'add' | 'update' | 'unchanged';

export interface PlannedRow {
  row: number;
  action: RosterAction;
  /** Stored institution being updated (null for add). */
  id: number | null;
  input: InstitutionInput;
  before: InstitutionInput | null;
}

export interface RosterPlan {
  rows: PlannedRow[];
  issues: Issue[];
  added: number;
  updated: number;
  unchanged: number;
}

const FIELD_COLUMN: Record<keyof InstitutionInput, RosterField> = {
  uscc: 'uscc', licenceNo: 'licenceNo', name: 'name', aliases: 'aliases', districtCode: 'district', category: 'category',
  ownership: 'ownership', level: 'level', provincialDirect: 'provincialDirect', contactPerson: 'contactPerson', contactPhone: 'contactPhone',
};

/** The editable part of a stored institution, in InstitutionInput's key order. */
export function toInput(i: Institution): InstitutionInput {
  return {
    uscc: i.uscc, licenceNo: i.licenceNo, name: i.name, aliases: [...i.aliases], districtCode: i.districtCode, category: i.category,
    ownership: i.ownership, level: i.level, provincialDirect: i.provincialDirect, contactPerson: i.contactPerson, contactPhone: i.contactPhone,
  };
}

export function sameInput(a: InstitutionInput, b: InstitutionInput): boolean {
  return (Object.keys(FIELD_COLUMN) as (keyof InstitutionInput)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** Stored values where the file has no such column; identifiers are sticky when left blank. */
function mergeInto(before: InstitutionInput, row: InstitutionInput, present: ReadonlySet<RosterField>): InstitutionInput {
  const out = { ...before } as Record<keyof InstitutionInput, unknown>;
  for (const k of Object.keys(FIELD_COLUMN) as (keyof InstitutionInput)[]) {
    if (!present.has(FIELD_COLUMN[k])) continue;
    if ((k === 'uscc' || k === 'licenceNo') && row[k] === null) continue;
    out[k] = row[k];
  }
  return out as unknown as InstitutionInput;
}

export function planRosterMerge(rows: readonly ValidRow[], present: readonly RosterField[], existing: readonly Institution[]): RosterPlan {
  const cols = new Set(present);
  const byUscc = new Map(existing.filter((i) => i.uscc).map((i) => [i.uscc!, i]));
  const byLic = new Map(existing.filter((i) => i.licenceNo).map((i) => [i.licenceNo!, i]));
  const claimedBy = new Map<number, number>(); // institution id → first row matching it
  const issues: Issue[] = [];
  const planned: PlannedRow[] = [];
  for (const r of rows) {
    const row = r.source.row ?? 0;
    const { uscc, licenceNo } = r.input;
    let match = uscc ? byUscc.get(uscc) : undefined;
    if (!match && licenceNo) {
      const lic = byLic.get(licenceNo);
      if (lic && lic.uscc && uscc && lic.uscc !== uscc) {
        issues.push(rowIssue(r.source, 'licenceNo', '错误', 'roster.identity',
          `登记号${licenceNo}已属于名册中的“${lic.name}”（统一社会信用代码${lic.uscc}），与本行的统一社会信用代码不一致，请核对`));
        continue;
      }
      match = lic;
    }
    if (match) {
      const prev = claimedBy.get(match.id);
      if (prev !== undefined) {
        issues.push(rowIssue(r.source, uscc ? 'uscc' : 'licenceNo', '错误', 'roster.identity', `与第${prev}行指向名册中的同一机构“${match.name}”，请合并为一行`));
        continue;
      }
      claimedBy.set(match.id, row);
      const before = toInput(match);
      const input = mergeInto(before, r.input, cols);
      planned.push({ row, action: sameInput(before, input) ? 'unchanged' : 'update', id: match.id, input, before });
      if (match.retiredAt) {
        issues.push(rowIssue(r.source, 'name', '警告', 'roster.retired', `“${match.name}”已于${match.retiredAt.slice(0, 10)}停用，本次只更新信息；如需恢复，请在名册中点“恢复”`));
      }
    } else {
      planned.push({ row, action: 'add', id: null, input: r.input, before: null });
    }
  }
  issues.push(...identifierClashes(planned, existing, rows));
  return {
    rows: planned,
    issues,
    added: planned.filter((p) => p.action === 'add').length,
    updated: planned.filter((p) => p.action === 'update').length,
    unchanged: planned.filter((p) => p.action === 'unchanged').length,
  };
}

/** After the import, no two institutions may share a USCC or licence number (the table is UNIQUE). */
function identifierClashes(planned: readonly PlannedRow[], existing: readonly Institution[], rows: readonly ValidRow[]): Issue[] {
  const touched = new Set(planned.filter((p) => p.id !== null).map((p) => p.id));
  type Owner = { name: string; row: number | null };
  const final: { owner: Owner; uscc: string | null; lic: string | null }[] = [
    ...existing.filter((i) => !touched.has(i.id)).map((i) => ({ owner: { name: i.name, row: null }, uscc: i.uscc, lic: i.licenceNo })),
    ...planned.map((p) => ({ owner: { name: p.input.name, row: p.row }, uscc: p.input.uscc, lic: p.input.licenceNo })),
  ];
  const out: Issue[] = [];
  for (const key of ['uscc', 'lic'] as const) {
    const seen = new Map<string, Owner>();
    // Stored institutions first, so the message names the one already on the roster.
    for (const f of [...final].sort((a, b) => (a.owner.row ?? 0) - (b.owner.row ?? 0))) {
      const v = f[key];
      if (!v) continue;
      const prev = seen.get(v);
      if (!prev) { seen.set(v, f.owner); continue; }
      if (f.owner.row === null) continue;
      const src = rows.find((r) => r.source.row === f.owner.row)?.source ?? { row: f.owner.row };
      const what = key === 'uscc' ? `统一社会信用代码${v}` : `执业许可证登记号${v}`;
      const other = prev.row === null ? `名册中已有的“${prev.name}”` : `第${prev.row}行“${prev.name}”`;
      out.push(rowIssue(src, key === 'uscc' ? 'uscc' : 'licenceNo', '错误', 'roster.identity', `${what}已被${other}使用，请核对`));
    }
  }
  return out;
}
