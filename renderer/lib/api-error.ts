/**
 * The renderer's error for a failed call: the backend's ErrorPayload (code, Chinese message, located
 * issues) or a transport failure described in the same shape, so screens handle one type.
 */
import { formatIssue, type AppErrorCode, type ErrorPayload, type Issue } from '../../shared/errors';

export class ApiError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Issue[];
  constructor(code: AppErrorCode, message: string, details?: Issue[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  static fromPayload(p: ErrorPayload): ApiError {
    return new ApiError(p.code, p.message, p.details);
  }
}

/** Transport failures in the clerk's terms (what happened, what to do). */
export function httpStatusError(status: number): ApiError {
  if (status === 401 || status === 403) {
    return new ApiError('usage', '会话已失效：请使用程序启动时显示的完整地址（带 token）重新打开本页面。');
  }
  return new ApiError('io', `本机服务返回错误（HTTP ${status}），请重试；如反复出现请重新启动程序。`);
}

export const NETWORK_ERROR_MESSAGE = '无法连接到本机服务：请确认“专项整治报送统计”程序仍在运行，然后刷新页面。';

/** One line for a message box: the message, then up to `max` located issues. */
export function describeError(e: unknown, max = 5): string {
  if (e instanceof ApiError) {
    const lines = (e.details ?? []).slice(0, max).map(formatIssue);
    const more = (e.details?.length ?? 0) > max ? [`……共 ${e.details!.length} 处问题`] : [];
    const detail = lines.filter((l) => !e.message.includes(l));
    return [e.message, ...detail, ...more].join('\n');
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Turns a Result-shaped value into data or a thrown ApiError. */
export function unwrapResult<T>(r: unknown): T {
  if (r && typeof r === 'object' && 'ok' in r) {
    const res = r as { ok: boolean; data?: unknown; error?: ErrorPayload };
    if (res.ok) return res.data as T;
    if (res.error && typeof res.error.message === 'string') throw ApiError.fromPayload(res.error);
  }
  throw new ApiError('internal', '本机服务返回了无法识别的应答，请重新启动程序后重试。');
}
