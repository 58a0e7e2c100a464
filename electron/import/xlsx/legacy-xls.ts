/**
 * readLegacyXls: Excel 97-2003 (.xls, BIFF5/8), .xlsb, SpreadsheetML 2003 and HTML tables saved
 * as .xls, read through @e965/xlsx (SheetJS 0.20; not the vulnerable npm xlsx 0.18 line) and
 * mapped onto the same Sheet model as the .xlsx reader. Not streamed: these files are not
 * compressed, so memory follows the file size the caller already accepted. Data validations are
 * not available from SheetJS for these formats (validations is always empty).
 */
import { read, type CellObject, type WorkBook } from '@e965/xlsx';
import { isoToExcelSerial } from '../../../shared/import/date-cell';
import { readFail } from './errors';
import { builtinFormat, isBuiltinDateId, isDateFormatCode } from './num-fmt';
import { ENCRYPTED_MESSAGE } from './refusals';
import { SheetStore, type CellCounter } from './sheet';
import { resolveLimits, type Cell, type ReadOptions, type Sheet, type SheetInfo, type SheetState, type SpreadsheetFormat, type Workbook } from './types';

const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA',
};

/**
 * SheetJS reports odd records of damaged or exotic files with console.error ("Missing Info for
 * XLS Record 0x…"). That English noise would land in the CLI's stderr next to the Chinese
 * messages, so it is muted for the duration of the (synchronous) parse.
 */
function quietly<T>(fn: () => T): T {
  const { error, warn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    return fn();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

function loadBook(bytes: Uint8Array, maxRows: number): WorkBook {
  try {
    return quietly(() => read(bytes, {
      type: 'array',
      cellFormula: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      dense: true,
      bookVBA: true,
      // One row past the limit, so an oversized sheet is still detected (and refused) below.
      sheetRows: maxRows + 1,
    }));
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(msg)) throw readFail(ENCRYPTED_MESSAGE);
    throw readFail('文件已损坏或不是有效的 Excel 97-2003 表格（.xls）。请用 Excel/WPS 打开后另存为 .xlsx 再导入。', msg);
  }
}

function formatOf(cell: CellObject): { numFmt: string; isDate: boolean } {
  const z = cell.z;
  if (typeof z === 'string') return { numFmt: z, isDate: isDateFormatCode(z) };
  if (typeof z === 'number') return { numFmt: builtinFormat(z) ?? 'General', isDate: isBuiltinDateId(z) };
  return { numFmt: 'General', isDate: false };
}

function toCell(c: CellObject, row: number, col: number): Cell | undefined {
  const { numFmt, isDate } = formatOf(c);
  // Same property order as the .xlsx reader's cells, so both share one object shape.
  const make = (kind: Cell['kind'], value: Cell['value'], date: boolean): Cell => ({ row, col, kind, value, numFmt, isDate: date });
  let cell: Cell;
  if (c.v === undefined || c.t === 'z') {
    if (c.f === undefined) return undefined;
    cell = make('blank', null, isDate);
  } else if (c.t === 'n') cell = make('number', Number(c.v), isDate);
  else if (c.t === 'b') cell = make('boolean', Boolean(c.v), false);
  else if (c.t === 'e') cell = make('error', c.w ?? ERROR_CODES[Number(c.v)] ?? '#VALUE!', false);
  else if (c.t === 'd' && c.v instanceof Date) {
    // SheetJS builds dates in local time.
    const d = c.v;
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    cell = make('number', isoToExcelSerial(iso), true);
  } else cell = make('string', String(c.v), false);
  if (c.f !== undefined) (cell.formula = c.f), (cell.hasCachedValue = cell.kind !== 'blank');
  return cell;
}

function formatFromBook(wb: WorkBook): SpreadsheetFormat {
  switch (wb.bookType) {
    case 'xlsb':
      return 'xlsb';
    case 'xlml':
      return 'xml2003';
    case 'html':
      return 'html';
    default:
      return 'xls';
  }
}

/** Reads a legacy workbook onto the common model; same limits and errors as readWorkbook. */
export function readLegacyXls(bytes: Uint8Array, opts: ReadOptions = {}): Workbook {
  const limits = resolveLimits(opts);
  const wb = loadBook(bytes, limits.maxRows);
  const props = wb.Workbook;
  const date1904 = Boolean(props?.WBProps?.date1904);
  const counter: CellCounter = { cells: 0 };
  const sheetInfos: SheetInfo[] = [];
  const sheets: Sheet[] = [];
  wb.SheetNames.forEach((name, index) => {
    const hidden = props?.Sheets?.[index]?.Hidden ?? 0;
    const state: SheetState = hidden === 2 ? 'veryHidden' : hidden === 1 ? 'hidden' : 'visible';
    const ws = wb.Sheets[name];
    const info: SheetInfo = { name, state, index, kind: ws && ws['!type'] === 'chart' ? 'chartsheet' : 'worksheet' };
    sheetInfos.push(info);
    if (opts.sheets && !opts.sheets(name, info)) return;
    const store = new SheetStore(info, limits, counter);
    store.setDate1904(date1904);
    const data = (ws?.['!data'] ?? []) as (CellObject[] | undefined)[];
    data.forEach((r, ri) => {
      r?.forEach((c, ci) => {
        const cell = c ? toCell(c, ri + 1, ci + 1) : undefined;
        if (cell) store.put(cell);
      });
    });
    for (const m of ws?.['!merges'] ?? []) {
      store.merges.push({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 });
    }
    sheets.push(store);
  });
  const definedNames = (props?.Names ?? []).map((n) => ({
    name: n.Name,
    ref: n.Ref,
    hidden: Boolean((n as { Hidden?: boolean }).Hidden),
    ...(n.Sheet !== undefined && sheetInfos[n.Sheet] ? { scopeSheet: sheetInfos[n.Sheet].name } : {}),
  }));
  return {
    format: formatFromBook(wb),
    sheets,
    sheetInfos,
    definedNames,
    date1904,
    hasMacros: wb.vbaraw !== undefined,
    hasExternalLinks: false,
    sheet: (n) => sheets.find((s) => s.name === n),
  };
}
