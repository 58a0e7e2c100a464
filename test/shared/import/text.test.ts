import { describe, expect, it } from 'vitest';
import { cellText, isBlank, normalizeCode, normalizeKey, quoteValue, toHalfWidth, trimCell } from '../../../shared/import/text';

describe('text normalisation', () => {
  it('trims U+3000, NBSP, BOM and zero-width characters', () => {
    expect(trimCell('\u3000\u00a0 南京\u200b医院 \ufeff\t\n')).toBe('南京医院');
    expect(trimCell('中 间')).toBe('中 间');
  });

  it('converts full-width ASCII but leaves Chinese punctuation', () => {
    expect(toHalfWidth('ＡＢＣ１２３，．：（）！　')).toBe('ABC123,.:()! ');
    expect(toHalfWidth('存在问题：无。“是”、《通知》')).toBe('存在问题:无。“是”、《通知》');
  });

  it('keys and codes', () => {
    expect(normalizeKey(' 已 整改\u3000')).toBe('已整改');
    expect(normalizeKey('ＡＢＣ')).toBe('abc');
    expect(normalizeCode(' ９１３２０１０６ＭＡ１Ｘ ')).toBe('91320106MA1X');
  });

  it('blank and cell text', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank('\u3000')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(12)).toBe('12');
    expect(cellText(true)).toBe('是');
    expect(cellText(new Date(Date.UTC(2023, 5, 5)))).toBe('2023-06-05');
    expect(quoteValue('一二三四五六七八九十一二三四五六七八九十一')).toBe('“一二三四五六七八九十一二三四五六七八九十…”');
  });
});
