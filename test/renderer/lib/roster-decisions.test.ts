import { describe, expect, it } from 'vitest';
import type { RosterDecisionRow, RosterImportReport } from '../../../shared/ipc/contract/roster';
import {
  choiceOf, choiceOptions, decisionOf, decisionsFrom, initialChoices, projectedCounts, undecidedRows,
} from '../../../renderer/lib/roster-decisions';
import { summariseImport } from '../../../renderer/lib/import-report';

const cand = (id: number, name: string, extra: Partial<RosterDecisionRow['candidates'][number]> = {}) => ({
  id, name, aliases: [], uscc: null, licenceNo: null, districtCode: '321302', districtName: '宿城区', retiredAt: null, matchedBy: '名称' as const, ...extra,
});
const drow = (row: number, candidates: RosterDecisionRow['candidates'], decision: RosterDecisionRow['decision'] = null): RosterDecisionRow => ({
  row, name: `机构${row}`, uscc: null, licenceNo: 'L', districtCode: '321302', districtName: '宿城区', reason: '…', candidates, decision,
});
const report: RosterImportReport = {
  fileName: '名册.xlsx', sha256: 'ab'.repeat(32), sheet: '机构名册', dryRun: true, committed: false, total: 6, added: 2, updated: 1, unchanged: 0,
  skipped: 0, undecided: 2,
  decisions: [drow(3, [cand(7, '甲医院', { uscc: '12321302MB0000000X' })]), drow(4, [cand(8, '乙诊所', { licenceNo: 'PDY1', retiredAt: '2022-01-01' }), cand(9, '乙诊所')]), drow(5, [cand(7, '甲医院')], { row: 5, action: 'skip' })],
  preview: [], issues: [{ rule: 'roster.needs-decision', severity: '警告', message: 'x', row: 3 }, { rule: 'roster.needs-decision', severity: '警告', message: 'y', row: 4 }],
};

describe('roster decision choices', () => {
  it('offers 合并 to each candidate (named with district and code), 新增 and 跳过', () => {
    expect(choiceOptions(report.decisions[1]).map((o) => [o.value, o.label])).toEqual([
      ['merge:8', '合并到 乙诊所（宿城区，登记号 PDY1，已停用）'],
      ['merge:9', '合并到 乙诊所（宿城区，无代码）'],
      ['add', '作为新机构新增'],
      ['skip', '跳过此行（不导入）'],
    ]);
  });

  it('round-trips select values and decisions', () => {
    expect(decisionOf(4, 'merge:9')).toEqual({ row: 4, action: 'merge', targetId: 9 });
    expect(decisionOf(4, 'add')).toEqual({ row: 4, action: 'add' });
    expect(decisionOf(4, 'junk')).toBeNull();
    expect(choiceOf({ row: 4, action: 'merge', targetId: 9 })).toBe('merge:9');
    expect(choiceOf({ row: 4, action: 'merge' })).toBeUndefined();
    expect(initialChoices(report)).toEqual({ 5: 'skip' });
  });

  it('sends only decisions for 需要确认 rows, and knows which are still open', () => {
    const choices = { 3: 'merge:7', 5: 'skip', 99: 'add' };
    expect(decisionsFrom(report, choices)).toEqual([{ row: 3, action: 'merge', targetId: 7 }, { row: 5, action: 'skip' }]);
    expect(undecidedRows(report, choices)).toEqual([4]);
  });

  it('projects the counts and only allows committing once every row is decided', () => {
    expect(projectedCounts(report, {})).toEqual({ added: 2, updated: 1, unchanged: 0, skipped: 0, undecided: 2 });
    const partial = summariseImport(report, { 3: 'merge:7' });
    expect(partial.canCommit).toBe(false);
    expect(partial.headline).toMatch(/^有 1 行需要确认/);
    expect(partial.warnings).toBe(0); // the 需要确认 rows are in their own table, not counted as 提醒
    const all = { 3: 'merge:7', 4: 'add' };
    expect(projectedCounts(report, all)).toEqual({ added: 3, updated: 2, unchanged: 0, skipped: 0, undecided: 0 });
    expect(summariseImport(report, all)).toMatchObject({ canCommit: true, headline: '可以导入：新增 3 家，更新 2 家，不变 0 家。确认后才会写入名册。' });
    const skipAll = summariseImport({ ...report, added: 0, updated: 0, unchanged: 4 }, { 3: 'skip', 4: 'skip' });
    expect(skipAll).toMatchObject({ canCommit: false, headline: '文件中的 6 家机构与名册一致，跳过 2 行，无需导入。' });
  });
});
