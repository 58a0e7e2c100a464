/** The import's report: per file and totals, with errors grouped by rule (dry run and real run). */
import type { Issue } from '../errors';

export type FileStatus = 'accepted' | 'warning' | 'superseded' | 'unchanged' | 'rejected';

export interface FileReport {
  file: string;
  status: FileStatus;
  institution?: string;
  uscc?: string | null;
  period?: string;
  identifiedBy?: string;
  version?: number;
  values: number;
  ledger: { new: number; changed: number; unchanged: number };
  issues: Issue[];
}

export interface BatchReport {
  dryRun: boolean;
  files: FileReport[];
  totals: Record<FileStatus, number> & { files: number; errors: number; warnings: number };
  /** Errors grouped by rule, each with its cell addresses. */
  byRule: { rule: string; severity: Issue['severity']; count: number; examples: string[] }[];
}

export const STATUS_LABEL: Record<FileStatus, string> = {
  accepted: '可导入', warning: '有警告', superseded: '替换旧版本', unchanged: '未变化（相同文件）', rejected: '拒绝',
};

export function summarize(files: FileReport[], dryRun: boolean): BatchReport {
  const totals = { files: files.length, accepted: 0, warning: 0, superseded: 0, unchanged: 0, rejected: 0, errors: 0, warnings: 0 };
  const groups = new Map<string, BatchReport['byRule'][number]>();
  for (const f of files) {
    totals[f.status]++;
    for (const i of f.issues) {
      if (i.severity === '错误') totals.errors++; else totals.warnings++;
      const key = `${i.severity}|${i.rule}`;
      const g = groups.get(key) ?? { rule: i.rule, severity: i.severity, count: 0, examples: [] };
      g.count++;
      if (g.examples.length < 5) g.examples.push(i.message);
      groups.set(key, g);
    }
  }
  const byRule = [...groups.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === '错误' ? -1 : 1));
  return { dryRun, files, totals, byRule };
}
