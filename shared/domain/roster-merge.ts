/**
 * Plans a roster import against the institutions already stored: each valid row is matched by
 * USCC, then by licence number; matched institutions are updated (or left unchanged). A row no
 * code matched but whose 全称/简称 equals a stored institution's is not guessed: it waits for the
 * clerk's decision (合并 into a candidate, 新增, 跳过) — 'decide' until one is given. The rest are
 * added. Columns the file does not have keep their stored values, and a blank USCC/licence cell
 * never erases a stored identifier. Identifier clashes and impossible decisions are errors. Pure.
 */
import type { Issue } from '../errors';
import type { Institution, InstitutionInput } from './institution';
import type { RosterField } from './roster-columns';
import { candidateFinder, decisionReason, mergeNames, type NameCandidate, type RosterDecision } from './roster-match';
import { rowIssue, type RowSource, type ValidRow } from './roster-rules';

export type { RosterDecision, DecisionAction, NameCandidate } from './roster-match';

/** decide = 需要确认 (no decision yet); skip = the clerk chose to leave the row out. */
export type RosterAction = 'add' | 'update' | 'unchanged' | 'skip' | 'decide';

export interface PlannedRow {
  row: number;
  action: RosterAction;
  /** Stored institution being updated (null for add, skip of a new row, decide). */
  id: number | null;
  input: InstitutionInput;
  before: InstitutionInput | null;
  /** Stored institutions matched by name when no code did (empty when no decision is needed). */
  candidates: NameCandidate[];
  /** Why a decision is needed ('' when none is). */
  reason: string;
  decision: RosterDecision | null;
}

export interface RosterPlan {
  rows: PlannedRow[];
  issues: Issue[];
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Rows that need a decision and have none (the import cannot be committed while > 0). */
  undecided: number;
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

interface Planner {
  cols: ReadonlySet<RosterField>;
  claimedBy: Map<number, number>; // institution id → first row matching it
  issues: Issue[];
  planned: PlannedRow[];
}

/** An update (or unchanged) of a stored institution, refusing a second row claiming the same one. */
function planUpdate(p: Planner, r: ValidRow, match: Institution, extra: { merged: boolean; decision: RosterDecision | null; candidates: NameCandidate[]; reason: string }): void {
  const row = r.source.row ?? 0;
  const { uscc } = r.input;
  const prev = p.claimedBy.get(match.id);
  if (prev !== undefined) {
    p.issues.push(rowIssue(r.source, extra.merged ? 'name' : uscc ? 'uscc' : 'licenceNo', '错误', 'roster.identity', `与第${prev}行指向名册中的同一机构“${match.name}”，请合并为一行`));
    return;
  }
  p.claimedBy.set(match.id, row);
  const before = toInput(match);
  let input = mergeInto(before, r.input, p.cols);
  if (extra.merged) {
    // The row comes from another list: its blank contact cells do not erase what the roster holds.
    input = {
      ...input, ...mergeNames(before, input, r.input.name),
      contactPerson: input.contactPerson ?? before.contactPerson, contactPhone: input.contactPhone ?? before.contactPhone,
    };
    if (before.uscc && input.uscc !== before.uscc) {
      p.issues.push(rowIssue(r.source, 'uscc', '警告', 'roster.merge-code',
        `合并后“${before.name}”的统一社会信用代码由${before.uscc}改为${input.uscc}；已下发的模板仍带旧代码，请重新下发该机构的模板`));
    }
  }
  p.planned.push({ row, action: sameInput(before, input) ? 'unchanged' : 'update', id: match.id, input, before, candidates: extra.candidates, reason: extra.reason, decision: extra.decision });
  if (match.retiredAt) {
    p.issues.push(rowIssue(r.source, 'name', '警告', 'roster.retired', `“${match.name}”已于${match.retiredAt.slice(0, 10)}停用，本次只更新信息；如需恢复，请在名册中点“恢复”`));
  }
}

function decisionError(src: RowSource, text: string): Issue {
  return rowIssue(src, 'name', '错误', 'roster.decision', text);
}

/** A row no code matched: add it, or apply the clerk's decision when its name matched. */
function planUnmatched(p: Planner, r: ValidRow, candidates: NameCandidate[], d: RosterDecision | undefined): void {
  const row = r.source.row ?? 0;
  const base = { row, id: null, input: r.input, before: null, candidates, reason: candidates.length ? decisionReason(r.input, candidates) : '' };
  if (!candidates.length) {
    if (d && d.action !== 'skip') { p.issues.push(decisionError(r.source, `本行是新机构，无需选择“${d.action === 'merge' ? '合并' : '新增'}”（只可选择跳过）`)); return; }
    p.planned.push({ ...base, action: d ? 'skip' : 'add', decision: d ?? null });
    return;
  }
  if (!d) {
    p.planned.push({ ...base, action: 'decide', decision: null });
    p.issues.push(rowIssue(r.source, 'name', '警告', 'roster.needs-decision', `需要确认：${base.reason}`));
    return;
  }
  if (d.action === 'skip' || d.action === 'add') { p.planned.push({ ...base, action: d.action, decision: d }); return; }
  const targetId = d.targetId ?? (candidates.length === 1 ? candidates[0].institution.id : undefined);
  if (targetId === undefined) {
    p.issues.push(decisionError(r.source, `有 ${candidates.length} 个可能的机构，请指定合并到哪一个（${candidates.map((c) => `${c.institution.id}：${c.institution.name}`).join('；')}）`));
    return;
  }
  const target = candidates.find((c) => c.institution.id === targetId);
  if (!target) {
    p.issues.push(decisionError(r.source, `合并目标（编号${targetId}）不是本行的候选机构，可选：${candidates.map((c) => `${c.institution.id}：${c.institution.name}`).join('；')}`));
    return;
  }
  planUpdate(p, r, target.institution, { merged: true, decision: { ...d, targetId }, candidates, reason: base.reason });
}

export function planRosterMerge(rows: readonly ValidRow[], present: readonly RosterField[], existing: readonly Institution[], decisions: readonly RosterDecision[] = []): RosterPlan {
  const p: Planner = { cols: new Set(present), claimedBy: new Map(), issues: [], planned: [] };
  const byUscc = new Map(existing.filter((i) => i.uscc).map((i) => [i.uscc!, i]));
  const byLic = new Map(existing.filter((i) => i.licenceNo).map((i) => [i.licenceNo!, i]));
  const candidatesOf = candidateFinder(existing);
  const decided = new Map(decisions.map((d) => [d.row, d]));
  for (const r of rows) {
    const { uscc, licenceNo } = r.input;
    const d = decided.get(r.source.row ?? 0);
    let match = uscc ? byUscc.get(uscc) : undefined;
    if (!match && licenceNo) {
      const lic = byLic.get(licenceNo);
      if (lic && lic.uscc && uscc && lic.uscc !== uscc) {
        p.issues.push(rowIssue(r.source, 'licenceNo', '错误', 'roster.identity',
          `登记号${licenceNo}已属于名册中的“${lic.name}”（统一社会信用代码${lic.uscc}），与本行的统一社会信用代码不一致，请核对`));
        continue;
      }
      match = lic;
    }
    if (match) {
      if (d?.action === 'skip') p.planned.push({ row: r.source.row ?? 0, action: 'skip', id: match.id, input: r.input, before: toInput(match), candidates: [], reason: '', decision: d });
      else if (d) p.issues.push(decisionError(r.source, `本行已按${uscc && byUscc.has(uscc) ? '统一社会信用代码' : '执业许可证登记号'}对应名册中的“${match.name}”，无需选择“${d.action === 'merge' ? '合并' : '新增'}”（只可选择跳过）`));
      else planUpdate(p, r, match, { merged: false, decision: null, candidates: [], reason: '' });
    } else {
      planUnmatched(p, r, candidatesOf(r.input), d);
    }
  }
  p.issues.push(...identifierClashes(p.planned, existing, rows));
  const count = (a: RosterAction) => p.planned.filter((x) => x.action === a).length;
  return { rows: p.planned, issues: p.issues, added: count('add'), updated: count('update'), unchanged: count('unchanged'), skipped: count('skip'), undecided: count('decide') };
}

/** After the import, no two institutions may share a USCC or licence number (the table is UNIQUE). */
function identifierClashes(planned: readonly PlannedRow[], existing: readonly Institution[], rows: readonly ValidRow[]): Issue[] {
  // Skipped and undecided rows write nothing, so they cannot clash.
  const writing = planned.filter((p) => p.action === 'add' || p.action === 'update' || p.action === 'unchanged');
  const touched = new Set(writing.filter((p) => p.id !== null).map((p) => p.id));
  type Owner = { name: string; row: number | null };
  const final: { owner: Owner; uscc: string | null; lic: string | null }[] = [
    ...existing.filter((i) => !touched.has(i.id)).map((i) => ({ owner: { name: i.name, row: null }, uscc: i.uscc, lic: i.licenceNo })),
    ...writing.map((p) => ({ owner: { name: p.input.name, row: p.row }, uscc: p.input.uscc, lic: p.input.licenceNo })),
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
