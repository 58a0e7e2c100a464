/**
 * Run by read-limits.test.ts in a child process with a small --max-old-space-size: reads a zip
 * bomb with the default limits and prints the outcome as JSON. Running out of memory would kill
 * the child instead of printing, which is what the test guards against.
 */
import { deflateSync, unzipSync } from 'fflate';
import { AppError } from '../../../../shared/errors';
import { readSpreadsheet } from '../../../../electron/import/xlsx/read-spreadsheet';
import { buildXlsx, deflateBomb, NS, rawZip, type RawZipEntry } from './fixtures';

const UNITS: Record<string, string> = {
  whitespace: ' '.repeat(64),
  'empty-cells': '<c s="1"/>      ',
  rows: '<row><c><v>1</v></c></row>      ',
};

const unit = UNITS[process.argv[2] ?? ''];
if (!unit) throw new Error(`unknown bomb kind ${process.argv[2]}`);
const bomb = deflateBomb(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>`, unit, 700e6, '</sheetData></worksheet>');
const files = unzipSync(buildXlsx({ sheets: [{ name: 'S', body: '<sheetData/>' }] }));
const entries: RawZipEntry[] = Object.entries(files).map(([name, raw]) =>
  name === 'xl/worksheets/sheet1.xml'
    ? { name, data: bomb.data, method: 8, declaredSize: 2048 } // understated: only the running budget can stop it
    : { name, data: deflateSync(raw), method: 8, declaredSize: raw.length },
);
const t0 = performance.now();
try {
  readSpreadsheet(rawZip(entries), 'bomb.xlsx');
  console.log(JSON.stringify({ outcome: 'read' }));
} catch (e) {
  const ms = Math.round(performance.now() - t0);
  console.log(JSON.stringify(e instanceof AppError ? { outcome: 'refused', code: e.code, message: e.message, ms } : { outcome: 'crashed', message: String(e), ms }));
}
