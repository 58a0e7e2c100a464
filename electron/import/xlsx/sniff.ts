/**
 * What a file is, by its bytes (never by its name alone: clerks rename .xls to .xlsx, systems
 * export HTML tables as .xls, and WPS saves .et). Drives routing and the Chinese refusal messages.
 */
import { isCfb } from './cfb';
import type { ZipArchive } from './zip';

export type MagicKind = 'empty' | 'zip' | 'cfb' | 'rar' | '7z' | 'gzip' | 'bzip2' | 'pdf' | 'markup' | 'text' | 'unknown';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

export function sniffMagic(b: Uint8Array): MagicKind {
  if (b.length === 0) return 'empty';
  // PK\3\4 (normal), PK\5\6 (empty archive), PK\7\8 (spanned marker)
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7)) return 'zip';
  if (isCfb(b)) return 'cfb';
  if (startsWith(b, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'rar';
  if (startsWith(b, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(b, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(b, [0x42, 0x5a, 0x68])) return 'bzip2';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  return sniffText(b);
}

function sniffText(b: Uint8Array): MagicKind {
  let i = 0;
  if (startsWith(b, [0xef, 0xbb, 0xbf])) i = 3;
  const head = b.subarray(i, Math.min(b.length, i + 2048));
  let binary = 0;
  for (const c of head) if (c === 0 || (c < 0x09) || (c > 0x0d && c < 0x20 && c !== 0x1b)) binary++;
  if (binary > head.length / 50) return 'unknown';
  let j = 0;
  while (j < head.length && (head[j] === 0x20 || head[j] === 0x09 || head[j] === 0x0a || head[j] === 0x0d)) j++;
  return head[j] === 0x3c ? 'markup' : 'text';
}

export type ZipKind = 'xlsx' | 'xlsm' | 'xlsb' | 'ods' | 'docx' | 'pptx' | 'other';

/** What an OPC/ODF zip package holds, by its parts. */
export function classifyZip(zip: ZipArchive): ZipKind {
  const names = zip.entries.map((e) => e.name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase());
  const has = (n: string) => names.includes(n);
  if (has('xl/workbook.bin')) return 'xlsb';
  if (has('xl/workbook.xml') || names.some((n) => n.startsWith('xl/worksheets/'))) {
    return names.some((n) => n.endsWith('vbaproject.bin') || n.startsWith('xl/macrosheets/')) ? 'xlsm' : 'xlsx';
  }
  if (has('mimetype') && has('content.xml')) return 'ods';
  if (has('word/document.xml')) return 'docx';
  if (has('ppt/presentation.xml')) return 'pptx';
  // A workbook part under another name is still found through _rels/.rels.
  if (has('_rels/.rels') && names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  return 'other';
}
