import { describe, expect, it } from 'vitest';
import { applyOverrides, composeBulletin, editableBlocks } from '../../../shared/documents/bulletin-composer';
import type { BulletinData } from '../../../shared/documents/bulletin-data';
import { choosePractices, trimText } from '../../../shared/documents/practices';
import { DEFAULT_SENTENCES, fill, sentencesFrom, trendPhrase } from '../../../shared/documents/sentences';

export function sampleData(over: Partial<BulletinData> = {}): BulletinData {
  return {
    campaign: { name: '医疗卫生行业市场秩序专项整顿行动', shortName: '市场秩序专项整顿', authority: '宿迁市卫生健康委员会', docPrefix: '宿卫发', planTitle: '医疗卫生行业市场秩序专项整顿行动方案', recipients: '各县（区）卫生健康局', copyTo: '市市场监管局', superior: '省卫生健康委', dueOffsetDays: 2, thresholds: { socialInspectionCoverage: 50, selfInspectionCoverage: 100 }, startDate: '2023-06-01', endDate: '2023-08-31' },
    period: { code: '2023-06-H2', label: '2023年6月下半月', start: '2023-06-16', end: '2023-06-30' },
    phase: '自查自纠', issueNo: 2, docNumber: null, date: '2023-07-03',
    current: { D1: 5, B3: 4 }, previous: { D1: 0 },
    cumulative: { A1: 40, A2: 20, A3: 40, B1: 30, B3: 12, D7: 3, C1: 50, C2: 18, C4: 9, D1: 14, D2: 7, D4: 6, D5: 2, E1: 3, E4: 1_250_000, E5: 0, E6: 1_250_000, E13: 1, E14: 0, F1: 4, F2: 0, F5: 1, G1: 0, G2: 0, G3: 0, G4: 0 },
    reporting: { due: 40, onTime: 30, late: 6, missing: 4, exempt: 0, reportRate: 90, timeliness: 75, late_list: [], missing_list: [] },
    byFocus: [{ code: 'F1', name: '医托', current: { B3: 2, C2: 1, E1: 0 }, cumulative: { D1: 4, D2: 0 } }],
    byDistrict: [{ code: '321302', name: '宿城区', reportRate: 100, selfRate: 80, rectRate: 62.5, overdue: 0, socialRate: 50 }],
    praise: [{ name: '宿城区', kind: 'district', reason: '按时报送，整改率62.5%' }],
    criticise: [{ name: '泗洪县', kind: 'district', reason: '逾期报送3天' }, { name: '泗阳县某医院', kind: 'institution', reason: '逾期报送3天' }],
    practices: [
      { unit: '宿城区人民医院', district: '宿城区', text: '成立院长任组长的专项工作专班，每周召开推进会。建立问题清单，逐项销号。多余的第三句话会被截掉因为太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长。', score: 9 },
      { unit: '宿城区中医院', district: '宿城区', text: '无', score: 8 },
      { unit: '沭阳县人民医院', district: '沭阳县', text: '开展“四不两直”暗访，对发现的问题当场反馈、限期整改。', score: 7 },
    ],
    problems: [], tables: [], charts: [], typicalCases: [],
    ...over,
  };
}

const allText = (d = sampleData()) => {
  const doc = composeBulletin(d, DEFAULT_SENTENCES);
  return doc.blocks.map((b) => ('text' in b ? b.text : '') + ('runIn' in b ? b.runIn ?? '' : '')).join('\n');
};

describe('bulletin composer', () => {
  it('quotes computed figures, rates from numerators and denominators, money in 万元', () => {
    const t = allText();
    expect(t).toContain('截至2023年6月30日');
    expect(t).toContain('检查社会办医疗机构9家，占社会办医疗机构总数（20家）的45.0%，尚未达到不低于50%的要求');
    expect(t).toContain('累计发现问题14个，已整改7个，整改率50.0%');
    expect(t).toContain('罚没款1.25万元');
    expect(t).toContain('本期新增问题5个，较上期增加5个'); // previous 0: no percentage, no break
    expect(t).toContain('办结率—'); // 0/0
    expect(t).not.toMatch(/\{|NaN|undefined|Infinity/);
  });

  it('names criticised units with their reasons, grouped; praises by name', () => {
    const t = allText();
    expect(t).toContain('泗洪县、泗阳县某医院逾期报送3天。现予以通报批评');
    expect(t).toContain('宿城区等单位行动迅速');
  });

  it('chooses, trims and attributes practices instead of pasting all texts', () => {
    const t = allText();
    expect(t).toContain('宿城区人民医院成立院长任组长的专项工作专班，每周召开推进会。建立问题清单，逐项销号。');
    expect(t).not.toContain('多余的第三句话');
    expect(t).not.toContain('宿城区中医院无');
    expect(t).toContain('沭阳县人民医院开展“四不两直”暗访');
  });

  it('keeps manual edits by block id across regeneration', () => {
    const doc = composeBulletin(sampleData(), DEFAULT_SENTENCES);
    const ids = editableBlocks(doc).map((b) => b.id);
    expect(ids).toContain('overall.reporting');
    const edited = applyOverrides(composeBulletin(sampleData({ current: { D1: 9 } }), DEFAULT_SENTENCES), { 'overall.reporting': '领导强调：报送要及时。' });
    expect(editableBlocks(edited).find((b) => b.id === 'overall.reporting')?.text).toBe('领导强调：报送要及时。');
  });
});

describe('sentences', () => {
  it('trend phrases never break on 0, negatives or 0/0', () => {
    expect(trendPhrase(0, 0, '个')).toBe('，与上期持平');
    expect(trendPhrase(3, 0, '个')).toBe('，较上期增加3个');
    expect(trendPhrase(2, 4, '个')).toBe('，较上期减少2个（−50.0%）');
    expect(trendPhrase(5, null, '个')).toBe('');
  });
  it('fill prints — for missing values; user templates override defaults', () => {
    expect(fill('共{n}家，{x}', { n: 3 })).toBe('共3家，—');
    expect(sentencesFrom({ 'sentence.praise': '表扬{names}。' }).praise).toBe('表扬{names}。');
  });
  it('trimText ends at a sentence boundary', () => {
    expect(trimText('第一句。第二句很长很长。', 5)).toBe('第一句。');
    expect(choosePractices([], 3)).toEqual([]);
  });
});
