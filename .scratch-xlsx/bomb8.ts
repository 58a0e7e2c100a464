import { deflateSync, unzipSync } from 'fflate';
import { readWorkbook } from '../electron/import/xlsx/read-workbook';
import { buildXlsx, deflateBomb, NS, rawZip, type RawZipEntry } from '../test/electron/import/xlsx/fixtures';
const unit = process.argv[2] === 'ws' ? ' '.repeat(16) : '<c s="1"/>      ';
const bomb = deflateBomb(`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>`, unit, 600e6, '</sheetData></worksheet>');
const files = unzipSync(buildXlsx({ sheets: [{ name: 'S', body: '<sheetData/>' }] }));
const entries: RawZipEntry[] = Object.entries(files).map(([name, raw]) => name === 'xl/worksheets/sheet1.xml' ? { name, data: bomb.data, method: 8, declaredSize: 4096 } : { name, data: deflateSync(raw), method: 8, declaredSize: raw.length });
const z = rawZip(entries);
const c = process.cpuUsage(); const t0 = performance.now();
try { readWorkbook(z, { maxUncompressedBytes: 8 * 1024 * 1024 }); } catch (e) { console.log((e as Error).message.slice(0, 30)); }
console.log('ms', performance.now() - t0, 'cpu', process.cpuUsage(c).user / 1000);
