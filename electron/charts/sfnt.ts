/**
 * Minimal reading and writing of OpenType/TrueType containers (.ttf/.otf/.ttc): the face list,
 * table records, family names and cmap lookups, plus writing a single-face font. Enough for
 * findCjkFont (which family does this file hold?) and font-subset.ts; no shaping, no outlines.
 */

/** Reads `length` bytes at `offset` (a file descriptor or an in-memory buffer). */
export type ByteSource = (offset: number, length: number) => Buffer;

export function bufferSource(buf: Buffer): ByteSource {
  return (offset, length) => buf.subarray(offset, Math.min(buf.length, offset + length));
}

export interface TableRecord {
  offset: number;
  length: number;
}

export interface SfntFace {
  /** Offset of the face's table directory in the file. */
  offset: number;
  sfntVersion: number;
  tables: Map<string, TableRecord>;
}

function readFace(read: ByteSource, offset: number): SfntFace | null {
  const header = read(offset, 12);
  if (header.length < 12) return null;
  const numTables = header.readUInt16BE(4);
  const dir = read(offset + 12, numTables * 16);
  if (dir.length < numTables * 16) return null;
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    tables.set(dir.toString('latin1', i * 16, i * 16 + 4), { offset: dir.readUInt32BE(i * 16 + 8), length: dir.readUInt32BE(i * 16 + 12) });
  }
  return { offset, sfntVersion: header.readUInt32BE(0), tables };
}

/** Every face of a font file (one for .ttf/.otf, several for a .ttc collection). */
export function listFaces(read: ByteSource): SfntFace[] {
  const head = read(0, 12);
  if (head.length < 12) return [];
  if (head.toString('latin1', 0, 4) !== 'ttcf') {
    const face = readFace(read, 0);
    return face ? [face] : [];
  }
  const numFonts = head.readUInt32BE(8);
  const offsets = read(12, numFonts * 4);
  const faces: SfntFace[] = [];
  for (let i = 0; i < numFonts && (i + 1) * 4 <= offsets.length; i++) {
    const face = readFace(read, offsets.readUInt32BE(i * 4));
    if (face) faces.push(face);
  }
  return faces;
}

export function tableData(read: ByteSource, face: SfntFace, tag: string): Buffer | null {
  const rec = face.tables.get(tag);
  return rec ? read(rec.offset, rec.length) : null;
}

function decodeName(bytes: Buffer, platformId: number): string {
  if (platformId === 0 || platformId === 3) {
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes.readUInt16BE(i));
    return s;
  }
  return bytes.toString('latin1');
}

/** Family names of a face (name IDs 1 and 16), English names first. */
export function faceFamilies(read: ByteSource, face: SfntFace): string[] {
  const table = tableData(read, face, 'name');
  if (!table || table.length < 6) return [];
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const english: string[] = [];
  const other: string[] = [];
  for (let r = 0; r < count; r++) {
    const rec = 6 + r * 12;
    if (rec + 12 > table.length) break;
    const platformId = table.readUInt16BE(rec);
    const languageId = table.readUInt16BE(rec + 4);
    const nameId = table.readUInt16BE(rec + 6);
    if (nameId !== 1 && nameId !== 16) continue;
    const start = strings + table.readUInt16BE(rec + 10);
    const name = decodeName(table.subarray(start, start + table.readUInt16BE(rec + 8)), platformId);
    const isEnglish = (platformId === 3 && languageId === 0x409) || (platformId === 1 && languageId === 0);
    (isEnglish ? english : other).push(name);
  }
  return [...new Set([...english, ...other])].filter((n) => n.length > 0);
}

function format4Lookup(t: Buffer, at: number): (cp: number) => number {
  const segX2 = t.readUInt16BE(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (cp > t.readUInt16BE(ends + s)) continue;
      const start = t.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = t.readUInt16BE(deltas + s);
      const rangeOffset = t.readUInt16BE(ranges + s);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const pos = ranges + s + rangeOffset + (cp - start) * 2;
      const gid = pos + 2 <= t.length ? t.readUInt16BE(pos) : 0;
      return gid === 0 ? 0 : (gid + delta) & 0xffff;
    }
    return 0;
  };
}

function format12Lookup(t: Buffer, at: number): (cp: number) => number {
  const groups = t.readUInt32BE(at + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = at + 16 + mid * 12;
      const start = t.readUInt32BE(g);
      const end = t.readUInt32BE(g + 4);
      if (cp < start) hi = mid - 1;
      else if (cp > end) lo = mid + 1;
      else return t.readUInt32BE(g + 8) + (cp - start);
    }
    return 0;
  };
}

/** Code point → glyph id from the face's Unicode cmap (formats 12 and 4); null if it has none. */
export function cmapLookup(cmap: Buffer): ((cp: number) => number) | null {
  const n = cmap.readUInt16BE(2);
  let best: { rank: number; fn: (cp: number) => number } | null = null;
  for (let i = 0; i < n; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const at = cmap.readUInt32BE(8 + i * 8);
    if (at + 4 > cmap.length) continue;
    const format = cmap.readUInt16BE(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const rank = format === 12 ? 2 : format === 4 ? 1 : 0;
    if (rank === 0 || (best && best.rank >= rank)) continue;
    best = { rank, fn: rank === 2 ? format12Lookup(cmap, at) : format4Lookup(cmap, at) };
  }
  return best?.fn ?? null;
}

/** A cmap with a format 4 (BMP) and a format 12 subtable for exactly these code points. */
export function buildCmap(map: Map<number, number>): Buffer {
  const entries = [...map.entries()].filter(([, g]) => g > 0).sort((a, b) => a[0] - b[0]);
  const bmp = entries.filter(([cp]) => cp <= 0xfffe);
  const segCount = bmp.length + 1;
  const f4 = Buffer.alloc(16 + segCount * 8);
  f4.writeUInt16BE(4, 0);
  f4.writeUInt16BE(f4.length, 2);
  f4.writeUInt16BE(segCount * 2, 6);
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segCount));
  f4.writeUInt16BE(searchRange, 8);
  f4.writeUInt16BE(Math.floor(Math.log2(segCount)), 10);
  f4.writeUInt16BE(segCount * 2 - searchRange, 12);
  const segs = [...bmp, [0xffff, 0] as [number, number]];
  segs.forEach(([cp, gid], i) => {
    f4.writeUInt16BE(cp, 14 + i * 2);
    f4.writeUInt16BE(cp, 16 + segCount * 2 + i * 2);
    f4.writeUInt16BE((gid - cp + 0x10000) & 0xffff, 16 + segCount * 4 + i * 2);
  });
  const f12 = Buffer.alloc(16 + entries.length * 12);
  f12.writeUInt16BE(12, 0);
  f12.writeUInt32BE(f12.length, 4);
  f12.writeUInt32BE(entries.length, 12);
  entries.forEach(([cp, gid], i) => {
    f12.writeUInt32BE(cp, 16 + i * 12);
    f12.writeUInt32BE(cp, 20 + i * 12);
    f12.writeUInt32BE(gid, 24 + i * 12);
  });
  const header = Buffer.alloc(4 + 2 * 8);
  header.writeUInt16BE(2, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(header.length, 8);
  header.writeUInt16BE(3, 12);
  header.writeUInt16BE(10, 14);
  header.writeUInt32BE(header.length + f4.length, 16);
  return Buffer.concat([header, f4, f12]);
}

/**
 * Writes a single-face font from its tables (sorted by tag, 4-byte aligned). Table checksums are
 * left 0: the fonts written here only ever go to resvg (ttf-parser does not verify them), and
 * summing megabytes per chart showed up in profiles.
 */
export function writeSfnt(sfntVersion: number, tables: Map<string, Buffer>): Buffer {
  const sorted = [...tables.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const n = sorted.length;
  const head = Buffer.alloc(12 + n * 16);
  head.writeUInt32BE(sfntVersion, 0);
  head.writeUInt16BE(n, 4);
  const es = Math.floor(Math.log2(n));
  head.writeUInt16BE(16 * 2 ** es, 6);
  head.writeUInt16BE(es, 8);
  head.writeUInt16BE(n * 16 - 16 * 2 ** es, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  sorted.forEach(([tag, data], i) => {
    const r = 12 + i * 16;
    head.write(tag, r, 'latin1');
    head.writeUInt32BE(offset, r + 8);
    head.writeUInt32BE(data.length, r + 12);
    const pad = (4 - (data.length % 4)) % 4;
    parts.push(data, Buffer.alloc(pad));
    offset += data.length + pad;
  });
  return Buffer.concat(parts);
}
