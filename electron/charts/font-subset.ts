/**
 * Shrinks a CJK font to the characters of one chart before resvg sees it. resvg re-reads the
 * whole font file for every text run, so a 20 MB Noto Sans CJK costs ~15 ms per label (~500 ms
 * per chart); a ~2 MB subset brings that to a few ms.
 *
 * Glyph ids are kept: unused glyphs are emptied (CFF: a bare `endchar`; TrueType: zero length)
 * instead of renumbered, so hmtx, GPOS, charset and FDSelect stay valid untouched and only the
 * outline offsets need patching. GSUB and vertical-layout tables are dropped: they could only
 * lead to glyphs that were emptied, and the face's own cmap already gives the regional (SC) forms.
 * Anything unexpected returns null and the caller uses the full font (slow but correct).
 */
import { readFileSync } from 'node:fs';
import { bufferSource, buildCmap, cmapLookup, faceFamilies, listFaces, tableData, writeSfnt, type SfntFace } from './sfnt';

const DROPPED_TABLES = new Set(['GSUB', 'vhea', 'vmtx', 'VORG', 'EBDT', 'EBLC', 'EBSC', 'hdmx', 'VDMX', 'LTSH', 'DSIG', 'morx', 'mort']);
const MAX_CHARS = 6000;

interface CffIndex {
  count: number;
  start: number;
  end: number;
  item(i: number): [number, number];
}

function readIndex(buf: Buffer, at: number): CffIndex {
  const count = buf.readUInt16BE(at);
  if (count === 0) return { count, start: at, end: at + 2, item: () => [at + 2, at + 2] };
  const offSize = buf[at + 2];
  const off = (i: number) => {
    let v = 0;
    for (let k = 0; k < offSize; k++) v = v * 256 + buf[at + 3 + i * offSize + k];
    return v;
  };
  const base = at + 3 + (count + 1) * offSize - 1;
  return { count, start: at, end: base + off(count), item: (i) => [base + off(i), base + off(i + 1)] };
}

interface Operand {
  value: number;
  pos: number;
  width: number;
}

/** DICT operators (12 x → "12.x") with their operands' values and byte positions. */
function parseDict(buf: Buffer, start: number, end: number): Map<string, Operand[]> {
  const out = new Map<string, Operand[]>();
  let ops: Operand[] = [];
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b <= 21) {
      const op = b === 12 ? `12.${buf[i + 1]}` : String(b);
      i += b === 12 ? 2 : 1;
      out.set(op, ops);
      ops = [];
    } else if (b === 28) {
      ops.push({ value: buf.readInt16BE(i + 1), pos: i, width: 3 });
      i += 3;
    } else if (b === 29) {
      ops.push({ value: buf.readInt32BE(i + 1), pos: i, width: 5 });
      i += 5;
    } else if (b === 30) {
      const p = i++;
      while (i < end && (buf[i] & 0x0f) !== 0x0f && buf[i] >> 4 !== 0x0f) i++;
      i++;
      ops.push({ value: Number.NaN, pos: p, width: i - p });
    } else if (b >= 32 && b <= 246) {
      ops.push({ value: b - 139, pos: i, width: 1 });
      i += 1;
    } else if (b >= 247 && b <= 250) {
      ops.push({ value: (b - 247) * 256 + buf[i + 1] + 108, pos: i, width: 2 });
      i += 2;
    } else if (b >= 251 && b <= 254) {
      ops.push({ value: -(b - 251) * 256 - buf[i + 1] - 108, pos: i, width: 2 });
      i += 2;
    } else {
      i += 1;
    }
  }
  return out;
}

/** Rewrites an integer operand in place with the same byte width; false if it does not fit. */
function patchOperand(buf: Buffer, o: Operand, value: number): boolean {
  if (o.width === 5) buf.writeInt32BE(value, o.pos + 1);
  else if (o.width === 3 && value >= -32768 && value <= 32767) buf.writeInt16BE(value, o.pos + 1);
  else if (value !== o.value) return false;
  return true;
}

/**
 * CharStrings INDEX with the same glyph count, unused glyphs as a 1-byte `endchar`. Written into
 * one buffer: building 65 535 small buffers per chart was the slowest part of subsetting.
 */
function emptiedCharStrings(cff: Buffer, cs: CffIndex, keep: Set<number>): Buffer {
  let dataSize = 0;
  for (let g = 0; g < cs.count; g++) {
    const [s, e] = cs.item(g);
    dataSize += keep.has(g) ? e - s : 1;
  }
  const total = dataSize + 1;
  const offSize = total < 0x100 ? 1 : total < 0x10000 ? 2 : total < 0x1000000 ? 3 : 4;
  const dataStart = 3 + (cs.count + 1) * offSize;
  const out = Buffer.alloc(dataStart + dataSize);
  out.writeUInt16BE(cs.count, 0);
  out[2] = offSize;
  let pos = 1;
  for (let g = 0; g < cs.count; g++) {
    out.writeUIntBE(pos, 3 + g * offSize, offSize);
    const at = dataStart + pos - 1;
    if (keep.has(g)) {
      const [s, e] = cs.item(g);
      cff.copy(out, at, s, e);
      pos += e - s;
    } else {
      out[at] = 14; // endchar
      pos += 1;
    }
  }
  out.writeUIntBE(pos, 3 + cs.count * offSize, offSize);
  return out;
}

/** CFF with every charstring outside `keep` replaced by `endchar`; null on an unexpected layout. */
export function emptyCffGlyphs(cff: Buffer, keep: Set<number>): Buffer | null {
  const names = readIndex(cff, cff[2]);
  const tops = readIndex(cff, names.end);
  if (tops.count !== 1) return null;
  const top = parseDict(cff, ...tops.item(0));
  const csStart = top.get('17')?.[0]?.value;
  if (csStart === undefined) return null;
  const cs = readIndex(cff, csStart);
  const newCs = emptiedCharStrings(cff, cs, keep);
  const delta = newCs.length - (cs.end - cs.start);
  const out = Buffer.concat([cff.subarray(0, cs.start), newCs, cff.subarray(cs.end)]);
  const moved = (v: number) => (v >= cs.end ? v + delta : v);
  const inside = (v: number) => v > cs.start && v < cs.end;

  // Absolute offsets in the Top DICT (all of it lies before CharStrings, so positions hold).
  const absolute: [string, number][] = [['15', 0], ['16', 0], ['12.36', 0], ['12.37', 0], ['18', 1]];
  for (const [op, idx] of absolute) {
    const o = top.get(op)?.[idx];
    if (!o || (op === '15' || op === '16' ? o.value <= 2 : false)) continue;
    if (inside(o.value) || !patchOperand(out, o, moved(o.value))) return null;
  }
  const privates: [number, number][] = [];
  const topPrivate = top.get('18');
  if (topPrivate?.length === 2) privates.push([topPrivate[0].value, topPrivate[1].value]);
  const fdArray = top.get('12.36')?.[0];
  if (fdArray) {
    const fds = readIndex(out, moved(fdArray.value));
    for (let f = 0; f < fds.count; f++) {
      const priv = parseDict(out, ...fds.item(f)).get('18');
      if (priv?.length !== 2) continue;
      if (inside(priv[1].value) || !patchOperand(out, priv[1], moved(priv[1].value))) return null;
      privates.push([priv[0].value, priv[1].value]);
    }
  }
  // Local Subrs are addressed relative to their Private DICT: both must move together.
  for (const [size, offset] of privates) {
    const subrs = parseDict(out, moved(offset), moved(offset) + size).get('19')?.[0];
    if (subrs && (offset >= cs.end) !== (offset + subrs.value >= cs.end)) return null;
  }
  return out;
}

function glyphComponents(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const ids: number[] = [];
  let i = 10;
  for (;;) {
    if (i + 4 > glyph.length) break;
    const flags = glyph.readUInt16BE(i);
    ids.push(glyph.readUInt16BE(i + 2));
    i += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20)) break;
  }
  return ids;
}

/** TrueType glyf/loca with glyphs outside `keep` (and their components) emptied; long loca. */
export function emptyGlyfGlyphs(glyf: Buffer, loca: Buffer, longLoca: boolean, numGlyphs: number, keep: Set<number>) {
  const at = (g: number) => (longLoca ? loca.readUInt32BE(g * 4) : loca.readUInt16BE(g * 2) * 2);
  const data = (g: number) => glyf.subarray(at(g), at(g + 1));
  const closure = new Set<number>();
  const stack = [...keep].filter((g) => g < numGlyphs);
  while (stack.length > 0) {
    const g = stack.pop() as number;
    if (closure.has(g)) continue;
    closure.add(g);
    for (const c of glyphComponents(data(g))) if (c < numGlyphs && !closure.has(c)) stack.push(c);
  }
  const newLoca = Buffer.alloc((numGlyphs + 1) * 4);
  const parts: Buffer[] = [];
  let pos = 0;
  for (let g = 0; g < numGlyphs; g++) {
    newLoca.writeUInt32BE(pos, g * 4);
    if (!closure.has(g)) continue;
    const d = data(g);
    const pad = (4 - (d.length % 4)) % 4;
    parts.push(d, Buffer.alloc(pad));
    pos += d.length + pad;
  }
  newLoca.writeUInt32BE(pos, numGlyphs * 4);
  return { glyf: Buffer.concat(parts), loca: newLoca };
}

// The last two font files read (regular and bold), kept so a bulletin's charts read each once.
const cache = new Map<string, { buf: Buffer; faces: SfntFace[] }>();

function loadFont(file: string) {
  let entry = cache.get(file);
  if (!entry) {
    const buf = readFileSync(file);
    entry = { buf, faces: listFaces(bufferSource(buf)) };
    cache.set(file, entry);
    if (cache.size > 2) cache.delete(cache.keys().next().value as string);
  }
  return entry;
}

/**
 * A single-face font holding the glyphs for `text`, taken from the face of `file` named
 * `family` (first face otherwise); null when the font's layout is not one this code handles.
 */
export function subsetFontForText(file: string, family: string, text: string): Buffer | null {
  const { buf, faces } = loadFont(file);
  const read = bufferSource(buf);
  const face = faces.find((f) => faceFamilies(read, f).includes(family)) ?? faces[0];
  const cmap = face ? tableData(read, face, 'cmap') : null;
  const lookup = cmap ? cmapLookup(cmap) : null;
  if (!face || !lookup) return null;
  const codePoints = new Set<number>();
  for (const ch of text) codePoints.add(ch.codePointAt(0) ?? 0);
  if (codePoints.size > MAX_CHARS) return null;
  const map = new Map<number, number>();
  for (const cp of codePoints) {
    const gid = lookup(cp);
    if (gid > 0) map.set(cp, gid);
  }
  const keep = new Set<number>([0, ...map.values()]);
  const tables = new Map<string, Buffer>();
  for (const tag of face.tables.keys()) {
    const data = tableData(read, face, tag);
    if (data && !DROPPED_TABLES.has(tag)) tables.set(tag, data);
  }
  tables.set('cmap', buildCmap(map));
  const cff = tables.get('CFF ');
  const glyf = tables.get('glyf');
  const loca = tables.get('loca');
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  if (cff) {
    const emptied = emptyCffGlyphs(cff, keep);
    if (!emptied) return null;
    tables.set('CFF ', emptied);
  } else if (glyf && loca && head && maxp) {
    const emptied = emptyGlyfGlyphs(glyf, loca, head.readInt16BE(50) === 1, maxp.readUInt16BE(4), keep);
    const newHead = Buffer.from(head);
    newHead.writeInt16BE(1, 50);
    tables.set('glyf', emptied.glyf).set('loca', emptied.loca).set('head', newHead);
  } else {
    return null;
  }
  return writeSfnt(face.sfntVersion, tables);
}
