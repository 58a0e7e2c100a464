import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso, isoToExcelSerial, parseDateCell } from '../../../shared/import/date-cell';
import { toChineseNumeral } from '../../../shared/import/chinese-numeral';
import type { ParseResult } from '../../../shared/import/parse-result';

const ok = (r: ParseResult<string>): string => {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r.value;
};
const reason = (r: ParseResult<string>): string => {
  if (r.ok) throw new Error(`expected a refusal, got ${r.value}`);
  return r.reason;
};
const FULL = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const pad = (n: number) => String(n).padStart(2, '0');

describe('Excel serials', () => {
  it('follow the 1900 system with its phantom leap day', () => {
    expect(ok(excelSerialToIso(1))).toBe('1900-01-01');
    expect(ok(excelSerialToIso(59))).toBe('1900-02-28');
    expect(reason(excelSerialToIso(60))).toMatch(/1900-02-29 在日历中不存在/);
    expect(ok(excelSerialToIso(61))).toBe('1900-03-01');
    expect(ok(excelSerialToIso(25569))).toBe('1970-01-01');
    expect(ok(excelSerialToIso(45082))).toBe('2023-06-05');
    expect(ok(excelSerialToIso(45082.75))).toBe('2023-06-05');
    expect(ok(excelSerialToIso(45082.99999999999))).toBe('2023-06-06'); // Excel rounds to the millisecond
    expect(ok(excelSerialToIso(2958465))).toBe('9999-12-31');
    expect(reason(excelSerialToIso(0))).toMatch(/超出范围/);
    expect(reason(excelSerialToIso(2958466))).toMatch(/超出范围/);
  });

  it('and the 1904 system', () => {
    expect(ok(excelSerialToIso(0, { date1904: true }))).toBe('1904-01-01');
    expect(ok(excelSerialToIso(43620, { date1904: true }))).toBe('2023-06-05');
    expect(isoToExcelSerial('2023-06-05', { date1904: true })).toBe(43620);
  });

  it('round-trip through isoToExcelSerial (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), fc.boolean(), (serial, d1904) => {
        const iso = ok(excelSerialToIso(serial));
        expect(isoToExcelSerial(iso)).toBe(serial);
        if (d1904 && serial >= 1462) expect(ok(excelSerialToIso(isoToExcelSerial(iso, { date1904: true }), { date1904: true }))).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseDateCell', () => {
  it('reads the text forms clerks type', () => {
    for (const text of ['2023.6.5', '2023-6-5', '2023/06/05', '2023年6月5日', '2023年6月5号', '2023 年 6 月 5 日', '20230605', '２０２３．６．５', '2023-06-05 00:00:00', '2023/6/5 8:30', '2023-06-05T00:00:00.000Z', '二〇二三年六月五日', ' 2023-6-5\u3000']) {
      expect(ok(parseDateCell(text)), text).toBe('2023-06-05');
    }
    expect(ok(parseDateCell('二〇二三年十二月三十一日'))).toBe('2023-12-31');
    expect(ok(parseDateCell('二〇二三年六月廿一日'))).toBe('2023-06-21');
  });

  it('reads numbers: serials when date-formatted, yyyymmdd, plausible serials with a note', () => {
    expect(ok(parseDateCell(45082, true))).toBe('2023-06-05');
    expect(ok(parseDateCell(20230605))).toBe('2023-06-05');
    expect(parseDateCell(45082)).toEqual({ ok: true, value: '2023-06-05', note: '数字 45082 按 Excel 日期序列号读作 2023-06-05' });
    expect(ok(parseDateCell('45082'))).toBe('2023-06-05');
    expect(reason(parseDateCell(12))).toBe('数字 12 不是日期，请填写日期（如 2023-06-05）');
    expect(ok(parseDateCell(12, true))).toBe('1900-01-12');
    expect(ok(parseDateCell(new Date(Date.UTC(2023, 5, 5))))).toBe('2023-06-05');
  });

  it('two-digit years follow Excel (00–29 → 20xx) with a note', () => {
    expect(parseDateCell('23.6.5')).toEqual({ ok: true, value: '2023-06-05', note: '两位年份按 2023 年理解' });
    expect(ok(parseDateCell('99/1/2'))).toBe('1999-01-02');
  });

  it('refuses impossible or incomplete dates with Chinese reasons', () => {
    expect(reason(parseDateCell('2023-02-29'))).toBe('2023年2月没有29日');
    expect(ok(parseDateCell('2024-02-29'))).toBe('2024-02-29');
    expect(reason(parseDateCell('2023-13-01'))).toMatch(/月份 13 不存在/);
    expect(reason(parseDateCell('6月5日'))).toMatch(/缺少年份/);
    expect(reason(parseDateCell('2023-6/5'))).toMatch(/不是可识别的日期/);
    expect(reason(parseDateCell('很多'))).toBe('“很多”不是可识别的日期，请写成 2023-06-05 或 2023年6月5日');
    expect(reason(parseDateCell('20231305'))).toMatch(/月份 13/);
    expect(reason(parseDateCell(true))).toMatch(/逻辑值/);
    expect(reason(parseDateCell(null))).toBe('未填写');
    expect(reason(parseDateCell('  '))).toBe('未填写');
  });

  it('round-trips every date through every text format (property)', () => {
    const date = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), (d, fmt) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = `${y}-${pad(m)}-${pad(day)}`;
        const digitsCn = (n: number) => [...String(n)].map((c) => '〇一二三四五六七八九'[Number(c)]).join('');
        const input: string | number = [
          `${y}.${m}.${day}`,
          `${y}-${m}-${day}`,
          `${y}/${pad(m)}/${pad(day)}`,
          `${y}年${m}月${day}日`,
          `${y}${pad(m)}${pad(day)}`,
          FULL(`${y}.${m}.${day}`),
          FULL(`${y}-${pad(m)}-${pad(day)}`),
          `${y}-${pad(m)}-${pad(day)} 00:00:00`,
          `${digitsCn(y)}年${toChineseNumeral(m)}月${toChineseNumeral(day)}日`,
          isoToExcelSerial(iso),
          Number(`${y}${pad(m)}${pad(day)}`),
        ][fmt];
        expect(ok(parseDateCell(input, fmt === 9))).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });
});
