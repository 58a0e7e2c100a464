/**
 * Micro-benchmark of the spreadsheet reader (not part of the test suite):
 *   npx tsx bench/xlsx-read.ts [--files 500] [--exceljs 50]
 * Generates small return-like workbooks with exceljs (a progress sheet, a ledger of 5–40 rows, a
 * hidden metadata sheet, dropdowns and a merged title), then reads them all with readSpreadsheet
 * and prints one JSON document: files/s, per-file latency percentiles, CPU time, and the same
 * figure for exceljs on a sample for comparison.
 */
import ExcelJS from 'exceljs';
import { readSpreadsheet } from '../electron/import/xlsx/read-spreadsheet';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Small deterministic PRNG so every run reads the same files. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const STATUS = ['已整改', '整改中', '未整改'];
const AREAS = ['医保基金使用', '医疗服务行为', '药品耗材管理', '行风建设', '院感防控'];

async function makeWorkbook(i: number): Promise<Uint8Array> {
  const r = rng(i + 1);
  const wb = new ExcelJS.Workbook();
  const progress = wb.addWorksheet('进展统计');
  progress.mergeCells('A1:F1');
  progress.getCell('A1').value = `专项整治进展情况统计表（第${i + 1}份）`;
  progress.addRow([]);
  progress.addRow(['序号', '整治领域', '自查发现问题数', '已整改问题数', '整改率', '备注']);
  AREAS.forEach((area, k) => {
    const found = Math.floor(r() * 30);
    progress.addRow([k + 1, area, found, Math.floor(found * r()), found ? { formula: `D${k + 4}/C${k + 4}`, result: 0.5 } : '', r() < 0.2 ? '已召开专题会议' : '']);
  });
  const ledger = wb.addWorksheet('问题台账');
  ledger.addRow(['序号', '问题描述', '整治领域', '发现日期', '整改状态', '整改时限', '责任科室']);
  const n = 5 + Math.floor(r() * 35);
  for (let k = 0; k < n; k++) {
    ledger.addRow([
      k + 1,
      `第${k + 1}项问题：${AREAS[k % AREAS.length]}方面存在不规范情形，需进一步规范管理流程`,
      AREAS[Math.floor(r() * AREAS.length)],
      new Date(Date.UTC(2023, 5, 1 + Math.floor(r() * 14))),
      STATUS[Math.floor(r() * 3)],
      new Date(Date.UTC(2023, 6, 1 + Math.floor(r() * 30))),
      ['医务科', '财务科', '药剂科', '院办'][Math.floor(r() * 4)],
    ]);
    ledger.getCell(k + 2, 5).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${STATUS.join(',')}"`] };
  }
  ledger.getColumn(4).numFmt = 'yyyy-mm-dd';
  ledger.getColumn(6).numFmt = 'yyyy"年"m"月"d"日"';
  const meta = wb.addWorksheet('_meta', { state: 'veryHidden' });
  meta.addRows([
    ['campaign', 'provincial-2023-06-01'],
    ['period', '2023-06-H1'],
    ['uscc', `12320100${String(466000000 + i).padStart(10, '0')}`],
    ['templateVersion', '1'],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const count = arg('files', 500);
  const exceljsSample = arg('exceljs', 50);
  const files: Uint8Array[] = [];
  for (let i = 0; i < count; i++) files.push(await makeWorkbook(i));
  const bytes = files.reduce((s, f) => s + f.length, 0);

  for (const f of files.slice(0, 20)) readSpreadsheet(f, 'warmup.xlsx'); // JIT warm-up
  const latencies: number[] = [];
  let cells = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  files.forEach((f, i) => {
    const t = performance.now();
    const wb = readSpreadsheet(f, `${i}.xlsx`);
    latencies.push(performance.now() - t);
    for (const s of wb.sheets) for (const r of s.rows()) cells += r.cells.length;
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);

  let exceljsFilesPerSecond: number | null = null;
  if (exceljsSample > 0) {
    const sample = files.slice(0, exceljsSample);
    const e0 = performance.now();
    for (const f of sample) await new ExcelJS.Workbook().xlsx.load(Buffer.from(f) as unknown as ExcelJS.Buffer);
    exceljsFilesPerSecond = round(sample.length / ((performance.now() - e0) / 1000), 1);
  }

  const out = {
    benchmark: 'xlsx-read',
    files: count,
    averageFileBytes: Math.round(bytes / count),
    cellsRead: cells,
    seconds: round(seconds),
    filesPerSecond: round(count / seconds, 1),
    cpuMsPerFile: round((cpu.user + cpu.system) / 1000 / count),
    latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), max: round(latencies[latencies.length - 1]) },
    exceljsSample,
    exceljsFilesPerSecond,
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
