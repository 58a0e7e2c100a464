import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeZipName, extractZipEntry } from '../../../renderer/lib/zip-entry';

/** A zip whose entry names are GBK bytes without the UTF-8 flag (made on Chinese Windows). */
function gbkZip(): Uint8Array {
  // 宿城区.xlsx in GBK: CBDE B3C7 C7F8 then ".xlsx"
  const gbk = [0xcb, 0xde, 0xb3, 0xc7, 0xc7, 0xf8, ...strToU8('.xlsx')];
  const latin1 = String.fromCharCode(...gbk);
  return zipSync({ [latin1]: strToU8('GBK-BYTES') });
}

describe('decodeZipName', () => {
  it('leaves ASCII, re-decodes UTF-8 bytes and falls back to GBK', () => {
    expect(decodeZipName('a/b.xlsx')).toBe('a/b.xlsx');
    const utf8AsLatin1 = String.fromCharCode(...new TextEncoder().encode('宿城区.xlsx'));
    expect(decodeZipName(utf8AsLatin1)).toBe('宿城区.xlsx');
    expect(decodeZipName(String.fromCharCode(0xcb, 0xde, 0xb3, 0xc7, 0xc7, 0xf8))).toBe('宿城区');
  });
});

describe('extractZipEntry', () => {
  const zip = zipSync({ '六月/宿城区/a.xlsx': strToU8('A'), 'b.xlsx': strToU8('B'), '内层.zip': zipSync({ 'c.xlsx': strToU8('C') }) });

  it('finds an entry by its path inside the zip', () => {
    expect(new TextDecoder().decode(extractZipEntry(zip, '六月/宿城区/a.xlsx')!)).toBe('A');
    expect(new TextDecoder().decode(extractZipEntry(zip, 'b.xlsx')!)).toBe('B');
  });

  it('follows a zip inside the zip', () => {
    expect(new TextDecoder().decode(extractZipEntry(zip, '内层.zip/c.xlsx')!)).toBe('C');
  });

  it('finds GBK-named entries by their Chinese name', () => {
    expect(new TextDecoder().decode(extractZipEntry(gbkZip(), '宿城区.xlsx')!)).toBe('GBK-BYTES');
  });

  it('returns null when the entry is not there', () => {
    expect(extractZipEntry(zip, '六月/不存在.xlsx')).toBeNull();
    expect(extractZipEntry(zip, '内层.zip/d.xlsx')).toBeNull();
  });
});
