import { describe, expect, it } from 'vitest';
import { builtinFormat, isBuiltinDateId, isDateFormatCode } from '../../../../electron/import/xlsx/num-fmt';

describe('number formats', () => {
  it('recognises date and time format codes', () => {
    for (const code of [
      'yyyy-mm-dd',
      'yyyy/m/d',
      'm/d/yy h:mm',
      'yyyy"年"m"月"d"日"',
      '[$-804]yyyy"年"m"月"d"日" dddd',
      '[DBNum1][$-804]yyyy"年"m"月"d"日"',
      'yyyy年m月d日',
      'h:mm:ss',
      '[h]:mm',
      '[mm]:ss',
      'mmm-yy',
      'dd/mm/yyyy;@',
      '上午/下午h"时"mm"分"',
    ]) {
      expect(isDateFormatCode(code), code).toBe(true);
    }
  });

  it('does not mistake numbers, text and literals for dates', () => {
    for (const code of [
      'General',
      '0',
      '0.00',
      '#,##0.00_ ;[Red]\\-#,##0.00\\ ',
      '0.00%',
      '0.00E+00',
      '@',
      '#,##0"元"',
      '0"天"',
      '[DBNum1][$-804]General',
      '[Red]0.0',
      '"Day "0',
      '#,##0 "hrs"',
      '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)',
      '',
    ]) {
      expect(isDateFormatCode(code), code).toBe(false);
    }
  });

  it('built-in ids, including the zh-CN date ids', () => {
    expect(builtinFormat(14)).toBe('mm-dd-yy');
    expect(builtinFormat(31)).toBe('yyyy"年"m"月"d"日"');
    for (const id of [14, 22, 27, 31, 36, 45, 50, 57, 58]) expect(isBuiltinDateId(id), String(id)).toBe(true);
    for (const id of [0, 1, 9, 37, 49, 164]) expect(isBuiltinDateId(id), String(id)).toBe(false);
    expect(builtinFormat(164)).toBeUndefined();
  });
});
