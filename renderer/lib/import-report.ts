/**
 * Reading a roster import report for the confirm step: whether it may be committed, counts by
 * severity, and where each issue is (`第3行 C列（统一社会信用代码）`), in the clerk's terms.
 */
import type { Issue } from '../../shared/errors';
import type { RosterImportReport } from '../../shared/ipc/contract/roster';

export interface ImportSummary {
  errors: number;
  warnings: number;
  /** Something to write and nothing blocking. */
  canCommit: boolean;
  headline: string;
}

export function summariseImport(r: RosterImportReport): ImportSummary {
  const errors = r.issues.filter((i) => i.severity === '错误').length;
  const warnings = r.issues.length - errors;
  const changes = r.added + r.updated;
  const canCommit = errors === 0 && changes > 0;
  let headline: string;
  if (errors > 0) headline = `发现 ${errors} 处错误，本次不会导入任何机构。请按下表修改文件后重新选择。`;
  else if (changes === 0) headline = `文件中的 ${r.total} 家机构与名册一致，无需导入。`;
  else headline = `可以导入：新增 ${r.added} 家，更新 ${r.updated} 家，不变 ${r.unchanged} 家${warnings ? `；另有 ${warnings} 条提醒，请核对` : ''}。确认后才会写入名册。`;
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
};

/** Issues first by severity (errors on top), then by row. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = (i: Issue) => (i.severity === '错误' ? 0 : 1);
  return [...issues].sort((a, b) => rank(a) - rank(b) || (a.row ?? 0) - (b.row ?? 0));
}
