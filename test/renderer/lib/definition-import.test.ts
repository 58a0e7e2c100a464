import { describe, expect, it } from 'vitest';
import type { DefinitionImportReport } from '../../../shared/ipc/contract/campaign';
import { definitionSummary } from '../../../renderer/lib/definition-import';

const base: DefinitionImportReport = {
  dryRun: true, committed: false, fileName: 'd.json', code: 'provincial-2023-20230601', name: '专项整治', district: { code: '321302', name: '宿城区' },
  campaign: 'create', institutions: { total: 3, added: 2, updated: 0, unchanged: 0, skipped: 1 },
  skipped: [{ name: '康宁诊所', uscc: null, licenceNo: 'PDY1', reason: '…' }], issues: [], notes: ['请在“设置”中改为本局的名称。'],
};

describe('definitionSummary', () => {
  it('says what the dry run will do, lists skipped units and the notes', () => {
    expect(definitionSummary(base)).toEqual({
      headline: '将新建专项“专项整治”（代码 provincial-2023-20230601，宿城区）',
      lines: [
        '机构名册：文件中 3 个机构，新增 2 个，更新 0 个，不变 0 个，跳过 1 个。',
        '跳过“康宁诊所”（PDY1）：本地名册有同名机构但代码不同，未自动合并，请在“机构名册”中核对。',
        '请在“设置”中改为本局的名称。',
      ],
    });
  });
  it('after the commit, and for an update keeping the local identity', () => {
    const r = definitionSummary({ ...base, committed: true, campaign: 'update', district: null, skipped: [], notes: [], institutions: { total: 1, added: 0, updated: 1, unchanged: 0, skipped: 0 } });
    expect(r.headline).toBe('已按上级的新定义更新专项“专项整治”（代码 provincial-2023-20230601）');
    expect(r.lines).toEqual(['机构名册：文件中 1 个机构，新增 0 个，更新 1 个，不变 0 个。', '本局的发文机关、文号前缀、上报对象、区域和主送抄送保持不变。']);
  });
});
