import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collectUploads } from '../../../electron/import/collect-files';
import { rawZip } from './xlsx/fixtures';

const xlsx = (n: number) => new Uint8Array([0x50, 0x4b, 3, 4, n]);

describe('collectUploads', () => {
  it('expands folders and a zip inside a zip, skipping clutter', () => {
    const inner = zipSync({ 'b.xlsx': xlsx(2) });
    const outer = zipSync({ '宿城区/a.xlsx': xlsx(1), '宿城区/~$a.xlsx': xlsx(9), '__MACOSX/._a.xlsx': xlsx(9), '泗洪县.zip': inner, '说明.docx': xlsx(9) });
    const r = collectUploads([{ fileName: '6月上半月.zip', bytes: outer }]);
    expect(r.refused).toEqual([]);
    expect(r.files.map((f) => f.name).sort()).toEqual(['6月上半月.zip/宿城区/a.xlsx', '6月上半月.zip/泗洪县.zip/b.xlsx']);
  });

  it('refuses entries named to leave the archive, and zips nested past the limit', () => {
    const evil = zipSync({ '../../evil.xlsx': xlsx(1), 'C:/Windows/evil.xlsx': xlsx(2), 'ok/../../x.xlsx': xlsx(3), 'good.xlsx': xlsx(4) });
    const r = collectUploads([{ fileName: 'up.zip', bytes: evil }]);
    expect(r.files.map((f) => f.name)).toEqual(['up.zip/good.xlsx']);
    expect(r.refused.map((i) => i.file).sort()).toEqual(['up.zip/../../evil.xlsx', 'up.zip/C:/Windows/evil.xlsx', 'up.zip/ok/../../x.xlsx']);
    expect(r.refused.every((i) => /含有上级目录（\.\.）或绝对路径/.test(i.message))).toBe(true);
    let z = zipSync({ 'a.xlsx': xlsx(1) });
    for (let i = 0; i < 3; i++) z = zipSync({ [`l${i}.zip`]: z });
    const deep = collectUploads([{ fileName: 'deep.zip', bytes: z }]);
    expect(deep.files).toEqual([]);
    expect(deep.refused[0].message).toMatch(/嵌套超过 3 层/);
  });

  it('refuses an entry declaring more than 50 MB without inflating it', () => {
    // 1 KB of stored bytes that claim to be 60 MB: inflating would allocate the claim.
    const z = rawZip([{ name: 'big.xlsx', data: new Uint8Array(1024), method: 0, declaredSize: 60 * 1024 * 1024 }, { name: 'small.xlsx', data: xlsx(1), method: 0, declaredSize: 5 }]);
    const r = collectUploads([{ fileName: 'z.zip', bytes: z }]);
    expect(r.files.map((f) => f.name)).toEqual(['z.zip/small.xlsx']);
    expect(r.refused).toMatchObject([{ file: 'z.zip/big.xlsx', rule: 'file.too-large' }]);
    expect(r.refused[0].message).toMatch(/解压后超过 50 MB.*未解压/);
  });
});
