import { describe, expect, it } from 'vitest';
import {
  computeOverrides, dirtyIds, draftProblems, groupBlocks, learnGenerated, mergeDrafts, sameOverrides, staleNamings, type EditableBlock,
} from '../../../renderer/lib/document-edits';

const B = (id: string, label: string, text: string): EditableBlock => ({ id, label, text });
const BLOCKS = [
  B('opening', '', '现将截至6月30日全市工作进展情况通报如下：'),
  B('overall.reporting', '总体进展情况 · 报送情况', '本期应报单位15家，按时报送13家。'),
  B('overall.self', '总体进展情况 · 自查自纠', '全市10家医疗机构完成自查自纠。'),
  B('district.1', '各地工作开展情况', '宿城区：报送率100.0%。'),
  B('district.2', '各地工作开展情况', '沭阳县：报送率75.0%。'),
  B('criticise', '存在的主要问题', '沭阳县郑秀英诊所未报送。现予以通报批评。'),
];

describe('computeOverrides', () => {
  it('saves only the blocks whose text differs from the generated one', () => {
    const gen = learnGenerated({}, BLOCKS, {});
    const drafts = { ...Object.fromEntries(BLOCKS.map((b) => [b.id, b.text])), 'overall.self': '全市10家医疗机构完成自查自纠，进展顺利。' };
    expect(computeOverrides(BLOCKS, {}, drafts, gen)).toEqual({ 'overall.self': '全市10家医疗机构完成自查自纠，进展顺利。' });
  });

  it('drops an edit put back to the generated wording', () => {
    const gen = learnGenerated({}, BLOCKS, {});
    // The preview now shows the saved override; the clerk typed the original text back.
    const shown = BLOCKS.map((b) => (b.id === 'opening' ? { ...b, text: '改过的导语。' } : b));
    const saved = { opening: '改过的导语。' };
    const out = computeOverrides(shown, saved, { opening: BLOCKS[0].text }, learnGenerated(gen, shown, saved));
    expect(out).toEqual({});
  });

  it('keeps an override saved in an earlier session even when its generated text is unknown', () => {
    const shown = BLOCKS.map((b) => (b.id === 'opening' ? { ...b, text: '上次改的导语。' } : b));
    const saved = { opening: '上次改的导语。' };
    const gen = learnGenerated({}, shown, saved);
    expect(gen.opening).toBeUndefined();
    expect(computeOverrides(shown, saved, {}, gen)).toEqual(saved);
    expect(computeOverrides(shown, saved, { opening: '再改一次。' }, gen)).toEqual({ opening: '再改一次。' });
  });

  it('keeps saved overrides of blocks the current preview lacks (a criticism paragraph gone after review)', () => {
    const shown = BLOCKS.filter((b) => b.id !== 'criticise');
    const saved = { criticise: '措辞缓和后的批评。' };
    expect(computeOverrides(shown, saved, {}, learnGenerated({}, shown, saved))).toEqual(saved);
  });
});

describe('drafts', () => {
  it('dirtyIds lists blocks whose textarea differs from the preview', () => {
    expect(dirtyIds(BLOCKS, {})).toEqual([]);
    expect(dirtyIds(BLOCKS, { 'district.2': '沭阳县：报送率75.0%，需加快。', 'district.1': BLOCKS[3].text })).toEqual(['district.2']);
  });

  it('mergeDrafts keeps unsaved typing and takes the new text elsewhere', () => {
    const drafts = { 'district.2': '我的修改', opening: BLOCKS[0].text };
    const next = BLOCKS.map((b) => (b.id === 'district.2' || b.id === 'opening' ? { ...b, text: `${b.text}（新数据）` } : b)).filter((b) => b.id !== 'criticise');
    const merged = mergeDrafts(BLOCKS, drafts, next);
    expect(merged['district.2']).toBe('我的修改');
    expect(merged.opening).toBe(`${BLOCKS[0].text}（新数据）`);
    expect(merged.criticise).toBeUndefined();
  });

  it('draftProblems refuses an emptied paragraph, naming section and item', () => {
    expect(draftProblems(BLOCKS, {})).toEqual([]);
    const p = draftProblems(BLOCKS, { 'overall.self': '  ', 'district.2': 'x'.repeat(20_001) });
    expect(p).toHaveLength(2);
    expect(p[0]).toContain('总体进展情况 · 自查自纠');
    expect(p[1]).toContain('各地工作开展情况 · 第2段');
  });

  it('sameOverrides compares keys and texts', () => {
    expect(sameOverrides({ a: '1' }, { a: '1' })).toBe(true);
    expect(sameOverrides({ a: '1' }, { a: '2' })).toBe(false);
    expect(sameOverrides({ a: '1' }, { b: '1' })).toBe(false);
    expect(sameOverrides({}, { a: '1' })).toBe(false);
  });
});

describe('groupBlocks', () => {
  it('groups by section in document order, titling run-in items and numbering paragraphs', () => {
    const g = groupBlocks(BLOCKS);
    expect(g.map((x) => x.section)).toEqual(['导语', '总体进展情况', '各地工作开展情况', '存在的主要问题']);
    expect(g[1].items.map((i) => i.title)).toEqual(['报送情况', '自查自纠']);
    expect(g[2].items.map((i) => i.title)).toEqual(['第1段', '第2段']);
  });
});

describe('staleNamings', () => {
  it('finds an excluded unit still written in an edited naming paragraph of its list', () => {
    const texts = { criticise: '沭阳县郑秀英诊所未报送。', 'district.2': '沭阳县郑秀英诊所', praise: '宿城区等单位' };
    expect(staleNamings(texts, [{ name: '沭阳县郑秀英诊所', list: 'criticise' }])).toEqual([{ id: 'criticise', name: '沭阳县郑秀英诊所' }]);
    expect(staleNamings(texts, [{ name: '宿城区', list: 'praise' }])).toEqual([{ id: 'praise', name: '宿城区' }]);
    expect(staleNamings(texts, [{ name: '宿城区', list: 'criticise' }])).toEqual([]);
  });
});
