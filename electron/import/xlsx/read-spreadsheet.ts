/**
 * readSpreadsheet: the single entry the importer calls with a file's bytes and name. Sniffs the
 * content (names lie: a renamed .xls, an HTML export called .xls, a WPS .et) and routes to the
 * .xlsx reader or the legacy reader, or refuses with a Chinese message that starts with the file
 * name and says what to do.
 */
import { AppError } from '../../../shared/errors';
import { classifyCfb } from './cfb';
import { readFail, withFileName } from './errors';
import { readLegacyXls } from './legacy-xls';
import { readOpenedWorkbook } from './read-workbook';
import { cfbRefusal, magicRefusal, zipRefusal } from './refusals';
import { classifyZip, sniffMagic } from './sniff';
import type { ReadOptions, Workbook } from './types';
import { openZip } from './zip';

const WPS_EXTENSIONS = /\.(et|ett)$/i;

function route(bytes: Uint8Array, fileName: string, opts: ReadOptions): Workbook {
  const magic = sniffMagic(bytes);
  const ext = fileName.toLowerCase();
  if (magic === 'zip') {
    const zip = openZip(bytes);
    const kind = classifyZip(zip);
    if (kind === 'xlsx' || kind === 'xlsm') return readOpenedWorkbook(zip, kind, opts);
    if (kind === 'xlsb') return readLegacyXls(bytes, opts);
    throw zipRefusal(kind);
  }
  if (WPS_EXTENSIONS.test(ext)) {
    throw readFail('这是 WPS 表格专用格式（.et），无法直接读取。请在 WPS 中“另存为”Excel 工作簿（.xlsx）再导入。');
  }
  if (magic === 'cfb') {
    const kind = classifyCfb(bytes);
    if (kind === 'xls') return readLegacyXls(bytes, opts);
    throw cfbRefusal(kind);
  }
  // Web systems export HTML tables or SpreadsheetML 2003 named .xls; SheetJS reads both.
  if (magic === 'markup' && /\.(xls|xml)$/.test(ext)) return readLegacyXls(bytes, opts);
  throw magicRefusal(magic);
}

/**
 * Reads any spreadsheet the importer accepts (.xlsx, .xlsm, .xls, .xlsb, SpreadsheetML/HTML
 * saved as .xls). Every refusal is AppError('validation') whose message and issues name the file.
 */
export function readSpreadsheet(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Workbook {
  try {
    return route(bytes, fileName, opts);
  } catch (e) {
    if (e instanceof AppError && e.code === 'validation') throw withFileName(e, fileName);
    throw e;
  }
}
