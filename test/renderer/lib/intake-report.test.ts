import { describe, expect, it } from 'vitest';
import { summarize, type FileReport } from '../../../shared/import/import-report';
import { fileTone, filterFiles, groupIssuesByRule, ledgerTotals, ruleLabel, sortByAttention, stripLocation, summariseBatch } from '../../../renderer/lib/intake-report';

const led = (n: number, c: number, u: number) => ({ new: n, changed: c, unchanged: u });
const file = (name: string, status: FileReport['status'], issues: FileReport['issues'] = [], ledger = led(0, 0, 0)): FileReport =>
  ({ file: name, status, issues, values: 10, ledger });

const A = file('a.xlsx', 'accepted', [], led(2, 1, 0));
const W = file('w.xlsx', 'warning', [{ rule: 'cell.lenient', severity: '警告', message: '进展数据!D7：按“2023.6.5”识别为日期', sheet: '进展数据', cell: 'D7' }], led(1, 0, 3));
const R = file('r.xlsx', 'rejected', [
  { rule: 'cell.number', severity: '错误', message: '进展数据!D5：应填数字，实际为“很多”', sheet: '进展数据', cell: 'D5' },
  { rule: 'cell.number', severity: '错误', message: '进展数据!E5：应填数字', sheet: '进展数据', cell: 'E5' },
  { rule: 'ledger.required', severity: '错误', message: '问题台账!G9：问题描述不能为空', sheet: '问题台账', cell: 'G9' },
], led(5, 5, 5));
const U = file('u.xlsx', 'unchanged');
const S = file('批次.zip/s.xlsx', 'superseded', [], led(0, 2, 1));
const R2 = file('r2.xlsx', 'rejected', [{ rule: 'cell.number', severity: '错误', message: '进展数据!D6：应填数字', sheet: '进展数据', cell: 'D6' }]);

describe('fileTone', () => {
  it('is green for ready, yellow with warnings, red when refused, neutral when unchanged', () => {
    expect(fileTone(A)).toBe('success');
    expect(fileTone(S)).toBe('success');
    expect(fileTone(W)).toBe('warning');
    expect(fileTone({ status: 'superseded', issues: W.issues })).toBe('warning');
    expect(fileTone(R)).toBe('error');
    expect(fileTone(U)).toBe('default');
  });
});

describe('groupIssuesByRule', () => {
  it('groups errors first, by count, with each place named by file and cell', () => {
    const g = groupIssuesByRule([A, W, R, R2]);
    expect(g.map((x) => [x.rule, x.severity, x.count, x.files])).toEqual([
      ['cell.number', '错误', 3, 2],
      ['ledger.required', '错误', 1, 1],
      ['cell.lenient', '警告', 1, 1],
    ]);
    expect(g[0].label).toBe('应填数字');
    expect(g[0].places[0]).toEqual({ file: 'r.xlsx', location: '进展数据!D5', message: '应填数字，实际为“很多”' });
    expect(g[0].places[2].file).toBe('r2.xlsx');
  });

  it('says 整个文件 for a problem without a place and keeps unknown rule codes', () => {
    const g = groupIssuesByRule([file('x.et', 'rejected', [{ rule: 'new.rule', severity: '错误', message: 'x.et：格式' }])]);
    expect(g[0]).toMatchObject({ label: 'new.rule', places: [{ file: 'x.et', location: '整个文件' }] });
    expect(ruleLabel('file.format')).toBe('文件格式无法读取');
  });

  it('drops the place from the message when it is shown beside it', () => {
    expect(stripLocation('进展数据!D5：应填数字', '进展数据!D5')).toBe('应填数字');
    expect(stripLocation('D5：应填数字', '进展数据!D5')).toBe('应填数字');
    expect(stripLocation('x.et：格式不支持', '')).toBe('x.et：格式不支持');
  });
});

describe('ledgerTotals', () => {
  it('counts ledger rows only for files that will be imported', () => {
    expect(ledgerTotals([A, W, R, U, S])).toEqual({ new: 3, changed: 3, unchanged: 4 });
  });
});

describe('summariseBatch', () => {
  it('says a dry run wrote nothing and what confirming will do', () => {
    const s = summariseBatch(summarize([A, W, R, U, S], true));
    expect(s).toMatchObject({ importable: 3, rejected: 1, unchanged: 1, withWarnings: 1, tone: 'error' });
    expect(s.headline).toBe('共 5 个文件：可导入 3 个（其中 1 个有警告，请核对）；1 个与已导入的完全相同，将跳过；1 个被拒绝，不会导入（可下载错误标注文件发回修改）。以上只是检查，尚未写入任何数据；核对后点“确认导入”。');
  });

  it('is green when every file is ready, and says when nothing can be imported', () => {
    expect(summariseBatch(summarize([A], true)).tone).toBe('success');
    const none = summariseBatch(summarize([R], true));
    expect(none.importable).toBe(0);
    expect(none.headline).toContain('没有可以导入的文件');
  });

  it('reports the real run in the past tense', () => {
    expect(summariseBatch(summarize([A, S, R], false)).headline).toBe('已导入 2 个文件；1 个被拒绝，未导入。');
  });
});

describe('filterFiles', () => {
  const all = [A, W, R, U, S];
  it('narrows the report to what needs attention', () => {
    expect(filterFiles(all, 'problems').map((f) => f.file)).toEqual(['w.xlsx', 'r.xlsx']);
    expect(filterFiles(all, 'rejected').map((f) => f.file)).toEqual(['r.xlsx']);
    expect(filterFiles(all, 'warning').map((f) => f.file)).toEqual(['w.xlsx']);
    expect(filterFiles(all, 'ok').map((f) => f.file)).toEqual(['a.xlsx', 'u.xlsx', '批次.zip/s.xlsx']);
    expect(filterFiles(all, 'all')).toHaveLength(5);
  });
});

describe('sortByAttention', () => {
  it('puts refused files first, then warnings, keeping the order within each', () => {
    expect(sortByAttention([A, W, R, U, S, R2]).map((f) => f.file)).toEqual(['r.xlsx', 'r2.xlsx', 'w.xlsx', 'a.xlsx', '批次.zip/s.xlsx', 'u.xlsx']);
  });
});
