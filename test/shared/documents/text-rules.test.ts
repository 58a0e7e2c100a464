import { describe, expect, it } from 'vitest';
import {
  DOC_NUMBER_RE,
  attachmentLabel,
  charWidth,
  formatDocDate,
  formatTableValue,
  inRoundBrackets,
  signatureOffsets,
  titleLines,
  withFinalColon,
  withFinalPeriod,
} from '../../../shared/documents/text-rules';

describe('formatDocDate', () => {
  it('uses Arabic numerals without leading zeros by default (GB/T 9704-2012)', () => {
    expect(formatDocDate('2024-05-06')).toBe('2024年5月6日');
  });
  it('can use the 1999-style Chinese numerals', () => {
    expect(formatDocDate('2023-06-17', 'chinese')).toBe('二〇二三年六月十七日');
    expect(formatDocDate('2020-10-30', 'chinese')).toBe('二〇二〇年十月三十日');
  });
  it('rejects invalid dates in Chinese', () => {
    expect(() => formatDocDate('2024-02-30')).toThrow(/日期格式不正确/);
  });
});

describe('DOC_NUMBER_RE', () => {
  it('accepts 机关代字〔年份〕序号号 and rejects common mistakes', () => {
    expect(DOC_NUMBER_RE.test('宿卫发〔2021〕12号')).toBe(true);
    for (const bad of ['宿卫发[2021]12号', '宿卫发【2021】12号', '宿卫发（2021）12号', '宿卫发〔2021〕第12号', '宿卫发〔2021〕012号', '宿卫发〔21〕12号']) {
      expect(DOC_NUMBER_RE.test(bad)).toBe(false);
    }
  });
});

describe('charWidth and signatureOffsets', () => {
  it('counts full-width as 1, ASCII as ½ and a ¼ gap at each Chinese/digit switch', () => {
    expect(charWidth('卫生')).toBe(2);
    expect(charWidth('2024')).toBe(2);
    expect(charWidth('2024年5月16日')).toBe(6.5 + 5 * 0.25);
    expect(charWidth('“通报”')).toBe(4);
  });

  it('sealed: date 4 字 from the right, 署名 centred over it', () => {
    const o = signatureOffsets('某市卫生健康委员会', '2024年5月16日', true);
    expect(o.dateRight).toBe(4);
    const issuerCentre = o.issuerRight + 9 / 2;
    const dateCentre = o.dateRight + charWidth('2024年5月16日') / 2;
    expect(issuerCentre).toBeCloseTo(dateCentre, 5);
  });

  it('unsealed: 署名 2 字 from the right, date starting 2 字 further right', () => {
    const date = '2024年5月16日';
    const o = signatureOffsets('某市卫生健康委员会', date, false);
    expect(o.issuerRight).toBe(2);
    const issuerStart = o.issuerRight + 9;
    const dateStart = o.dateRight + charWidth(date);
    expect(issuerStart - dateStart).toBeCloseTo(2, 5);
  });

  it('never returns negative offsets for a very long 署名', () => {
    const o = signatureOffsets('某某省某某市卫生健康委员会专项整治工作领导小组办公室', '2024年5月16日', true);
    expect(o.issuerRight).toBe(0);
  });
});

describe('small text rules', () => {
  it('normalises colons, brackets and final periods', () => {
    expect(withFinalColon('各区卫生健康局:')).toBe('各区卫生健康局：');
    expect(inRoundBrackets('此件公开发布')).toBe('（此件公开发布）');
    expect(inRoundBrackets('（此件公开发布）')).toBe('（此件公开发布）');
    expect(withFinalPeriod('市医保局')).toBe('市医保局。');
    expect(withFinalPeriod('市医保局。')).toBe('市医保局。');
  });

  it('formats table values', () => {
    expect(formatTableValue(12)).toBe('12');
    expect(formatTableValue(80.456)).toBe('80.46');
    expect(formatTableValue(null)).toBe('');
    expect(formatTableValue(Number.NaN)).toBe('');
    expect(formatTableValue('95.0%')).toBe('95.0%');
  });

  it('labels attachments and splits titles only at the author’s breaks', () => {
    expect(attachmentLabel(0, 1)).toBe('附件');
    expect(attachmentLabel(1, 3)).toBe('附件2');
    expect(titleLines('关于A\n 的通报 \n')).toEqual(['关于A', '的通报']);
  });
});
