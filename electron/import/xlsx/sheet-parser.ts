/**
 * Worksheet XML → SheetStore, in one streaming pass: cells (value by type, style → number format,
 * formula and whether it has a cached value), merged ranges and data validations (including the
 * x14 extension form Excel uses for lists that point at another sheet).
 */
import { cellAddress, parseRange } from '../../../shared/import/cell-ref';
import { isIsoDate } from '../../../shared/domain/period';
import { isoToExcelSerial } from '../../../shared/import/date-cell';
import { readFail } from './errors';
import { shiftFormula } from './formula-shift';
import type { SheetStore } from './sheet';
import { GENERAL_STYLE, type CellStyle } from './styles';
import type { Cell, DataValidation } from './types';
import { decodeXmlEscapes, parseXmlEntry } from './xml';
import type { ByteBudget, ZipArchive, ZipEntry } from './zip';

export interface SheetParseContext {
  strings: string[];
  styles: CellStyle[];
}

/** 'AB12' → [row, col] without regex or allocation; [0, 0] when malformed. */
function parseRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break; // '$'
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return [0, 0];
    row = row * 10 + c - 48;
  }
  return [row, col];
}

type Capture = 'none' | 'v' | 'f' | 't' | 'dvFormula1' | 'dvFormula2' | 'dvSqref';

export function parseSheet(zip: ZipArchive, entry: ZipEntry, budget: ByteBudget, store: SheetStore, ctx: SheetParseContext): void {
  const shared = new Map<string, { text: string; row: number; col: number }>();
  let rowNum = 0;
  let colCursor = 0;
  // Current cell.
  let inCell = false;
  let cRow = 0;
  let cCol = 0;
  let cType = 'n';
  let cStyle = 0;
  let vText = '';
  let hasV = false;
  let fText: string | undefined;
  let fShared: { si: string; master: boolean } | undefined;
  let isText = '';
  let inIs = false;
  let phonetic = 0;
  let capture: Capture = 'none';
  // Current data validation.
  let dv: DataValidation | undefined;
  let dvFormula: 'dvFormula1' | 'dvFormula2' | undefined;

  const fail = (what: string) => readFail(`工作表「${store.name}」数据损坏（${what}）。请用 Excel/WPS 打开后另存为 .xlsx 再导入。`);

  function finishCell(): void {
    let formula = fText;
    if (fShared) {
      if (fShared.master && fText) shared.set(fShared.si, { text: fText, row: cRow, col: cCol });
      else if (!fText) {
        const m = shared.get(fShared.si);
        formula = m ? shiftFormula(m.text, cRow - m.row, cCol - m.col) : undefined;
      }
    }
    const style = ctx.styles[cStyle] ?? GENERAL_STYLE;
    let kind: Cell['kind'];
    let value: Cell['value'];
    let isDate = style.isDate;
    switch (cType) {
      case 's': {
        if (!hasV || vText === '') return finishEmpty(formula, style);
        const s = ctx.strings[Number(vText)];
        if (s === undefined) throw fail(`${entryRef()} 引用了不存在的共享文本 ${vText}`);
        (kind = 'string'), (value = s), (isDate = false);
        break;
      }
      case 'inlineStr':
        (kind = 'string'), (value = hasV ? vText : decodeXmlEscapes(isText)), (isDate = false);
        break;
      case 'str':
        if (!hasV) return finishEmpty(formula, style);
        (kind = 'string'), (value = decodeXmlEscapes(vText)), (isDate = false);
        break;
      case 'b':
        if (!hasV || vText === '') return finishEmpty(formula, style);
        (kind = 'boolean'), (value = vText === '1' || vText.toLowerCase() === 'true'), (isDate = false);
        break;
      case 'e':
        if (!hasV) return finishEmpty(formula, style);
        (kind = 'error'), (value = vText), (isDate = false);
        break;
      case 'd': {
        if (!hasV || vText === '') return finishEmpty(formula, style);
        const iso = vText.trim().slice(0, 10);
        if (!isIsoDate(iso)) throw fail(`${entryRef()} 的日期“${vText.slice(0, 30)}”无效`);
        (kind = 'number'), (value = isoToExcelSerial(iso)), (isDate = true);
        break;
      }
      default: {
        if (!hasV || vText.trim() === '') return finishEmpty(formula, style);
        const n = Number(vText);
        if (!Number.isFinite(n)) throw fail(`${entryRef()} 的数值“${vText.slice(0, 20)}”无效`);
        (kind = 'number'), (value = n);
      }
    }
    const cell: Cell = { row: cRow, col: cCol, kind, value, numFmt: style.numFmt, isDate };
    if (formula !== undefined) (cell.formula = formula), (cell.hasCachedValue = true);
    store.put(cell);
  }

  function finishEmpty(formula: string | undefined, style: CellStyle): void {
    // A styled empty cell is not content; a formula without a result is (the importer reports it).
    if (formula === undefined) return;
    store.put({ row: cRow, col: cCol, kind: 'blank', value: null, numFmt: style.numFmt, isDate: style.isDate, formula, hasCachedValue: false });
  }

  const entryRef = () => cellAddress(cRow, cCol);

  parseXmlEntry(zip, entry, budget, {
    capturing: () => capture !== 'none',
    open(name, a) {
      switch (name) {
        case 'row':
          rowNum = a.r ? Number(a.r) : rowNum + 1;
          colCursor = 0;
          break;
        case 'c': {
          inCell = true;
          if (a.r) {
            const [r, c] = parseRef(a.r);
            if (!r || !c) throw fail(`单元格引用“${a.r}”无效`);
            cRow = r;
            cCol = c;
          } else {
            cRow = rowNum || 1;
            cCol = colCursor + 1;
          }
          colCursor = cCol;
          cType = a.t ?? 'n';
          cStyle = a.s ? Number(a.s) : 0;
          vText = '';
          hasV = false;
          fText = undefined;
          fShared = undefined;
          isText = '';
          break;
        }
        case 'v':
          if (inCell) (capture = 'v'), (hasV = true);
          break;
        case 'f':
          if (inCell) {
            capture = 'f';
            fText = '';
            if (a.t === 'shared' && a.si !== undefined) fShared = { si: a.si, master: a.ref !== undefined };
          } else if (dvFormula) capture = dvFormula;
          break;
        case 'is':
          inIs = true;
          break;
        case 't':
          if (inIs && phonetic === 0) capture = 't';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 'mergeCell': {
          const r = a.ref ? parseRange(a.ref) : undefined;
          if (r) store.merges.push(r);
          break;
        }
        case 'dataValidation':
          dv = {
            type: a.type ?? 'any',
            ranges: [],
            sqref: a.sqref ?? '',
            allowBlank: a.allowBlank === '1' || a.allowBlank === 'true',
            ...(a.operator ? { operator: a.operator } : {}),
          };
          break;
        case 'formula1':
        case 'formula2':
          if (dv) {
            dvFormula = name === 'formula1' ? 'dvFormula1' : 'dvFormula2';
            capture = dvFormula;
          }
          break;
        case 'sqref':
          if (dv) capture = 'dvSqref';
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'c':
          finishCell();
          inCell = false;
          capture = 'none';
          break;
        case 'v':
        case 'f':
        case 't':
        case 'sqref':
          capture = 'none';
          break;
        case 'is':
          inIs = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'formula1':
        case 'formula2':
          dvFormula = undefined;
          capture = 'none';
          break;
        case 'dataValidation':
          if (dv) {
            dv.ranges = dv.sqref.split(/\s+/).map((s) => parseRange(s)).filter((r) => r !== undefined);
            store.validations.push(dv);
          }
          dv = undefined;
          break;
      }
    },
    text(t) {
      switch (capture) {
        case 'v':
          vText += t;
          break;
        case 'f':
          fText += t;
          break;
        case 't':
          isText += t;
          break;
        case 'dvFormula1':
          if (dv) dv.formula1 = (dv.formula1 ?? '') + t;
          break;
        case 'dvFormula2':
          if (dv) dv.formula2 = (dv.formula2 ?? '') + t;
          break;
        case 'dvSqref':
          if (dv) dv.sqref = (dv.sqref ? dv.sqref + ' ' : '') + t.trim();
          break;
      }
    },
  });
}
