/**
 * Hand-edit mess in some demo returns: the variations clerks really send back and the importer
 * must tolerate (cli-contract.md "Importer rules") — an inserted blank row or column, dates typed
 * as text, full-width digits, thousands separators, a renamed sheet, stray spaces. A clerk who
 * inserts columns or renames sheets has first removed the (password-free) protection, so those
 * files are saved without it.
 */
import type ExcelJS from 'exceljs';
import { SHEETS } from '../../../shared/domain/return-template';
import { cellAddress, columnNumber } from '../../../shared/import/cell-ref';
import type { ReturnLayout } from '../../templates/return-writer';
import type { Rng } from './prng';

export type MessKind = 'blank-row' | 'blank-column' | 'text-date' | 'full-width' | 'thousands' | 'rename-sheet' | 'spaces';
export const MESS_KINDS: MessKind[] = ['blank-row', 'blank-column', 'text-date', 'full-width', 'thousands', 'rename-sheet', 'spaces'];

export interface MessResult {
  applied: MessKind[];
  /** The structure was edited: save without the workbook structure lock. */
  unlocked: boolean;
}

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations;

/** Moves data validations, merges and cells as Excel does when a row or column is inserted. */
function insertAt(ws: ExcelJS.Worksheet, axis: 'row' | 'col', at: number): void {
  const merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
  for (const m of merges) ws.unMergeCells(m);
  if (axis === 'row') ws.spliceRows(at, 0, []);
  else ws.spliceColumns(at, 0, []);
  const shift = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) return ref;
    const col = columnNumber(m[1])!;
    const row = Number(m[2]);
    return axis === 'row' ? cellAddress(row >= at ? row + 1 : row, col) : cellAddress(row, col >= at ? col + 1 : col);
  };
  for (const m of merges) {
    const [a, b] = m.split(':');
    ws.mergeCells(`${shift(a)}:${shift(b)}`);
  }
  const dv = validations(ws);
  const moved: ValidationModel = {};
  for (const [k, v] of Object.entries(dv.model)) if (v) moved[shift(k)] = v;
  dv.model = moved;
}

const FULL_WIDTH = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function textDate(rng: Rng, d: Date): string {
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1, day = d.getUTCDate();
  const p = (n: number) => String(n).padStart(2, '0');
  return rng.pick([`${y}.${m}.${day}`, `${y}年${m}月${day}日`, `${y}/${p(m)}/${p(day)}`, `${y}-${m}-${day}`]);
}

function numbersIn(ws: ExcelJS.Worksheet, rows: number[], cols: number[]): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  for (const r of rows) for (const c of cols) {
    const cell = ws.getCell(r, c);
    if (typeof cell.value === 'number') out.push(cell);
  }
  return out;
}

interface Sheets { data: ExcelJS.Worksheet; ledger: ExcelJS.Worksheet; work: ExcelJS.Worksheet }

function apply(rng: Rng, sheets: Sheets, layout: ReturnLayout, kind: MessKind): boolean {
  const { data, ledger } = sheets;
  const L = layout.ledger;
  const dataRows = [...Object.values(layout.data.generalRows), ...Object.values(layout.data.focusRows)];
  const dataCols = [layout.data.valueCol, ...Object.values(layout.data.focusCols)];
  const ledgerDates = () => {
    const out: ExcelJS.Cell[] = [];
    for (let r = L.firstDataRow; r < L.firstDataRow + L.filledRows; r++) {
      for (const k of ['foundDate', 'deadline', 'completionDate']) {
        const cell = ledger.getCell(r, L.cols[k]);
        if (cell.value instanceof Date) out.push(cell);
      }
    }
    return out;
  };
  switch (kind) {
    case 'blank-row': {
      const target = rng.chance(0.5) || L.filledRows === 0 ? data : ledger;
      const at = target === data
        ? rng.pick([layout.data.generalHeaderRow + 1, layout.data.generalRows.H2, layout.data.focusHeaderRow + 1, layout.data.focusRows.E4])
        : L.firstDataRow + rng.int(0, Math.max(0, L.filledRows - 1));
      target.unprotect();
      insertAt(target, 'row', at);
      return true;
    }
    case 'blank-column': {
      const onLedger = rng.chance(0.6);
      const target = onLedger ? ledger : data;
      target.unprotect();
      insertAt(target, 'col', onLedger ? rng.int(2, Object.keys(L.cols).length) : layout.data.valueCol);
      return true;
    }
    case 'text-date': {
      const cells = ledgerDates();
      if (!cells.length) return false;
      for (const cell of rng.sample(cells, rng.int(1, Math.min(4, cells.length)))) cell.value = textDate(rng, cell.value as Date);
      return true;
    }
    case 'full-width': {
      const cells = numbersIn(data, dataRows, dataCols).filter((c) => (c.value as number) > 0);
      if (!cells.length) return false;
      for (const cell of rng.sample(cells, rng.int(1, 3))) cell.value = FULL_WIDTH(String(cell.value));
      return true;
    }
    case 'thousands': {
      const cells = numbersIn(data, dataRows, dataCols).filter((c) => (c.value as number) >= 1000);
      if (!cells.length) return false;
      for (const cell of rng.sample(cells, rng.int(1, 2))) cell.value = (cell.value as number).toLocaleString('en-US');
      return true;
    }
    case 'rename-sheet': {
      const which = rng.pick(['ledger', 'ledger', 'data', 'work'] as const);
      const ws = sheets[which];
      ws.name = which === 'ledger' ? rng.pick(['台账', '问题清单', '整改台账']) : which === 'data' ? rng.pick(['进展情况', '统计数据']) : '工作总结';
      return true;
    }
    case 'spaces': {
      const pads = [' ', '  ', '\u3000', '\u00a0'];
      const pad = (s: string) => (rng.chance(0.5) ? rng.pick(pads) : '') + s + rng.pick(pads);
      const b1 = data.getCell(layout.data.generalRows.B1, layout.data.valueCol);
      if (typeof b1.value === 'string') b1.value = pad(b1.value);
      for (let r = L.firstDataRow; r < L.firstDataRow + L.filledRows; r++) {
        for (const k of ['status', 'focus', 'source', 'description']) {
          const cell = ledger.getCell(r, L.cols[k]);
          if (typeof cell.value === 'string' && rng.chance(0.5)) cell.value = pad(cell.value);
        }
      }
      const nums = numbersIn(data, dataRows, dataCols);
      for (const cell of rng.sample(nums, 2)) cell.value = pad(String(cell.value));
      return true;
    }
  }
}

/** Applies one or two kinds of mess; kinds that find nothing to change are replaced. */
export function applyMess(rng: Rng, wb: ExcelJS.Workbook, layout: ReturnLayout): MessResult {
  // Looked up once: a renamed sheet must still be found by the edits that follow.
  const sheets: Sheets = { data: wb.getWorksheet(SHEETS.data)!, ledger: wb.getWorksheet(SHEETS.ledger)!, work: wb.getWorksheet(SHEETS.work)! };
  const wanted = rng.chance(0.3) ? 2 : 1;
  const applied: MessKind[] = [];
  for (const kind of rng.shuffle(MESS_KINDS)) {
    if (applied.length >= wanted) break;
    // Structural edits come last: they move the cells the value edits look up by layout.
    if (applied.some((k) => k === 'blank-row' || k === 'blank-column')) {
      if (kind !== 'rename-sheet') continue;
    }
    if (apply(rng, sheets, layout, kind)) applied.push(kind);
  }
  return { applied, unlocked: applied.some((k) => k === 'blank-row' || k === 'blank-column' || k === 'rename-sheet') };
}
