import { describe, expect, it } from 'vitest';
import { heading, paragraph } from '../../../shared/documents/document-model';
import { LEADING_HEADING_NUMBER_RE, chineseNumeral, headingLabel, numberHeadings, runInHeadingText } from '../../../shared/documents/headings';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [2024, '二千零二十四'],
  ])('%i → %s', (n, zh) => expect(chineseNumeral(n)).toBe(zh));

  it('rejects 0 and fractions', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('headingLabel', () => {
  it('follows 一、（一）1.（1）', () => {
    expect([1, 2, 3, 4].map((l) => headingLabel(l as 1 | 2 | 3 | 4, 3))).toEqual(['三、', '（三）', '3.', '（3）']);
    expect(headingLabel(1, 12)).toBe('十二、');
  });
});

describe('numberHeadings', () => {
  it('counts per level and restarts deeper levels under a new parent', () => {
    const blocks = [
      heading(1, 'A'),
      heading(2, 'A1'),
      paragraph('x'),
      heading(2, 'A2'),
      heading(3, 'A2a'),
      heading(4, 'A2a-i'),
      heading(1, 'B'),
      heading(2, 'B1'),
      heading(3, 'B1a'),
    ];
    expect(numberHeadings(blocks)).toEqual(['一、', '（一）', undefined, '（二）', '1.', '（1）', '二、', '（一）', '1.']);
  });

  it('prints overrides as given without advancing the counter', () => {
    const blocks = [heading(1, 'A'), heading(1, '说明', { number: false }), heading(1, 'B'), heading(1, 'C', { number: '五、' }), heading(1, 'D')];
    expect(numberHeadings(blocks)).toEqual(['一、', '', '二、', '五、', '三、']);
  });
});

describe('LEADING_HEADING_NUMBER_RE', () => {
  it('spots typed numbers but not figures that start a sentence', () => {
    for (const t of ['一、总体', '（二）组织', '(三)组织', '3.自查', '3．自查', '（4）检查']) expect(LEADING_HEADING_NUMBER_RE.test(t)).toBe(true);
    for (const t of ['总体进展', '2024年工作', '3.5万元罚款', '12345热线']) expect(LEADING_HEADING_NUMBER_RE.test(t)).toBe(false);
  });
});

describe('runInHeadingText', () => {
  it('adds 。 unless the heading already ends with punctuation', () => {
    expect(runInHeadingText('组织部署')).toBe('组织部署。');
    expect(runInHeadingText('组织部署：')).toBe('组织部署：');
  });
});
