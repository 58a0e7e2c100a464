import { describe, expect, it } from 'vitest';
import { validateCampaign, type Campaign } from '../../../shared/domain/campaign';
import { presetDraft } from '../../../shared/presets/index';
import {
  blankDraft, checkDraft, cleanDraft, draftOf, dueRuleText, monthsAfter, nextCode, previewCode, previewPeriods,
} from '../../../renderer/lib/campaign-draft';

describe('blankDraft', () => {
  it('starts on the current half-month and runs three months', () => {
    expect(blankDraft('2025-03-09')).toMatchObject({ preset: null, startDate: '2025-03-01', endDate: '2025-05-31' });
    expect(blankDraft('2025-03-20')).toMatchObject({ startDate: '2025-03-16', endDate: '2025-06-15' });
    expect(monthsAfter('2023-11-16', 3)).toBe('2024-02-15');
  });

  it('needs a focus-area name before it is valid', () => {
    const d = blankDraft('2025-03-09');
    expect(validateCampaign(d).map((i) => i.column)).toEqual(expect.arrayContaining(['name', 'authority', 'focusAreas']));
  });
});

describe('cleanDraft', () => {
  it('trims full-width spaces, drops blank rows and empty descriptions, upper-cases codes', () => {
    const d = cleanDraft({
      ...blankDraft('2025-03-01'),
      name: '\u3000专项整治 ',
      regionCode: '',
      phases: [{ name: ' 自查 ', start: '', end: null, description: ' ' }, { name: '', start: null, end: null }],
      focusAreas: [{ code: 'f1', name: '医托', description: '' }, { code: '', name: '' }],
      departments: [{ code: ' wj', name: '卫健', duty: '' }],
      deliverables: [{ name: '  ', due: null }, { name: '总结', due: '2025-05-31' }],
    });
    expect(d.name).toBe('专项整治');
    expect(d.regionCode).toBeNull();
    expect(d.phases).toEqual([{ name: '自查', start: null, end: null }]);
    expect(d.focusAreas).toEqual([{ code: 'F1', name: '医托' }]);
    expect(d.departments).toEqual([{ code: 'WJ', name: '卫健' }]);
    expect(d.deliverables).toEqual([{ name: '总结', due: '2025-05-31' }]);
  });

  it('leaves a preset draft unchanged (presets are already tidy)', () => {
    const p = presetDraft('provincial-2023');
    expect(cleanDraft(p)).toEqual(p);
  });
});

describe('checkDraft', () => {
  it('passes the presets', () => {
    expect(checkDraft(presetDraft('provincial-2023'))).toEqual([]);
    expect(checkDraft(presetDraft('suqian-2021'))).toEqual([]);
  });

  it('names the row and field of form-only problems', () => {
    const d = { ...presetDraft('provincial-2023'), regionCode: '3213', departments: [{ code: 'A', name: '甲' }, { code: 'A', name: '' }] };
    const cols = checkDraft(d).map((i) => i.column);
    expect(cols).toEqual(expect.arrayContaining(['regionCode', 'departments.1.code', 'departments.1.name']));
  });
});

describe('previewPeriods', () => {
  it('matches the provincial preset: six half-months, due two days after each', () => {
    const rows = previewPeriods(presetDraft('provincial-2023'));
    expect(rows.map((r) => r.code)).toEqual(['2023-06-H1', '2023-06-H2', '2023-07-H1', '2023-07-H2', '2023-08-H1', '2023-08-H2']);
    expect(rows[0]).toMatchObject({ start: '2023-06-01', end: '2023-06-15', due: '2023-06-17', phase: null });
    expect(rows[5].due).toBe('2023-09-02');
  });

  it('assigns dated phases by period end', () => {
    const rows = previewPeriods(presetDraft('suqian-2021'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.phase !== null)).toBe(true);
  });

  it('is empty while dates are missing or reversed', () => {
    expect(previewPeriods({ startDate: '', endDate: '2023-06-30', dueOffsetDays: 2, phases: [] })).toEqual([]);
    expect(previewPeriods({ startDate: '2023-07-01', endDate: '2023-06-30', dueOffsetDays: 2, phases: [] })).toEqual([]);
  });
});

describe('wording and codes', () => {
  it('explains the due rule with an example', () => {
    const first = previewPeriods(presetDraft('provincial-2023'))[0];
    expect(dueRuleText(2, first)).toBe('每个半月结束后 2 天内报送（如 2023年6月上半月 的报表，截止 2023年6月17日）');
    expect(dueRuleText(0)).toBe('每个半月的最后一天报送');
    expect(dueRuleText(-1)).toBe('每个半月结束前 1 天报送');
  });

  it('previews the campaign code and numbers new rows', () => {
    expect(previewCode({ preset: 'provincial-2023', startDate: '2023-06-01' })).toBe('provincial-2023-20230601');
    expect(previewCode({ preset: null, startDate: '2025-03-01' })).toBe('custom-20250301');
    expect(nextCode('F', [{ code: 'F1' }, { code: 'f2' }, { code: 'F4' }])).toBe('F3');
    expect(nextCode('D', [])).toBe('D1');
  });

  it('strips a stored campaign down to its draft', () => {
    const p = presetDraft('provincial-2023');
    const stored: Campaign = { ...p, id: 7, code: 'provincial-2023-20230601', status: 'active', createdAt: '2023-06-01T00:00:00Z' };
    expect(draftOf(stored)).toEqual(p);
  });
});
