/**
 * 统一社会信用代码 (USCC), GB 32100-2015. Position 18 is a hard check (mod 31); the embedded
 * organisation-code check at position 17 (GB 11714, mod 11) is only a warning, because real codes
 * exist that fail it (domain.md §5.1).
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccCheck =
  | { ok: true; code: string; orgCheckWarning?: string }
  | { ok: false; code: string; reason: string };

/** Upper-cases and strips spaces (incl. full-width) so pasted codes compare equal. */
export function normalizeUscc(raw: string): string {
  return raw
    .replace(/[\s\u3000\u00a0]/g, '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** The check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

function orgCheckChar(body8: string): string {
  const v = (c: string) => (/\d/.test(c) ? +c : c.charCodeAt(0) - 55);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += v(body8[i]) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Validates a USCC and says why it fails, in Chinese. */
export function checkUscc(raw: string): UsccCheck {
  const code = normalizeUscc(raw);
  if (code.length !== 18) {
    return { ok: false, code, reason: `统一社会信用代码应为18位，实际${code.length}位` };
  }
  const bad = [...code].find((c) => !CHARSET.includes(c));
  if (bad) {
    return { ok: false, code, reason: `统一社会信用代码含有不允许的字符“${bad}”（不使用 I、O、S、V、Z）` };
  }
  if (!FORMAT.test(code)) {
    return { ok: false, code, reason: '统一社会信用代码第3–8位应为行政区划数字代码' };
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code[17]) {
    return { ok: false, code, reason: `统一社会信用代码校验位错误：第18位应为“${expected}”，实际为“${code[17]}”` };
  }
  const org = code.slice(8, 16);
  const orgExpected = /^[0-9A-Z]{8}$/.test(org) ? orgCheckChar(org) : null;
  if (orgExpected !== null && orgExpected !== code[16]) {
    return { ok: true, code, orgCheckWarning: `组织机构代码校验位（第17位）应为“${orgExpected}”，请核对` };
  }
  return { ok: true, code };
}

export function isValidUscc(raw: string): boolean {
  return checkUscc(raw).ok;
}

/** Builds a valid USCC from a 2-char prefix, 6-digit region and 8-char body (demo data, tests). */
export function makeUscc(prefix: string, region: string, body8: string): string {
  const s17 = prefix + region + body8 + orgCheckChar(body8);
  return s17 + usccCheckChar(s17);
}
