import { describe, expect, it } from 'vitest';
import { presetDraft } from '../../../shared/presets/index';
import { validateCampaign } from '../../../shared/domain/campaign';
import { ApiError } from '../../../renderer/lib/api-error';
import { CAMPAIGN_LABELS, isCampaignField } from '../../../renderer/lib/campaign-fields';
import { issuesFromError, parseArgumentMessage, placeIssues, toPath } from '../../../renderer/lib/form-errors';

const draft = presetDraft('provincial-2023');
const opts = { stripPrefix: 'draft.', labels: CAMPAIGN_LABELS, isField: (p: (string | number)[]) => isCampaignField(p, draft) };

describe('paths', () => {
  it('turns dotted columns into form paths', () => {
    expect(toPath('draft.focusAreas.1.code', 'draft.')).toEqual(['focusAreas', 1, 'code']);
    expect(toPath('endDate')).toEqual(['endDate']);
  });

  it('knows which paths are campaign fields', () => {
    expect(isCampaignField(['name'], draft)).toBe(true);
    expect(isCampaignField(['thresholds', 'selfInspectionCoverage'], draft)).toBe(true);
    expect(isCampaignField(['focusAreas', 3, 'name'], draft)).toBe(true);
    expect(isCampaignField(['focusAreas', 4, 'name'], draft)).toBe(false); // no such row
    expect(isCampaignField(['focusAreas'], draft)).toBe(false); // a section, not a field
    expect(isCampaignField(['id'], draft)).toBe(false);
  });
});

describe('placeIssues', () => {
  it('puts shared-rule problems on fields and list sections', () => {
    const bad = { ...draft, name: ' ', endDate: '2023-05-01', focusAreas: [] };
    const placed = placeIssues(validateCampaign(bad), opts);
    expect(placed.fields).toEqual([
      { name: ['name'], errors: ['专项名称不能为空'] },
      { name: ['endDate'], errors: ['结束日期早于开始日期'] },
    ]);
    expect(placed.sections).toEqual({ focusAreas: ['至少需要一个整治重点'] });
    expect(placed.general).toEqual([]);
  });

  it('reads the dispatcher argument message and localises English validator text', () => {
    const e = new ApiError('validation', '参数不正确：draft.name：专项名称不能为空；draft.regionCode：Invalid；参数：Unrecognized key(s)');
    const issues = issuesFromError(e);
    expect(issues.map((i) => i.column)).toEqual(['draft.name', 'draft.regionCode', undefined]);
    const placed = placeIssues(issues, opts);
    expect(placed.fields).toEqual([
      { name: ['name'], errors: ['专项名称不能为空'] },
      { name: ['regionCode'], errors: ['行政区划代码填写不正确，请检查'] },
    ]);
    expect(placed.general).toEqual(['该项填写不正确，请检查']);
  });

  it('prefers details, maps Chinese column labels through aliases, and de-duplicates', () => {
    const e = new ApiError('validation', '名册有误', [
      { rule: 'r', severity: '错误', message: '代码校验位错误', column: '统一社会信用代码' },
      { rule: 'r', severity: '错误', message: '代码校验位错误', column: '统一社会信用代码' },
      { rule: 'r', severity: '错误', message: '文件为空' },
    ]);
    const placed = placeIssues(issuesFromError(e), { aliases: { 统一社会信用代码: 'uscc' }, isField: (p) => p[0] === 'uscc' });
    expect(placed.fields).toEqual([{ name: ['uscc'], errors: ['代码校验位错误'] }]);
    expect(placed.general).toEqual(['文件为空']);
  });

  it('returns nothing for errors that are not validation messages', () => {
    expect(parseArgumentMessage('没有找到专项：x')).toEqual([]);
    expect(issuesFromError(new Error('x'))).toEqual([]);
  });
});
