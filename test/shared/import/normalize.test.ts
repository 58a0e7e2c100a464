import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCountCell, parseNumberCell, parseYesNo, type ParseResult } from '../../../shared/import/normalize';

const ok = <T>(r: ParseResult<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r.value;
};
const reason = <T>(r: ParseResult<T>): string => {
  if (r.ok) throw new Error(`expected a refusal, got ${String(r.value)}`);
  return r.reason;
};

const FULL = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('parseNumberCell', () => {
  it('reads numbers and the ways clerks type them', () => {
    expect(ok(parseNumberCell(12))).toBe(12);
    expect(ok(parseNumberCell(' 12 '))).toBe(12);
    expect(ok(parseNumberCell('1,234'))).toBe(1234);
    expect(ok(parseNumberCell('1 234 567.5'))).toBe(1234567.5);
    expect(ok(parseNumberCell('１２３'))).toBe(123);
    expect(ok(parseNumberCell('１，２３４．５'))).toBe(1234.5);
    expect(ok(parseNumberCell('\u3000７\u00a0'))).toBe(7);
    expect(ok(parseNumberCell('－3'))).toBe(-3);
    expect(ok(parseNumberCell('−3'))).toBe(-3);
    expect(ok(parseNumberCell('+ 3'))).toBe(3);
    expect(ok(parseNumberCell('.5'))).toBe(0.5);
    expect(ok(parseNumberCell('5.'))).toBe(5);
    expect(ok(parseNumberCell('1e3'))).toBe(1000);
    expect(ok(parseNumberCell('-0'))).toBe(0);
    expect(Object.is(ok(parseNumberCell('-0')), -0)).toBe(false);
  });

  it('drops a count unit and reads 无 and Chinese numerals, with a note', () => {
    expect(parseNumberCell('3个')).toEqual({ ok: true, value: 3, note: '已忽略单位“个”' });
    expect(parseNumberCell('12 家')).toMatchObject({ ok: true, value: 12 });
    expect(parseNumberCell('无')).toMatchObject({ ok: true, value: 0, note: '“无”按 0 计' });
    expect(parseNumberCell('十二')).toMatchObject({ ok: true, value: 12, note: '“十二”按 12 计' });
    expect(parseNumberCell('两个')).toMatchObject({ ok: true, value: 2 });
  });

  it('refuses text, 万-scaled values, percentages and placeholders with Chinese reasons', () => {
    expect(reason(parseNumberCell('很多'))).toBe('“很多”不是数字，请填写阿拉伯数字（如 12）');
    expect(reason(parseNumberCell('12.5万'))).toMatch(/带有“万\/亿”：请按表头注明的单位直接填写数字/);
    expect(reason(parseNumberCell('3万元'))).toMatch(/万/);
    expect(reason(parseNumberCell('十万'))).toMatch(/万/);
    expect(reason(parseNumberCell('12%'))).toMatch(/百分号/);
    expect(reason(parseNumberCell('-'))).toMatch(/没有请填 0/);
    expect(reason(parseNumberCell('/'))).toMatch(/没有请填 0/);
    expect(reason(parseNumberCell('1,23'))).toMatch(/不是数字/);
    expect(reason(parseNumberCell('1,234,56'))).toMatch(/不是数字/);
    expect(reason(parseNumberCell('1.2.3'))).toMatch(/不是数字/);
    expect(reason(parseNumberCell('条件'))).toMatch(/不是数字/);
    expect(reason(parseNumberCell(true))).toMatch(/逻辑值 TRUE 不是数字/);
    expect(reason(parseNumberCell(Number.NaN))).toMatch(/不是有效数字/);
    expect(reason(parseNumberCell(null))).toBe('未填写');
    expect(reason(parseNumberCell('\u3000'))).toBe('未填写');
  });

  it('round-trips numbers formatted with separators and full-width characters (property)', () => {
    const num = fc.record({
      neg: fc.boolean(),
      int: fc.bigInt({ min: 0n, max: 999_999_999_999n }),
      frac: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
      style: fc.constantFrom('plain', 'comma', 'space', 'full', 'fullComma', 'padded', 'unit'),
    });
    fc.assert(
      fc.property(num, ({ neg, int, frac, style }) => {
        const digits = int.toString();
        const plain = `${neg ? '-' : ''}${digits}${frac !== undefined ? '.' + frac : ''}`;
        const body = (sep: string) => `${neg ? '-' : ''}${group(digits, sep)}${frac !== undefined ? '.' + frac : ''}`;
        const text = {
          plain,
          comma: body(','),
          space: body(' '),
          full: FULL(plain),
          fullComma: FULL(body(',')),
          padded: `\u3000${body(',')}\u00a0`,
          unit: `${plain}个`,
        }[style];
        expect(ok(parseNumberCell(text))).toBe(Number(plain) === 0 ? 0 : Number(plain));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseCountCell', () => {
  it('accepts non-negative integers and refuses the rest', () => {
    expect(ok(parseCountCell('3'))).toBe(3);
    expect(ok(parseCountCell(3.0000000000001))).toBe(3);
    expect(reason(parseCountCell(-1))).toBe('-1 为负数：数量不能小于 0');
    expect(reason(parseCountCell('2.5'))).toBe('2.5 不是整数：数量应填写整数');
    expect(reason(parseCountCell('很多'))).toMatch(/不是数字/);
  });
});

describe('parseYesNo', () => {
  it('reads the usual marks', () => {
    for (const y of ['是', '√', '✓', '有', 'Y', 'y', 'Yes', '对', 'TRUE', '１', ' 是 ', true, 1]) expect(ok(parseYesNo(y)), String(y)).toBe(true);
    for (const n of ['否', '×', '✗', '无', 'N', 'no', 'X', 'Ｘ', '错', 'false', '0', '没有', false, 0]) expect(ok(parseYesNo(n)), String(n)).toBe(false);
  });

  it('refuses anything else', () => {
    expect(reason(parseYesNo('也许'))).toBe('“也许”不是“是/否”，请填写“是”或“否”');
    expect(reason(parseYesNo(2))).toMatch(/不是“是\/否”/);
    expect(reason(parseYesNo(''))).toBe('未填写');
  });
});
