import { describe, expect, it } from 'vitest';
import { resolveToken } from '../../../renderer/lib/token';

describe('resolveToken', () => {
  it('takes the token from the URL and cleans the address', () => {
    expect(resolveToken('?token=abc&x=1', null)).toEqual({ token: 'abc', cleanedSearch: '?x=1', fromUrl: true });
    expect(resolveToken('?token=abc', 'old')).toEqual({ token: 'abc', cleanedSearch: '', fromUrl: true });
  });

  it('falls back to the stored token, else none', () => {
    expect(resolveToken('', 'kept')).toEqual({ token: 'kept', cleanedSearch: '', fromUrl: false });
    expect(resolveToken('?a=1', '')).toEqual({ token: null, cleanedSearch: '?a=1', fromUrl: false });
  });
});
