/**
 * Data for the 报送 / 问题台账 journey: the CLI's demo (campaign + roster of 12 fictional
 * institutions in the data folder, filled returns for two periods in a folder, nothing imported),
 * split into one folder per period, with two returns of the second period spoiled the way clerks
 * receive them: a number cell holding text (refused; delivered inside a zip) and a closed issue
 * without its completion date (accepted with a warning).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { PROJECT_ROOT } from './browser-app';

/** The zip the refused return is delivered in. */
export const REFUSED_ZIP = '微信收到的文件.zip';

export interface DemoReturn {
  file: string;
  uscc: string;
  period: string;
  receivedDate: string;
  daysLate: number;
}

export interface IntakeData {
  /** Folder per period code, holding that period's returns. */
  folders: Record<string, string>;
  returns: DemoReturn[];
  /** The return spoiled with text in a number cell, and the cell. */
  refused: { file: string; cell: string; uscc: string };
  /** The return accepted with a warning. */
  warned: { file: string };
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'cli', '--', ...args], { cwd: PROJECT_ROOT, env: process.env });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`rectify ${args.join(' ')} → exit ${code}\n${err}`))));
  });
}

/** Header cell with this exact text in the sheet's first rows: its row and column. */
function findHeader(ws: ExcelJS.Worksheet, text: string): { row: number; col: number } | null {
  for (let r = 1; r <= 12; r++) {
    let hit: number | null = null;
    ws.getRow(r).eachCell((c, col) => {
      if (hit === null && typeof c.value === 'string' && c.value.trim() === text) hit = col;
    });
    if (hit !== null) return { row: r, col: hit };
  }
  return null;
}

/** Puts 很多 into the first number under 本期数 of 进展数据; returns the cell address. */
async function spoilNumber(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('进展数据')!;
  const h = findHeader(ws, '本期数');
  if (!h) throw new Error(`${file}：进展数据中找不到“本期数”`);
  for (let r = h.row + 1; r <= ws.rowCount; r++) {
    const cell = ws.getRow(r).getCell(h.col);
    if (typeof cell.value === 'number') {
      cell.value = '很多';
      await wb.xlsx.writeFile(file);
      return cell.address;
    }
  }
  throw new Error(`${file}：进展数据中没有数字`);
}

/** Clears the completion date of a closed issue; false when the file has none. */
async function dropCompletionDate(file: string): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('问题台账')!;
  const status = findHeader(ws, '整改状态');
  const done = findHeader(ws, '完成日期');
  if (!status || !done) return false;
  for (let r = status.row + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const s = row.getCell(status.col).value;
    if ((s === '已整改待核验' || s === '已销号') && row.getCell(done.col).value) {
      row.getCell(done.col).value = null;
      await wb.xlsx.writeFile(file);
      return true;
    }
  }
  return false;
}

export async function prepareIntakeData(dataDir: string, work: string): Promise<IntakeData> {
  const out = path.join(work, 'demo');
  const json = await run(['--data-dir', dataDir, '--json', 'demo', '--institutions', '12', '--periods', '2', '--out', out]);
  const returns = (JSON.parse(json) as { returns: DemoReturn[] }).returns;
  const folders: Record<string, string> = {};
  for (const r of returns) {
    const dir = (folders[r.period] ??= path.join(work, `报表-${r.period}`));
    fs.mkdirSync(dir, { recursive: true });
    fs.renameSync(path.join(out, r.file), path.join(dir, path.basename(r.file)));
  }
  const periods = Object.keys(folders).sort();
  const later = returns.filter((r) => r.period === periods[1]);
  const refusedReturn = later[0];
  const refusedPath = path.join(folders[periods[1]], path.basename(refusedReturn.file));
  const cell = await spoilNumber(refusedPath);
  // It arrived zipped (WeChat): the report names it inside the zip and the marked-up copy is made from the entry.
  fs.writeFileSync(path.join(folders[periods[1]], REFUSED_ZIP), zipSync({ [path.basename(refusedPath)]: new Uint8Array(fs.readFileSync(refusedPath)) }));
  fs.rmSync(refusedPath);
  let warned: string | null = null;
  for (const r of later.slice(1)) {
    if (await dropCompletionDate(path.join(folders[periods[1]], path.basename(r.file)))) {
      warned = path.basename(r.file);
      break;
    }
  }
  if (!warned) throw new Error('演示数据中没有已整改且填了完成日期的问题，无法制造“有警告”的文件');
  return { folders, returns, refused: { file: path.basename(refusedReturn.file), cell, uscc: refusedReturn.uscc }, warned: { file: warned } };
}
