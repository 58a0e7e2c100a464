import { describe, expect, it } from 'vitest';
import {
  canMarkUp, formatBytes, isCandidate, mergeUploads, sourceOf, totalBytes, uploadName, uploadsToCommit,
} from '../../../renderer/lib/intake-upload';

const f = (name: string, size = 100, webkitRelativePath = '') => ({ name, size, webkitRelativePath });

describe('uploadName', () => {
  it('uses the path inside a dropped folder, with forward slashes', () => {
    expect(uploadName(f('a.xlsx', 1, '六月\\宿城区\\a.xlsx'))).toBe('六月/宿城区/a.xlsx');
    expect(uploadName(f('a.xlsx'))).toBe('a.xlsx');
    expect(uploadName(f('a.xlsx', 1, '/root/a.xlsx'))).toBe('root/a.xlsx');
  });

  it('keeps the end of a path too long for the backend', () => {
    const deep = `${'很深的文件夹/'.repeat(60)}宿城区/a.xlsx`;
    const n = uploadName(f('a.xlsx', 1, deep));
    expect(n.length).toBe(250);
    expect(n.startsWith('…')).toBe(true);
    expect(n.endsWith('/宿城区/a.xlsx')).toBe(true);
  });
});

describe('isCandidate', () => {
  it('keeps returns, zips and formats the importer explains; drops clutter and unrelated files', () => {
    expect(isCandidate('六月/a.XLSX')).toBe(true);
    expect(isCandidate('b.xls')).toBe(true);
    expect(isCandidate('批次.zip')).toBe(true);
    expect(isCandidate('c.et')).toBe(true);
    expect(isCandidate('六月/~$a.xlsx')).toBe(false);
    expect(isCandidate('__MACOSX/._a.xlsx')).toBe(false);
    expect(isCandidate('说明.docx')).toBe(false);
    expect(isCandidate('照片.jpg')).toBe(false);
  });
});

describe('mergeUploads', () => {
  it('adds new files sorted, skips duplicates and non-returns, and reports both', () => {
    const first = mergeUploads([], [f('b.xlsx', 10, 'd/b.xlsx'), f('a.xlsx', 20, 'd/a.xlsx'), f('说明.docx', 5, 'd/说明.docx'), f('~$a.xlsx', 1, 'd/~$a.xlsx')]);
    expect(first.list.map((u) => u.name)).toEqual(['d/a.xlsx', 'd/b.xlsx']);
    expect(first.skipped).toEqual(['d/说明.docx']);
    expect(first.duplicates).toBe(0);
    const again = mergeUploads(first.list, [f('a.xlsx', 20, 'd/a.xlsx'), f('a.xlsx', 21, 'e/a.xlsx')]);
    expect(again.list.map((u) => u.name)).toEqual(['d/a.xlsx', 'd/b.xlsx', 'e/a.xlsx']);
    expect(again.duplicates).toBe(1);
    expect(totalBytes(again.list)).toBe(51);
  });

  it('treats a re-saved file (same name, new size) as a different file', () => {
    const r = mergeUploads(mergeUploads([], [f('a.xlsx', 20)]).list, [f('a.xlsx', 25)]);
    expect(r.list).toHaveLength(2);
  });
});

describe('sourceOf', () => {
  const uploads = ['六月/a.xlsx', '批次.zip', '批次.zip.bak/x.xlsx', '区县/批次2.zip'];
  it('finds the file itself', () => {
    expect(sourceOf('六月/a.xlsx', uploads)).toEqual({ upload: '六月/a.xlsx', inner: null });
  });
  it('finds the zip that carried an entry', () => {
    expect(sourceOf('批次.zip/宿城区/b.xlsx', uploads)).toEqual({ upload: '批次.zip', inner: '宿城区/b.xlsx' });
    expect(sourceOf('区县/批次2.zip/c.xlsx', uploads)).toEqual({ upload: '区县/批次2.zip', inner: 'c.xlsx' });
  });
  it('does not confuse a folder named like a zip, and returns null for strangers', () => {
    expect(sourceOf('批次.zip.bak/x.xlsx', uploads)).toEqual({ upload: '批次.zip.bak/x.xlsx', inner: null });
    expect(sourceOf('别的.xlsx', uploads)).toBeNull();
  });
});

describe('uploadsToCommit', () => {
  it('re-sends only uploads carrying a file the dry run would import', () => {
    const uploads = ['a.xlsx', 'b.xlsx', 'c.xlsx', '批次.zip', '坏.zip'];
    const files = [
      { file: 'a.xlsx', status: 'accepted' as const },
      { file: 'b.xlsx', status: 'rejected' as const },
      { file: 'c.xlsx', status: 'unchanged' as const },
      { file: '批次.zip/x.xlsx', status: 'rejected' as const },
      { file: '批次.zip/y.xlsx', status: 'superseded' as const },
      { file: '坏.zip', status: 'rejected' as const },
    ];
    expect(uploadsToCommit(files, uploads)).toEqual(['a.xlsx', '批次.zip']);
    expect(uploadsToCommit([{ file: 'b.xlsx', status: 'warning' }], uploads)).toEqual(['b.xlsx']);
  });
});

describe('small helpers', () => {
  it('marks up only readable workbooks that have problems', () => {
    expect(canMarkUp('a.xlsx', 2)).toBe(true);
    expect(canMarkUp('a.xlsx', 0)).toBe(false);
    expect(canMarkUp('a.xls', 2)).toBe(false);
    expect(canMarkUp('a.et', 1)).toBe(false);
  });
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
