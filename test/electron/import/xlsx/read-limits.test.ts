/** Zip bombs, oversized sheets and broken archives are refused with Chinese messages, fast. */
import { deflateSync, strToU8, unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { readWorkbook } from '../../../../electron/import/xlsx/read-workbook';
import type { ReadOptions } from '../../../../electron/import/xlsx/types';
import { buildXlsx, deflateBomb, NS, rawZip, sheetXlsx, type RawZipEntry } from './fixtures';

function refusal(bytes: Uint8Array, opts?: ReadOptions): AppError {
  try {
    readWorkbook(bytes, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('validation');
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

/** A normal package whose first sheet is replaced by `sheet` (compressed data + declared size). */
function withSheet(sheet: { data: Uint8Array; size: number }, declaredSize = sheet.size): Uint8Array {
  const files = unzipSync(buildXlsx({ sheets: [{ name: 'S', body: '<sheetData/>' }] }));
  const entries: RawZipEntry[] = Object.entries(files).map(([name, raw]) =>
    name === 'xl/worksheets/sheet1.xml'
      ? { name, data: sheet.data, method: 8, declaredSize }
      : { name, data: deflateSync(raw), method: 8, declaredSize: raw.length },
  );
  return rawZip(entries);
}

const HERE = dirname(fileURLToPath(import.meta.url));
const SHEET_HEAD = `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

describe('zip bombs', () => {
  it('an honest 600 MB sheet is refused from its declared size without inflating', () => {
    const bytes = withSheet(deflateBomb(SHEET_HEAD, '<c s="1"/>      ', 600e6, SHEET_TAIL));
    expect(bytes.length).toBeLessThan(10e6);
    const t0 = performance.now();
    const err = refusal(bytes);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(err.message).toMatch(/解压后超过 64 MB 的上限/);
  });

  it('a bomb that understates its size is stopped by the running byte budget', () => {
    const bytes = withSheet(deflateBomb(SHEET_HEAD, '<c s="1"/>      ', 600e6, SHEET_TAIL), 4096);
    expect(refusal(bytes, { maxUncompressedBytes: 8 * 1024 * 1024 }).message).toMatch(/解压后超过 8 MB 的上限/);
  });

  it('an understated bomb of rows hits the row limit long before the byte budget', () => {
    const err = refusal(withSheet(deflateBomb(SHEET_HEAD, '<row><c><v>1</v></c></row>      ', 400e6, SHEET_TAIL), 4096));
    expect(err.message).toMatch(/第 100001 行（A100001）有内容，超过 100000 行的上限/);
    expect(err.details?.[0]).toMatchObject({ sheet: 'S', cell: 'A100001', severity: '错误' });
  });

  it('a classic high-ratio bomb inside the byte budget is refused by its compression ratio', () => {
    const raw = strToU8(`${SHEET_HEAD}${' '.repeat(6 * 1024 * 1024)}${SHEET_TAIL}`);
    const packed = { data: deflateSync(raw, { level: 9 }), size: raw.length };
    expect(raw.length / packed.data.length).toBeGreaterThan(500);
    const t0 = performance.now();
    expect(refusal(withSheet(packed)).message).toMatch(/压缩比异常（超过 500 倍/);
    // Understating the size does not help: the entry cannot inflate past its declared size.
    expect(refusal(withSheet(packed, 4096)).message).toMatch(/文件已损坏/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('memory stays bounded: a 700 MB understated bomb is refused inside a 64 MB JS heap', () => {
    // A child process with a hard heap cap would die of OOM instead of printing a refusal.
    const child = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', join(HERE, 'bomb-child.ts'), 'whitespace'], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    expect(child.status, child.stderr).toBe(0);
    const out = JSON.parse(line) as { outcome: string; code: string; message: string };
    expect(out).toMatchObject({ outcome: 'refused', code: 'validation' });
    expect(out.message).toMatch(/^bomb\.xlsx：文件解压后超过 64 MB 的上限/);
  }, 120_000);
});

describe('size limits', () => {
  const grid = (rows: number, cols: number) => {
    let xml = '<sheetData>';
    for (let r = 1; r <= rows; r++) {
      xml += `<row r="${r}">`;
      for (let c = 1; c <= cols; c++) xml += `<c><v>${r * c}</v></c>`;
      xml += '</row>';
    }
    return sheetXlsx(xml + '</sheetData>');
  };

  it('max rows, max columns and max cells', () => {
    expect(readWorkbook(grid(50, 4), { maxRows: 50, maxCols: 4, maxCells: 200 }).sheets[0].rowCount).toBe(50);
    expect(refusal(grid(51, 2), { maxRows: 50 }).message).toMatch(/工作表「Sheet1」第 51 行（A51）有内容，超过 50 行的上限/);
    expect(refusal(grid(2, 5), { maxCols: 4 }).message).toMatch(/E1 有内容，超过 4 列（D 列）的上限/);
    expect(refusal(grid(10, 10), { maxCells: 99 }).message).toMatch(/单元格超过 99 个的上限/);
  });

  it('the cell limit counts across sheets', () => {
    const body = '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>';
    const book = buildXlsx({ sheets: [{ name: 'A', body }, { name: 'B', body }] });
    expect(readWorkbook(book, { maxCells: 4 }).sheets).toHaveLength(2);
    expect(refusal(book, { maxCells: 3 }).message).toMatch(/超过 3 个的上限/);
  });

  it('max shared strings', () => {
    const book = buildXlsx({ sheets: [{ name: 'A', body: '<sheetData/>' }], sharedStrings: ['a', 'b', 'c'] });
    expect(refusal(book, { maxSharedStrings: 2 }).message).toMatch(/不同文本超过 2 条的上限/);
    expect(() => readWorkbook(book, { maxSharedStrings: 3 })).not.toThrow();
  });
});

describe('broken archives', () => {
  const good = sheetXlsx('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');

  it('truncated files (end cut off, or cut inside an entry)', () => {
    expect(refusal(good.subarray(0, good.length - 30)).message).toMatch(/文件不完整或已损坏/);
    expect(refusal(good.subarray(0, Math.floor(good.length / 2))).message).toMatch(/文件不完整或已损坏/);
  });

  it('a central directory pointing past the data is truncation', () => {
    const files = unzipSync(good);
    const entries: RawZipEntry[] = Object.entries(files).map(([name, raw]) => ({ name, data: deflateSync(raw), method: 8, declaredSize: raw.length }));
    const zip = rawZip(entries);
    const lastLocal = zip.length - 22 - entries.reduce((n, e) => n + 46 + strToU8(e.name).length, 0);
    // Drop the bytes of the last entry's data while keeping the directory.
    const cut = new Uint8Array(zip.length - 10);
    cut.set(zip.subarray(0, lastLocal - 10));
    cut.set(zip.subarray(lastLocal), lastLocal - 10);
    expect(refusal(cut).message).toMatch(/不完整|损坏/);
  });

  it('corrupted deflate data and malformed XML', () => {
    const files = unzipSync(good);
    const entries: RawZipEntry[] = Object.entries(files).map(([name, raw]) => {
      const data = deflateSync(raw);
      if (name === 'xl/worksheets/sheet1.xml') data.fill(0xff, 2, data.length - 2);
      return { name, data, method: 8, declaredSize: raw.length };
    });
    expect(refusal(rawZip(entries)).message).toMatch(/文件已损坏/);
    expect(refusal(sheetXlsx('<sheetData><row><c><v>1</c></row></sheetData>')).message).toMatch(/文件已损坏.*技术信息：xl\/worksheets\/sheet1\.xml/);
  });

  it('zip64 archives (sizes in extra fields, zip64 end record) read normally', () => {
    const files = unzipSync(sheetXlsx('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>zip64</t></is></c></row></sheetData>'));
    const entries: RawZipEntry[] = Object.entries(files).map(([name, raw]) => ({ name, data: deflateSync(raw), method: 8, declaredSize: raw.length }));
    expect(readWorkbook(rawZip(entries, { zip64: true })).sheets[0].get(1, 1)?.value).toBe('zip64');
  });

  it('a zip without a workbook, and an encrypted zip entry', () => {
    expect(refusal(rawZip([{ name: 'a.txt', data: strToU8('hi'), method: 0, declaredSize: 2 }])).message).toMatch(/压缩包（\.zip），不是表格文件/);
    const enc = rawZip([{ name: 'xl/workbook.xml', data: strToU8('x'), method: 0, declaredSize: 1 }]);
    // Set the "encrypted" flag in the central directory entry.
    const cd = enc.length - 22 - 46 - 'xl/workbook.xml'.length;
    enc[cd + 8] |= 1;
    expect(refusal(enc).message).toMatch(/加密/);
  });
});
