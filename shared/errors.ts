/**
 * Error model shared by every layer. Domain and service code throws `AppError`; the IPC/HTTP
 * boundary and the CLI turn it into an `ErrorPayload` (handlers return `Result`).
 */
export type AppErrorCode =
  | 'validation' // input rejected: bad file, bad field; CLI exit 1
  | 'not-found'
  | 'conflict'
  | 'locked' // period locked (封账)
  | 'cancelled'
  | 'usage' // CLI usage error; exit 2
  | 'io'
  | 'storage'
  | 'internal';

/** One problem located in a file or form: sheet + cell (e.g. `问题台账!F12`) where known. */
export interface Issue {
  rule: string;
  severity: '错误' | '警告';
  message: string;
  file?: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column?: string;
}

export interface ErrorPayload {
  code: AppErrorCode;
  message: string;
  details?: Issue[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Issue[];
  constructor(code: AppErrorCode, message: string, details?: Issue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** Maps anything thrown to a payload; unknown errors become `internal` with their message. */
export function toErrorPayload(e: unknown): ErrorPayload {
  if (e instanceof AppError) return { code: e.code, message: e.message, details: e.details };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `内部错误：${message}` };
}

export function strictAssert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new AppError('internal', message);
}

export function missingCaseError(x: never): Error {
  return new AppError('internal', `未处理的分支：${String(x)}`);
}

/** Formats an issue for a terminal or a message box: `文件 问题台账!F12：message`. */
export function formatIssue(i: Issue): string {
  const where = [i.file, i.sheet && i.cell ? `${i.sheet}!${i.cell}` : i.sheet ?? (i.row ? `第${i.row}行` : undefined)]
    .filter(Boolean)
    .join(' ');
  return `${where ? where + '：' : ''}${i.message}`;
}
