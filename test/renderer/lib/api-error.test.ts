import { describe, expect, it } from 'vitest';
import { ApiError, describeError, httpStatusError, unwrapResult } from '../../../renderer/lib/api-error';

describe('unwrapResult', () => {
  it('returns data or throws the payload as ApiError', () => {
    expect(unwrapResult<number>({ ok: true, data: 3 })).toBe(3);
    try {
      unwrapResult({ ok: false, error: { code: 'conflict', message: '已存在', details: [{ rule: 'x', severity: '错误', message: 'm' }] } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe('conflict');
      expect((e as ApiError).details).toHaveLength(1);
    }
  });

  it('refuses answers that are not a Result', () => {
    expect(() => unwrapResult('<html>')).toThrow('无法识别的应答');
    expect(() => unwrapResult({ ok: false })).toThrow('无法识别的应答');
  });
});

describe('describeError', () => {
  it('lists located issues under the message, up to a limit', () => {
    const details = Array.from({ length: 7 }, (_, i) => ({ rule: 'r', severity: '错误' as const, message: `问题${i + 1}`, sheet: '名册', cell: `A${i + 2}` }));
    const text = describeError(new ApiError('validation', '名册有误', details), 2);
    expect(text.split('\n')).toEqual(['名册有误', '名册!A2：问题1', '名册!A3：问题2', '……共 7 处问题']);
    expect(describeError(new Error('坏了'))).toBe('坏了');
  });

  it('words transport failures for the clerk', () => {
    expect(httpStatusError(401).message).toContain('带 token');
    expect(httpStatusError(500).message).toContain('HTTP 500');
  });
});
