/**
 * One entry of an uploaded zip, for the error workbook of a return that arrived inside an archive
 * (the backend names it `批次.zip/宿城区/x.xlsx`; the marked-up file must be made from those exact
 * bytes). Entry names are decoded the way the importer decodes them: UTF-8 when the zip says so,
 * else GBK (zips made on Chinese Windows), so the name in the report finds its entry.
 */
import { unzipSync } from 'fflate';

/** fflate hands names without the UTF-8 flag over as latin1; re-decode those bytes. */
export function decodeZipName(raw: string): string {
  if (!/[\u0080-\u00ff]/.test(raw)) return raw;
  const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\ufffd')) return utf8;
  return new TextDecoder('gbk').decode(bytes);
}

function entry(zip: Uint8Array, want: string): Uint8Array | null {
  let found: Uint8Array | null = null;
  const entries = unzipSync(zip, { filter: (f) => !f.name.endsWith('/') && decodeZipName(f.name).replace(/\\/g, '/') === want });
  for (const data of Object.values(entries)) found ??= data;
  return found;
}

/**
 * The bytes of `inner` (a '/'-separated path inside the zip), or null when there is no such entry.
 * A zip inside the zip (`外层.zip/内层.zip/x.xlsx`, which the importer also opens) is followed.
 */
export function extractZipEntry(zip: Uint8Array, inner: string): Uint8Array | null {
  const want = inner.replace(/\\/g, '/');
  const direct = entry(zip, want);
  if (direct) return direct;
  const parts = want.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (!/\.zip$/i.test(parts[i])) continue;
    const nested = entry(zip, parts.slice(0, i + 1).join('/'));
    if (nested) return extractZipEntry(nested, parts.slice(i + 1).join('/'));
  }
  return null;
}
