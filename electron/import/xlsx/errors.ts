/**
 * Errors raised while reading a spreadsheet. All are AppError('validation') (CLI exit 1) with a
 * Chinese message saying what is wrong and what the clerk can do; readSpreadsheet later prefixes
 * the file name. A technical detail, when there is one, is appended for whoever supports the clerk.
 */
import { AppError, type Issue } from '../../../shared/errors';

export const READ_RULE = 'file-read';

export function readFail(message: string, technical?: string, where?: Pick<Issue, 'sheet' | 'cell' | 'row' | 'column'>): AppError {
  const full = technical ? `${message}（技术信息：${technical}）` : message;
  return new AppError('validation', full, [{ rule: READ_RULE, severity: '错误', message: full, ...where }]);
}

/** Prefixes the file name to a reader error (message and every issue). */
export function withFileName(e: AppError, fileName: string): AppError {
  const details = (e.details ?? []).map((d) => ({ ...d, file: d.file ?? fileName }));
  return new AppError(e.code, `${fileName}：${e.message}`, details);
}
