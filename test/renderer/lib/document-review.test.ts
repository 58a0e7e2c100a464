import { describe, expect, it } from 'vitest';
import type { NamedReason } from '../../../shared/documents/bulletin-data';
import { checkReason, namedCount, parseReviewRecord, reviewRows, withExclusion, withoutExclusion } from '../../../renderer/lib/document-review';

const CRIT: NamedReason[] = [
  { name: '泗洪华夏诊所', kind: 'institution', reason: '未报送2023年6月下半月进展情况' },
  { name: '沭阳县', kind: 'district', reason: '自查覆盖率0.0%，低于100%的要求' },
  { name: '沭阳县', kind: 'district', reason: '有4个问题逾期未整改，居全市前列' },
];

describe('reviewRows', () => {
  it('gives one row per unit with all its reasons, marking exclusions of the same list only', () => {
    const rows = reviewRows(CRIT, [{ name: '沭阳县', list: 'criticise', reason: '已批准延期' }, { name: '泗洪华夏诊所', list: 'praise', reason: 'x' }], 'criticise');
    expect(rows.map((r) => r.name)).toEqual(['泗洪华夏诊所', '沭阳县']);
    expect(rows[1].reasons).toEqual(['自查覆盖率0.0%，低于100%的要求', '有4个问题逾期未整改，居全市前列']);
    expect(rows[1].excluded?.reason).toBe('已批准延期');
    expect(rows[0].excluded).toBeNull();
    expect(namedCount(rows)).toBe(1);
  });

  it('keeps an exclusion the data no longer proposes, marked stale', () => {
    const rows = reviewRows(CRIT, [{ name: '宿豫区', list: 'criticise', reason: '数据有误' }], 'criticise');
    expect(rows[2]).toMatchObject({ name: '宿豫区', stale: true, kind: null });
    expect(namedCount(rows)).toBe(2);
  });
});

describe('exclusions', () => {
  it('requires a reason and trims it', () => {
    expect(checkReason('  ')).toMatchObject({ ok: false });
    expect(checkReason('x'.repeat(501))).toMatchObject({ ok: false });
    expect(checkReason(' 已批准延期 ')).toEqual({ ok: true, reason: '已批准延期' });
  });

  it('replaces a second decision on the same unit and removes by unit and list', () => {
    let ex = withExclusion([], { name: '沭阳县', list: 'criticise', reason: '已批准延期' });
    ex = withExclusion(ex, { name: '沭阳县', list: 'criticise', reason: ' 数据已更正 ' });
    ex = withExclusion(ex, { name: '沭阳县', list: 'praise', reason: '不宜表扬' });
    expect(ex).toEqual([{ name: '沭阳县', list: 'criticise', reason: '数据已更正' }, { name: '沭阳县', list: 'praise', reason: '不宜表扬' }]);
    expect(withoutExclusion(ex, '沭阳县', 'criticise')).toEqual([{ name: '沭阳县', list: 'praise', reason: '不宜表扬' }]);
  });
});

describe('parseReviewRecord', () => {
  it('reads the archived record', () => {
    const r = parseReviewRecord({ proposed: { praise: [{ name: '宿城区', kind: 'district', reason: '整改率64.7%' }], criticise: CRIT }, excluded: [{ name: '沭阳县', list: 'criticise', reason: '已批准延期' }] });
    expect(r.proposed.praise[0].name).toBe('宿城区');
    expect(r.proposed.criticise).toHaveLength(3);
    expect(r.excluded).toEqual([{ name: '沭阳县', list: 'criticise', reason: '已批准延期' }]);
  });

  it('survives missing or malformed parts', () => {
    expect(parseReviewRecord(null)).toEqual({ proposed: { praise: [], criticise: [] }, excluded: [] });
    expect(parseReviewRecord({ proposed: { praise: 'x', criticise: [null, { name: 3 }, { name: '甲' }] }, excluded: [{ list: 'praise' }] }))
      .toEqual({ proposed: { praise: [], criticise: [{ name: '甲', kind: 'institution', reason: '' }] }, excluded: [] });
  });
});
