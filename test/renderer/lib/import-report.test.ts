import { describe, expect, it } from 'vitest';
import type { RosterImportReport } from '../../../shared/ipc/contract/roster';
import { issueLocation, sortIssues, summariseImport } from '../../../renderer/lib/import-report';

const base: RosterImportReport = { fileName: '名册.xlsx', sha256: 'ab'.repeat(32), sheet: '机构名册', dryRun: true, committed: false, total: 5, added: 5, updated: 0, unchanged: 0, skipped: 0, undecided: 0, decisions: [], preview: [], issues: [] };

describe('summariseImport', () => {
  it('allows committing changes without errors', () => {
    expect(summariseImport(base)).toEqual({ errors: 0, warnings: 0, canCommit: true, headline: '可以导入：新增 5 家，更新 0 家，不变 0 家。确认后才会写入名册。' });
  });

  it('blocks on any error and says nothing will be imported', () => {
    const s = summariseImport({ ...base, issues: [{ rule: 'uscc', severity: '错误', message: 'x' }, { rule: 'w', severity: '警告', message: 'y' }] });
    expect(s).toMatchObject({ errors: 1, warnings: 1, canCommit: false });
    expect(s.headline).toContain('不会导入任何机构');
  });

  it('has nothing to commit when every row is unchanged', () => {
    const s = summariseImport({ ...base, added: 0, unchanged: 5 });
    expect(s.canCommit).toBe(false);
    expect(s.headline).toBe('文件中的 5 家机构与名册一致，无需导入。');
  });

  it('mentions warnings when committing', () => {
    expect(summariseImport({ ...base, issues: [{ rule: 'w', severity: '警告', message: 'y' }] }).headline).toContain('另有 1 条提醒');
  });
});

describe('issueLocation', () => {
  it('prefers sheet!cell, then row and column', () => {
    expect(issueLocation({ rule: 'r', severity: '错误', message: '', sheet: '机构名册', cell: 'C5', row: 5 })).toBe('机构名册!C5');
    expect(issueLocation({ rule: 'r', severity: '错误', message: '', row: 5, column: 'C' })).toBe('第5行 C列');
    expect(issueLocation({ rule: 'r', severity: '错误', message: '', row: 5, column: '所属区县' })).toBe('第5行 “所属区县”列');
    expect(issueLocation({ rule: 'r', severity: '错误', message: '' })).toBe('');
  });

  it('sorts errors before warnings, then by row', () => {
    const s = sortIssues([
      { rule: 'a', severity: '警告', message: 'w1', row: 1 },
      { rule: 'b', severity: '错误', message: 'e9', row: 9 },
      { rule: 'c', severity: '错误', message: 'e2', row: 2 },
    ]);
    expect(s.map((i) => i.message)).toEqual(['e2', 'e9', 'w1']);
  });
});
