/**
 * Reading a roster import report for the confirm step: whether it may be committed (errors, rows
 * still 需要确认), counts by severity, and where each issue is (`第3行 C列（统一社会信用代码）`),
 * in the clerk's terms.
 */
import type { Issue } from '../../shared/errors';
import type { RosterImportReport } from '../../shared/ipc/contract/roster';
import { projectedCounts, type Choices } from './roster-decisions';

/** Issues shown in the 需要确认 table instead of the issue list. */
export const DECISION_RULE = 'roster.needs-decision';

export interface ImportSummary {
  errors: number;
  warnings: number;
  /** Something to write and nothing blocking. */
  canCommit: boolean;
  headline: string;
}

/** With the clerk's choices for the 需要确认 rows applied (none given: the report as it stands). */
export function summariseImport(r: RosterImportReport, choices: Choices = {}): ImportSummary {
  const shown = r.issues.filter((i) => i.rule !== DECISION_RULE);
  const errors = shown.filter((i) => i.severity === '错误').length;
  const warnings = shown.length - errors;
  const n = projectedCounts(r, choices);
  const changes = n.added + n.updated;
  const canCommit = errors === 0 && n.undecided === 0 && changes > 0;
  const skipped = n.skipped ? `，跳过 ${n.skipped} 行` : '';
  let headline: string;
  if (errors > 0) headline = `发现 ${errors} 处错误，本次不会导入任何机构。请按下表修改文件后重新选择。`;
  else if (n.undecided > 0) headline = `有 ${n.undecided} 行需要确认：名称与名册中的机构相同但代码不同或缺少代码。请在“需要确认”表中逐行选择合并、新增或跳过，然后确认导入。`;
  else if (changes === 0) headline = `文件中的 ${r.total} 家机构与名册一致${skipped}，无需导入。`;
  else headline = `可以导入：新增 ${n.added} 家，更新 ${n.updated} 家，不变 ${n.unchanged} 家${skipped}${warnings ? `；另有 ${warnings} 条提醒，请核对` : ''}。确认后才会写入名册。`;
  return { errors, warnings, canCommit, headline };
}

/** `Sheet!C5`, else `第5行 C列`, else `第5行`; '' when the issue is about the whole file. */
export function issueLocation(i: Issue): string {
  if (i.sheet && i.cell) return `${i.sheet}!${i.cell}`;
  const parts: string[] = [];
  if (i.sheet) parts.push(i.sheet);
  if (i.row) parts.push(`第${i.row}行`);
  if (i.column) parts.push(/^[A-Z]{1,3}$/.test(i.column) ? `${i.column}列` : `“${i.column}”列`);
  return parts.join(' ');
}

export const ACTION_TEXT: Record<RosterImportReport['preview'][number]['action'], string> = {
  add: '新增',
  update: '更新',
  unchanged: '不变',
  skip: '跳过',
  decide: '需要确认',
};

/** Issues first by severity (errors on top), then by row. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = (i: Issue) => (i.severity === '错误' ? 0 : 1);
  return [...issues].sort((a, b) => rank(a) - rank(b) || (a.row ?? 0) - (b.row ?? 0));
}
