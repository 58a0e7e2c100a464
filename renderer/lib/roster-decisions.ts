/**
 * The 需要确认 column of a roster import: the choices offered for a row (合并到 each candidate,
 * 新增, 跳过), what the clerk picked (kept as a select value per row), the decisions sent with the
 * commit, and the counts the import will have once those choices are applied.
 */
import type { RosterDecision, RosterDecisionRow, RosterImportReport } from '../../shared/ipc/contract/roster';

/** Select values: `merge:<id>`, `add`, `skip`. */
export type ChoiceValue = string;
export type Choices = Readonly<Record<number, ChoiceValue | undefined>>;

export interface ChoiceOption {
  value: ChoiceValue;
  label: string;
}

export function candidateLabel(c: RosterDecisionRow['candidates'][number]): string {
  const code = c.uscc ?? (c.licenceNo ? `登记号 ${c.licenceNo}` : '无代码');
  return `${c.name}（${c.districtName}，${code}${c.retiredAt ? '，已停用' : ''}）`;
}

export function choiceOptions(row: RosterDecisionRow): ChoiceOption[] {
  return [
    ...row.candidates.map((c) => ({ value: `merge:${c.id}`, label: `合并到 ${candidateLabel(c)}` })),
    { value: 'add', label: '作为新机构新增' },
    { value: 'skip', label: '跳过此行（不导入）' },
  ];
}

/** The select value of a decision the backend already applied (a dry run sent with decisions). */
export function choiceOf(d: RosterDecision | null): ChoiceValue | undefined {
  if (!d) return undefined;
  return d.action === 'merge' ? (d.targetId === undefined ? undefined : `merge:${d.targetId}`) : d.action;
}

export function decisionOf(row: number, value: ChoiceValue): RosterDecision | null {
  if (value === 'add' || value === 'skip') return { row, action: value };
  const m = /^merge:(\d+)$/.exec(value);
  return m ? { row, action: 'merge', targetId: Number(m[1]) } : null;
}

/** Starting choices: whatever the report says was decided. */
export function initialChoices(r: RosterImportReport): Record<number, ChoiceValue> {
  const out: Record<number, ChoiceValue> = {};
  for (const d of r.decisions) {
    const v = choiceOf(d.decision);
    if (v) out[d.row] = v;
  }
  return out;
}

/** Decisions for the commit, in row order; only rows of the report's 需要确认 list. */
export function decisionsFrom(r: RosterImportReport, choices: Choices): RosterDecision[] {
  return r.decisions
    .map((d) => (choices[d.row] ? decisionOf(d.row, choices[d.row]!) : null))
    .filter((d): d is RosterDecision => d !== null);
}

/** Rows still without a choice. */
export function undecidedRows(r: RosterImportReport, choices: Choices): number[] {
  return r.decisions.filter((d) => !choices[d.row] || !decisionOf(d.row, choices[d.row]!)).map((d) => d.row);
}

export interface ProjectedCounts {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  undecided: number;
}

/**
 * Counts once the choices are applied to the rows the report left undecided (a 合并 counts as an
 * update; the backend recomputes everything on commit).
 */
export function projectedCounts(r: RosterImportReport, choices: Choices): ProjectedCounts {
  const out: ProjectedCounts = { added: r.added, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped, undecided: 0 };
  for (const d of r.decisions) {
    if (d.decision) continue; // already in the report's counts
    const c = choices[d.row] ? decisionOf(d.row, choices[d.row]!) : null;
    if (!c) out.undecided++;
    else if (c.action === 'add') out.added++;
    else if (c.action === 'merge') out.updated++;
    else out.skipped++;
  }
  return out;
}
