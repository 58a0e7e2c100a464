/**
 * readWorkbook: the lean .xlsx reader on the import hot path. Reads only the parts it needs
 * (workbook, rels, styles, shared strings, the selected sheets), each streamed through saxes
 * under one uncompressed-byte budget, with row/column/cell/string limits enforced while reading.
 */
import { cfbRefusal, magicRefusal, zipRefusal } from './refusals';
import { classifyCfb } from './cfb';
import { readFail } from './errors';
import { SheetStore, type CellCounter } from './sheet';
import { parseSheet } from './sheet-parser';
import { parseSharedStrings } from './shared-strings';
import { classifyZip, sniffMagic } from './sniff';
import { parseStyles } from './styles';
import { resolveLimits, type ReadOptions, type Sheet, type SheetInfo, type Workbook } from './types';
import { resolveValidationLists } from './validation-lists';
import { findWorkbookPart, readRels, readWorkbookXml, toDefinedNames } from './workbook-parts';
import { openZip, type ByteBudget, type ZipArchive } from './zip';

const NOT_XLSX = '不是 Excel 表格文件（.xlsx），无法读取。请用 Excel/WPS 打开后另存为 .xlsx 再导入。';

/**
 * Reads an .xlsx/.xlsm package. Throws AppError('validation') with a Chinese message for anything
 * that is not one (legacy .xls and encrypted files included: readSpreadsheet routes those) and
 * for files beyond the limits in ReadOptions.
 */
export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): Workbook {
  const magic = sniffMagic(bytes);
  if (magic === 'cfb') throw cfbRefusal(classifyCfb(bytes));
  if (magic !== 'zip') throw magicRefusal(magic);
  const zip = openZip(bytes);
  const kind = classifyZip(zip);
  if (kind !== 'xlsx' && kind !== 'xlsm') throw zipRefusal(kind);
  return readOpenedWorkbook(zip, kind, opts);
}

/** readWorkbook for a package already opened and classified (readSpreadsheet sniffs first). */
export function readOpenedWorkbook(zip: ZipArchive, kind: 'xlsx' | 'xlsm', opts: ReadOptions = {}): Workbook {
  const limits = resolveLimits(opts);
  const budget: ByteBudget = { remaining: limits.maxUncompressedBytes, limit: limits.maxUncompressedBytes };
  const wbPart = findWorkbookPart(zip, budget);
  if (!wbPart) throw readFail(NOT_XLSX, '缺少 xl/workbook.xml');
  const wb = readWorkbookXml(zip, wbPart, budget);
  const rels = readRels(zip, wbPart, budget);
  const relOfType = (type: string) => [...rels.values()].find((r) => r.type === type && !r.external);
  const stylesRel = relOfType('styles');
  const stringsRel = relOfType('sharedStrings');
  const styles = parseStyles(zip, stylesRel ? zip.get(stylesRel.target) : zip.get('xl/styles.xml'), budget);
  const strings = parseSharedStrings(zip, stringsRel ? zip.get(stringsRel.target) : zip.get('xl/sharedStrings.xml'), budget, limits.maxSharedStrings);

  const counter: CellCounter = { cells: 0 };
  const sheetInfos: SheetInfo[] = [];
  const sheets: Sheet[] = [];
  wb.sheets.forEach((s, index) => {
    const rel = rels.get(s.rid);
    const kind: SheetInfo['kind'] = rel?.type === 'worksheet' ? 'worksheet' : rel?.type === 'chartsheet' ? 'chartsheet' : 'other';
    const info: SheetInfo = { name: s.name, state: s.state, index, kind };
    sheetInfos.push(info);
    if (opts.sheets && !opts.sheets(s.name, info)) return;
    const store = new SheetStore(info, limits, counter);
    store.setDate1904(wb.date1904);
    if (kind === 'worksheet' && rel) {
      const entry = zip.get(rel.target);
      if (!entry) throw readFail(`文件不完整：缺少工作表「${s.name}」的内容。请用 Excel/WPS 打开后另存为 .xlsx 再导入。`, rel.target);
      parseSheet(zip, entry, budget, store, { strings, styles });
    }
    sheets.push(store);
  });

  const definedNames = toDefinedNames(wb, sheetInfos);
  resolveValidationLists(sheets, definedNames, wb.date1904);
  const hasExternalLinks =
    wb.hasExternalReferences ||
    [...rels.values()].some((r) => r.type === 'externalLink') ||
    zip.entries.some((e) => e.name.toLowerCase().startsWith('xl/externallinks/'));
  return {
    format: kind,
    sheets,
    sheetInfos,
    definedNames,
    date1904: wb.date1904,
    hasMacros: kind === 'xlsm',
    hasExternalLinks,
    sheet: (name) => sheets.find((s) => s.name === name),
  };
}
