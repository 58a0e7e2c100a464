import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../../shared/import/chinese-numeral';

const value = (s: string) => {
  const r = parseChineseNumeral(s);
  if (!r.ok) throw new Error(`${s}: ${r.reason}`);
  return r.value;
};

describe('Chinese numerals', () => {
  it('reads the common forms', () => {
    const cases: [string, number][] = [
      ['〇', 0], ['零', 0], ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['一十二', 12], ['二十', 20],
      ['一百零五', 105], ['一百一十', 110], ['两千', 2000], ['两千零一十', 2010], ['一万', 10000],
      ['一万零五', 10005], ['十万', 100000], ['一百万', 1_000_000], ['一亿零一万', 100_010_000],
      ['二〇二三', 2023], ['一二', 12], ['壹佰零伍', 105], ['贰拾', 20], ['三百五', 350], ['一万二', 12000],
      ['两千五', 2500], ['一万零十二', 10012], [' 十二 ', 12],
    ];
    for (const [s, n] of cases) expect(value(s), s).toBe(n);
  });

  it('refuses malformed numerals', () => {
    for (const s of ['很多', '一二百', '百', '万', '十十', '百十', '一百五零', '一万一万', '三个', '']) {
      expect(parseChineseNumeral(s).ok, s).toBe(false);
    }
    expect(parseChineseNumeral('很多')).toEqual({ ok: false, reason: '“很多”不是有效的中文数字' });
  });

  it('writes canonical forms', () => {
    const cases: [number, string][] = [
      [0, '零'], [10, '十'], [12, '十二'], [20, '二十'], [105, '一百零五'], [110, '一百一十'], [1005, '一千零五'],
      [10010, '一万零一十'], [100000, '十万'], [100010, '十万零一十'], [1_000_100, '一百万零一百'],
      [100_000_005, '一亿零五'], [110_000_000, '一亿一千万'], [100_001_000, '一亿零一千'],
    ];
    for (const [n, s] of cases) expect(toChineseNumeral(n), String(n)).toBe(s);
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });

  it('round-trips every number from 0 to 99999', () => {
    for (let n = 0; n <= 99_999; n++) {
      const r = parseChineseNumeral(toChineseNumeral(n));
      if (!r.ok || r.value !== n) throw new Error(`${n} → ${toChineseNumeral(n)} → ${JSON.stringify(r)}`);
    }
  });

  it('round-trips large numbers (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
      expect(value(toChineseNumeral(n))).toBe(n);
    }), { numRuns: 2000 });
  });
});
