/**
 * Just enough of the OLE Compound File (CFB) format to list stream names. Both a legacy .xls and a
 * password-protected .xlsx are CFB files: the encrypted one holds EncryptionInfo and
 * EncryptedPackage streams, the .xls a Workbook (BIFF8) or Book (BIFF5) stream.
 */
import { readFail } from './errors';

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

const CORRUPT = '文件已损坏或不完整（旧版 Office 文件结构无法读取）。请用 Excel/WPS 打开后另存为 .xlsx 再导入。';

export function isCfb(b: Uint8Array): boolean {
  return b.length >= 8 && CFB_MAGIC.every((v, i) => b[i] === v);
}

/** Names of the storages and streams in a CFB file. Throws AppError('validation') when corrupt. */
export function cfbEntryNames(b: Uint8Array): string[] {
  if (b.length < 512) throw readFail(CORRUPT);
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) throw readFail(CORRUPT);
  const size = 1 << shift;
  const sectorCount = Math.floor(b.length / size) - 1;
  // The header fills "sector -1" (512 bytes, padded to 4096 in version 4 files).
  const sectorAt = (n: number) => (n + 1) * size;
  // FAT sector numbers: 109 in the header, the rest along the DIFAT chain.
  const fatSectors: number[] = [];
  const numFat = u32(b, 0x2c);
  for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(u32(b, 0x4c + i * 4));
  let difat = u32(b, 0x44);
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE && fatSectors.length < numFat; guard++) {
    if (guard > sectorCount || sectorAt(difat) + size > b.length) throw readFail(CORRUPT);
    const o = sectorAt(difat);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < numFat; i++) fatSectors.push(u32(b, o + i * 4));
    difat = u32(b, o + size - 4);
  }
  const next = (sector: number): number => {
    const per = size / 4;
    const fs = fatSectors[Math.floor(sector / per)];
    if (fs === undefined || sectorAt(fs) + size > b.length) throw readFail(CORRUPT);
    return u32(b, sectorAt(fs) + (sector % per) * 4);
  };
  const names: string[] = [];
  let dir = u32(b, 0x30);
  for (let guard = 0; dir !== END_OF_CHAIN; guard++) {
    if (guard > sectorCount || dir === FREE || sectorAt(dir) + size > b.length) throw readFail(CORRUPT);
    const o = sectorAt(dir);
    for (let e = 0; e < size; e += 128) {
      const type = b[o + e + 0x42];
      if (type !== 1 && type !== 2 && type !== 5) continue;
      const len = Math.min(u16(b, o + e + 0x40), 64);
      let name = '';
      for (let i = 0; i + 1 < len - 1; i += 2) name += String.fromCharCode(u16(b, o + e + i));
      names.push(name);
    }
    dir = next(dir);
  }
  return names;
}

export type CfbKind = 'encrypted-ooxml' | 'xls' | 'word' | 'powerpoint' | 'other';

export function classifyCfb(b: Uint8Array): CfbKind {
  const names = new Set(cfbEntryNames(b).map((n) => n.toLowerCase()));
  if (names.has('encryptedpackage') || names.has('encryptioninfo')) return 'encrypted-ooxml';
  if (names.has('workbook') || names.has('book')) return 'xls';
  if (names.has('worddocument')) return 'word';
  if (names.has('powerpoint document')) return 'powerpoint';
  return 'other';
}
