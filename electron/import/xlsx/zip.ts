/**
 * Minimal ZIP reader for OOXML packages. Reads the central directory itself (so truncation,
 * encrypted entries and zip64 are detected precisely) and inflates one entry at a time in bounded
 * chunks, so a zip bomb is refused by a byte budget instead of exhausting memory. CRCs are not
 * verified: a corrupted deflate stream or XML fails loudly anyway, and CRC32 would cost time on
 * the hot path.
 */
import { Inflate, inflateSync } from 'fflate';
import { AppError } from '../../../shared/errors';
import { readFail } from './errors';

export interface ZipEntry {
  /** Name as stored ('xl/worksheets/sheet1.xml'). */
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Case-insensitive lookup ('/' or '\\' separators, leading '/' ignored), as OPC part names are. */
  get(name: string): ZipEntry | undefined;
}

/** Shared across every entry read from one file: the zip-bomb guard. */
export interface ByteBudget {
  remaining: number;
  readonly limit: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
// Compressed bytes handed to the inflater per step; deflate expands at most ~1032×, so one step
// produces at most ~16 MB before the budget is checked again.
const INFLATE_STEP = 16 * 1024;
const MAX_ENTRIES = 20_000;
// Entries up to this compressed size are inflated in one call into a buffer of the declared size
// (+1 byte to detect an understated size). The streaming inflater reallocates its window per
// entry, which dominated the cost of small workbooks; a lying entry this small can at most make
// the inflater spin through ~256 MB of discarded output, not allocate it.
const ONE_SHOT_MAX_COMPRESSED = 256 * 1024;
// Real sheet XML compresses 5–50×, even with rows of identical formatting (cell references
// differ); deflate tops out near 1032×. Past this ratio, after a grace amount, it is a bomb.
const MAX_RATIO = 500;
const RATIO_GRACE = 4 * 1024 * 1024;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

const TRUNCATED = '文件不完整或已损坏（压缩结构缺失，可能是下载或拷贝未完成）。请重新获取原文件，或用 Excel/WPS 打开后另存为 .xlsx 再导入。';
const CORRUPT = '文件已损坏，无法读取。请用 Excel/WPS 打开后另存为 .xlsx 再导入。';

export function normalizePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === SIG_EOCD) return i;
  }
  return -1;
}

/** Parses the central directory. Throws AppError('validation') for truncated or corrupt archives. */
export function openZip(bytes: Uint8Array): ZipArchive {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw readFail(TRUNCATED);
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== SIG_EOCD64_LOCATOR) throw readFail(CORRUPT);
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== SIG_EOCD64) throw readFail(TRUNCATED);
    count = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
  }
  if (cdOffset + cdSize > bytes.length) throw readFail(TRUNCATED);
  if (count > MAX_ENTRIES) throw readFail(`压缩包内条目过多（${count} 个，上限 ${MAX_ENTRIES}），不是正常的表格文件。`);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  const index = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) throw readFail(CORRUPT);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localHeaderOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen + extraLen > bytes.length) throw readFail(CORRUPT);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // zip64 extra field (0x0001): present values appear in a fixed order.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === 0xffffffff) (uncompressedSize = u64(bytes, q)), (q += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(bytes, q)), (q += 8);
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, q);
          break;
        }
        e += 4 + size;
      }
    }
    if (flags & 0x1) {
      throw readFail('文件中的数据经过加密（压缩包密码），无法读取。请取消密码后另存为 .xlsx 再导入。');
    }
    const entry: ZipEntry = { name, method, compressedSize, uncompressedSize, localHeaderOffset };
    entries.push(entry);
    if (!name.endsWith('/')) index.set(normalizePartName(name), entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { bytes, entries, get: (name) => index.get(normalizePartName(name)) };
}

function entryData(zip: ZipArchive, e: ZipEntry): Uint8Array {
  const b = zip.bytes;
  const o = e.localHeaderOffset;
  if (o + 30 > b.length || u32(b, o) !== SIG_LOCAL) throw readFail(TRUNCATED);
  const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw readFail(TRUNCATED);
  return b.subarray(start, end);
}

/**
 * Whether an entry is small enough that its inflated size is guaranteed small: it takes the
 * one-shot path, whose output can never exceed the declared size.
 */
export function isSmallEntry(e: ZipEntry, limit: number): boolean {
  return e.compressedSize <= ONE_SHOT_MAX_COMPRESSED && e.uncompressedSize <= limit;
}

function ratioExceeded(e: ZipEntry): Error {
  return readFail(`文件的压缩比异常（超过 ${MAX_RATIO} 倍，疑似恶意构造的“压缩炸弹”），已拒绝读取。请向发送方索取正常的 .xlsx 文件。`, e.name);
}

function budgetExceeded(budget: ByteBudget): Error {
  const mb = Math.round(budget.limit / 1024 / 1024);
  return readFail(`文件解压后超过 ${mb} MB 的上限（可能是异常或恶意构造的文件），已拒绝读取。如确为正常数据，请拆分为多个较小的文件后导入。`);
}

/**
 * Streams one entry's uncompressed bytes to `onChunk`, charging them to `budget`. The declared
 * size is checked first (an honest bomb is refused without inflating anything); the running count
 * catches archives that understate it.
 */
export function readEntry(zip: ZipArchive, e: ZipEntry, budget: ByteBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (e.uncompressedSize > budget.remaining) throw budgetExceeded(budget);
  const data = entryData(zip, e);
  const charge = (n: number) => {
    budget.remaining -= n;
    if (budget.remaining < 0) throw budgetExceeded(budget);
  };
  if (e.method === 0) {
    charge(data.length);
    onChunk(data);
    return;
  }
  if (e.method !== 8) throw readFail(`文件使用了不支持的压缩方式（${e.method}），请用 Excel/WPS 另存为 .xlsx 后导入。`);
  if (data.length === 0) {
    if (e.uncompressedSize === 0) return;
    throw readFail(CORRUPT, `${e.name}: 数据为空`);
  }
  if (e.uncompressedSize > RATIO_GRACE && e.uncompressedSize > data.length * MAX_RATIO) throw ratioExceeded(e);
  if (e.compressedSize <= ONE_SHOT_MAX_COMPRESSED) {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(e.uncompressedSize + 1) });
    } catch (err) {
      throw readFail(CORRUPT, `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (out.length > e.uncompressedSize) throw readFail(CORRUPT, `${e.name}: 解压后大小与记录不符`);
    charge(out.length);
    if (out.length) onChunk(out);
    return;
  }
  let produced = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length === 0) return;
    charge(chunk.length);
    produced += chunk.length;
    if (produced > RATIO_GRACE && produced > consumed * MAX_RATIO) throw ratioExceeded(e);
    onChunk(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_STEP) {
      const end = Math.min(i + INFLATE_STEP, data.length);
      consumed = end;
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw readFail(CORRUPT, `${e.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
