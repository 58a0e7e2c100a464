/**
 * Browser-mode session token. The server prints `http://127.0.0.1:PORT/?token=…`; on first load it
 * sets a cookie, and we also keep the token in sessionStorage to send as `X-Rectify-Token`, so a
 * reload after the address bar was cleaned still authenticates. Pure: the caller passes storage.
 */
export const TOKEN_PARAM = 'token';
export const TOKEN_STORAGE_KEY = 'rectify-token';
export const TOKEN_HEADER = 'X-Rectify-Token';

export interface TokenResolution {
  token: string | null;
  /** `search` without the token parameter ('' when nothing remains), to replace the address. */
  cleanedSearch: string;
  /** True when the URL carried a token (so storage should be updated and the address cleaned). */
  fromUrl: boolean;
}

export function resolveToken(search: string, stored: string | null): TokenResolution {
  const params = new URLSearchParams(search);
  const fromUrl = params.get(TOKEN_PARAM);
  if (fromUrl) {
    params.delete(TOKEN_PARAM);
    const rest = params.toString();
    return { token: fromUrl, cleanedSearch: rest ? `?${rest}` : '', fromUrl: true };
  }
  return { token: stored && stored.length > 0 ? stored : null, cleanedSearch: search, fromUrl: false };
}
