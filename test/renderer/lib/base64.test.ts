import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, mimeFor } from '../../../renderer/lib/base64';

describe('base64', () => {
  it('round-trips bytes, including sizes beyond one chunk', () => {
    const big = new Uint8Array(0x8000 * 2 + 17);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
    const b64 = bytesToBase64(big);
    expect(b64).toBe(Buffer.from(big).toString('base64'));
    expect(Buffer.from(base64ToBytes(b64)).equals(Buffer.from(big))).toBe(true);
  });

  it('handles empty input', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
    expect(base64ToBytes('').length).toBe(0);
  });

  it('knows office MIME types by extension', () => {
    expect(mimeFor('名册.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(mimeFor('通报.docx')).toContain('wordprocessingml');
    expect(mimeFor('noext')).toBe('application/octet-stream');
  });
});
