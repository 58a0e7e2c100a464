/**
 * Base64 for files crossing the IPC/HTTP boundary (FilePayload). Chunked so a 20 MB workbook does
 * not blow the argument limit of String.fromCharCode; uses only btoa/atob (browser and Node 20).
 */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** MIME type by extension, for downloads whose payload did not say. */
export function mimeFor(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const known: Record<string, string> = {
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    pdf: 'application/pdf',
    zip: 'application/zip',
    json: 'application/json',
    csv: 'text/csv',
    txt: 'text/plain',
  };
  return known[ext] ?? 'application/octet-stream';
}
