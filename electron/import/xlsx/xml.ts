/**
 * Streams a zip entry through saxes. Inflated chunks are decoded and fed to the parser as they
 * arrive, so a sheet's XML never exists as one string. Element names are reduced to their local
 * part: some writers prefix the main namespace (`<x:c>`), and x14 extensions reuse local names.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../../shared/errors';
import { readFail } from './errors';
import { isSmallEntry, readEntry, type ByteBudget, type ZipArchive, type ZipEntry } from './zip';

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
  /** For large entries, text is only delivered while this returns true (checked after every
   * open and close): saxes buffers text only while a text handler is attached, so whitespace or
   * junk between elements — a zip bomb's favourite filler — is scanned without being kept. Small
   * entries get all text, so `text` must still check its own state. */
  capturing?(): boolean;
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Attribute by local name (`r:id`, `id` under any prefix). */
export function attrLocal(attrs: Record<string, string>, local: string): string | undefined {
  if (local in attrs) return attrs[local];
  for (const k in attrs) if (k.endsWith(':' + local)) return attrs[k];
  return undefined;
}

const DECODE_SLICE = 1 << 20;
const SMALL_ENTRY = 2 << 20;
// One decoder reused across entries (parsing is synchronous; decode() without input resets it).
const UTF8 = new TextDecoder('utf-8');
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes OOXML's `_xHHHH_` escapes (Excel writes a line break as `_x000D_`). */
export function decodeXmlEscapes(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function pickDecoder(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return UTF8;
}

export function parseXmlEntry(zip: ZipArchive, entry: ZipEntry, budget: ByteBudget, h: XmlHandlers): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const text = h.text;
  // Toggling the handler costs a little per element; for a small entry the text saxes could
  // buffer is bounded by the entry itself, so the handler simply stays attached.
  const capturing = isSmallEntry(entry, SMALL_ENTRY) ? undefined : h.capturing;
  let attached = false;
  const sync = () => {
    if (!text || !capturing) return;
    const want = capturing();
    if (want === attached) return;
    if (want) {
      parser.on('text', text);
      parser.on('cdata', text);
    } else {
      parser.off('text');
      parser.off('cdata');
    }
    attached = want;
  };
  if (text && !capturing) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const open = h.open;
  if (capturing) {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      open(localName(tag.name), tag.attributes);
      sync();
    });
  } else parser.on('opentag', (tag: SaxesTagPlain) => open(localName(tag.name), tag.attributes));
  const close = h.close;
  if (close && capturing) {
    parser.on('closetag', (tag: SaxesTagPlain) => {
      close(localName(tag.name));
      sync();
    });
  } else if (close) {
    parser.on('closetag', (tag: SaxesTagPlain) => close(localName(tag.name)));
  } else if (capturing) parser.on('closetag', sync);
  let decoder: TextDecoder | undefined;
  try {
    readEntry(zip, entry, budget, (chunk) => {
      const d = (decoder ??= pickDecoder(chunk));
      // Decode in slices so a 16 MB inflate step never becomes one 16 MB string.
      for (let i = 0; i < chunk.length; i += DECODE_SLICE) parser.write(d.decode(chunk.subarray(i, i + DECODE_SLICE), { stream: true }));
    });
    if (decoder) parser.write(decoder.decode());
    parser.close();
  } catch (err) {
    // The shared decoder may hold half a character from the aborted stream: reset it.
    decoder?.decode();
    if (err instanceof AppError) throw err;
    throw readFail('文件已损坏，内容不是有效的表格数据。请用 Excel/WPS 打开后另存为 .xlsx 再导入。', `${entry.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
