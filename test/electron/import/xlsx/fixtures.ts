/**
 * Test fixtures: raw .xlsx packages assembled with fflate (for XML that exceljs cannot produce,
 * e.g. a formula without a cached value, inline strings, x14 validations) and an exceljs oracle
 * that turns exceljs's cell values into the reader's {value, formula} shape.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync, type Zippable } from 'fflate';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface RawSheet {
  name: string;
  /** Inner XML of <worksheet> (sheetData, mergeCells, …) unless `xml` gives the whole part. */
  body?: string;
  xml?: string;
  state?: 'hidden' | 'veryHidden';
}

export interface RawBook {
  sheets: RawSheet[];
  sharedStrings?: string[];
  /** Whole styles.xml; default has cellXfs [General, numFmt 14, custom 'yyyy"年"m"月"d"日"'(176)]. */
  stylesXml?: string;
  workbookPr?: string;
  definedNames?: string;
  extraFiles?: Record<string, string | Uint8Array>;
  extraWorkbookRels?: string;
  level?: 0 | 6 | 9;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const DEFAULT_STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="31"/></cellXfs></styleSheet>`;

/** Builds an .xlsx package from raw parts. */
export function buildXlsx(book: RawBook): Uint8Array {
  const files: Zippable = {};
  const put = (name: string, data: string | Uint8Array) => {
    files[name] = typeof data === 'string' ? strToU8(data) : data;
  };
  const overrides = book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  put('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`);
  put('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetsXml = book.sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 10}"/>`).join('');
  put('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}">${book.workbookPr ?? ''}<sheets>${sheetsXml}</sheets>${book.definedNames ? `<definedNames>${book.definedNames}</definedNames>` : ''}</workbook>`);
  const sheetRels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 10}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>${sheetRels}${book.extraWorkbookRels ?? ''}</Relationships>`);
  put('xl/styles.xml', book.stylesXml ?? DEFAULT_STYLES);
  const sst = (book.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  put('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${book.sharedStrings?.length ?? 0}" uniqueCount="${book.sharedStrings?.length ?? 0}">${sst}</sst>`);
  book.sheets.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, s.xml ?? `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${s.body ?? '<sheetData/>'}</worksheet>`);
  });
  for (const [name, data] of Object.entries(book.extraFiles ?? {})) put(name, data);
  return zipSync(files, { level: book.level ?? 6 });
}

/** One sheet, body only. */
export function sheetXlsx(body: string, extra: Omit<RawBook, 'sheets'> = {}, name = 'Sheet1'): Uint8Array {
  return buildXlsx({ ...extra, sheets: [{ name, body }] });
}

export async function exceljsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function exceljsLoad(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Date as exceljs returns it (UTC midnight-based) → Excel 1900 serial. */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

export interface OracleCell {
  value: number | string | boolean | null;
  formula?: string;
}

/** exceljs's reading of one cell in the reader's terms; undefined for an empty cell. */
export function oracleCell(cell: ExcelJS.Cell): OracleCell | undefined {
  const v = cell.value as unknown;
  const scalar = (x: unknown): OracleCell['value'] => {
    if (x === null || x === undefined) return null;
    if (x instanceof Date) return dateToSerial(x);
    if (typeof x === 'object' && x !== null && 'error' in x) return String((x as { error: string }).error);
    if (typeof x === 'object' && x !== null && 'richText' in x) return (x as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    return x as number | string | boolean;
  };
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    return { value: scalar((v as { result?: unknown }).result), formula: cell.formula };
  }
  if (typeof v === 'object' && !(v instanceof Date) && 'hyperlink' in v) return { value: (v as unknown as { text: string }).text };
  return { value: scalar(v) };
}

export interface RawZipEntry {
  name: string;
  /** Already-compressed bytes (method 8) or raw bytes (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** Size written into the headers; may lie (zip-bomb tests). */
  declaredSize: number;
}

/**
 * A zip written by hand (CRC left 0: the reader does not check it), for bomb/lying-size tests.
 * With zip64, sizes and offsets go into 0x0001 extra fields and a zip64 end record, as .NET's
 * packaging and some Java writers produce.
 */
export function rawZip(entries: RawZipEntry[], opts: { zip64?: boolean } = {}): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const z64 = opts.zip64 === true;
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const dv = new DataView(local.buffer);
    dv.setUint32(0, 0x04034b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 0x0800, true);
    dv.setUint16(8, e.method, true);
    dv.setUint32(18, e.data.length, true);
    dv.setUint32(22, e.declaredSize, true);
    dv.setUint16(26, name.length, true);
    local.set(name, 30);
    const extraLen = z64 ? 28 : 0;
    const cd = new Uint8Array(46 + name.length + extraLen);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 45, true);
    cv.setUint16(6, 45, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, z64 ? 0xffffffff : e.data.length, true);
    cv.setUint32(24, z64 ? 0xffffffff : e.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extraLen, true);
    cv.setUint32(42, z64 ? 0xffffffff : offset, true);
    cd.set(name, 46);
    if (z64) {
      const x = 46 + name.length;
      cv.setUint16(x, 0x0001, true);
      cv.setUint16(x + 2, 24, true);
      cv.setBigUint64(x + 4, BigInt(e.declaredSize), true);
      cv.setBigUint64(x + 12, BigInt(e.data.length), true);
      cv.setBigUint64(x + 20, BigInt(offset), true);
    }
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const tail: Uint8Array[] = [];
  if (z64) {
    const rec = new Uint8Array(56 + 20);
    const rv = new DataView(rec.buffer);
    rv.setUint32(0, 0x06064b50, true);
    rv.setBigUint64(4, 44n, true);
    rv.setUint16(12, 45, true);
    rv.setUint16(14, 45, true);
    rv.setBigUint64(24, BigInt(entries.length), true);
    rv.setBigUint64(32, BigInt(entries.length), true);
    rv.setBigUint64(40, BigInt(cdSize), true);
    rv.setBigUint64(48, BigInt(offset), true);
    rv.setUint32(56, 0x07064b50, true);
    rv.setBigUint64(64, BigInt(offset + cdSize), true);
    rv.setUint32(72, 1, true);
    tail.push(rec);
  }
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, z64 ? 0xffff : entries.length, true);
  ev.setUint16(10, z64 ? 0xffff : entries.length, true);
  ev.setUint32(12, z64 ? 0xffffffff : cdSize, true);
  ev.setUint32(16, z64 ? 0xffffffff : offset, true);
  const all = [...parts, ...central, ...tail, eocd];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) (out.set(c, o), (o += c.length));
  return out;
}

function storedBlock(bytes: Uint8Array, final: boolean): Uint8Array {
  const out = new Uint8Array(5 + bytes.length);
  out[0] = final ? 1 : 0;
  out[1] = bytes.length & 0xff;
  out[2] = bytes.length >> 8;
  out[3] = ~bytes.length & 0xff;
  out[4] = (~bytes.length >> 8) & 0xff;
  out.set(bytes, 5);
  return out;
}

/**
 * A deflate stream for `prefix + unit×N + suffix` of about `targetBytes`, built without running a
 * compressor: one fixed-Huffman block of 4095 back-references (length 258, distance 32768) expands
 * ~13 KB into ~1 MB and is repeated. `unit.length` must divide 32768; prefix+unit run ≥ 32 KB.
 */
export function deflateBomb(prefix: string, unit: string, targetBytes: number, suffix: string): { data: Uint8Array; size: number } {
  if (32768 % unit.length !== 0) throw new Error('unit length must divide 32768');
  const enc = new TextEncoder();
  const head = enc.encode(prefix + unit.repeat(32768 / unit.length));
  if (head.length > 65535) throw new Error('prefix too long');
  // Copy block: BFINAL=0, BTYPE=01, n × (len 285, dist code 29 + 13 extra bits = 8191), EOB.
  const n = 4095; // 10 + 26n bits is a whole number of bytes when n ≡ 3 (mod 4)
  const bits: number[] = [];
  const lsb = (v: number, len: number) => { for (let i = 0; i < len; i++) bits.push((v >> i) & 1); };
  const msb = (code: number, len: number) => { for (let i = len - 1; i >= 0; i--) bits.push((code >> i) & 1); };
  lsb(0, 1);
  lsb(1, 2);
  for (let i = 0; i < n; i++) (msb(0b11000101, 8), msb(29, 5), lsb(32768 - 24577, 13));
  msb(0, 7);
  const block = new Uint8Array(bits.length / 8);
  bits.forEach((b, i) => (block[i >> 3] |= b << (i & 7)));
  const perBlock = n * 258;
  const repeats = Math.max(1, Math.ceil((targetBytes - head.length) / perBlock));
  const tail = enc.encode(suffix);
  const pieces = [storedBlock(head, false), ...Array.from({ length: repeats }, () => block), storedBlock(tail, true)];
  const data = new Uint8Array(pieces.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of pieces) (data.set(p, o), (o += p.length));
  return { data, size: head.length + repeats * perBlock + tail.length };
}
