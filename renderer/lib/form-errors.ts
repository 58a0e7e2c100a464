/**
 * Puts backend (or shared-rule) validation problems next to the form fields they concern. Sources:
 * an ApiError's `details` (Issue.column = field key like `endDate`, `focusAreas.1.code`, or a
 * Chinese label), or the dispatcher's argument message `参数不正确：draft.name：…；draft.x：…`.
 */
import type { Issue } from '../../shared/errors';
import { ApiError } from './api-error';

export type FieldPath = (string | number)[];

export interface FieldError {
  name: FieldPath;
  errors: string[];
}

export interface PlacedErrors {
  /** Errors for fields that exist in the form (antd form.setFields). */
  fields: FieldError[];
  /** Errors about a whole list or group (phases, focusAreas, thresholds …), keyed by its top field. */
  sections: Record<string, string[]>;
  /** Anything not tied to a field. */
  general: string[];
}

const HAS_CJK = /[\u4e00-\u9fff]/;

export function toPath(column: string, stripPrefix = ''): FieldPath {
  const c = stripPrefix && column.startsWith(stripPrefix) ? column.slice(stripPrefix.length) : column;
  return c.split('.').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Issues out of the dispatcher's zod message, one per `path：message` part. */
export function parseArgumentMessage(message: string): Issue[] {
  const m = /^参数不正确[：:](.*)$/s.exec(message);
  if (!m) return [];
  return m[1].split('；').map((part) => {
    const i = part.indexOf('：');
    const column = i > 0 ? part.slice(0, i).trim() : '';
    const text = i > 0 ? part.slice(i + 1).trim() : part.trim();
    return { rule: 'argument', severity: '错误' as const, message: text, ...(column && column !== '参数' ? { column } : {}) };
  });
}

/** The located issues of a failed save, from details or the argument message. */
export function issuesFromError(e: unknown): Issue[] {
  if (!(e instanceof ApiError)) return [];
  if (e.details?.length) return e.details;
  return parseArgumentMessage(e.message);
}

export interface PlaceOptions {
  /** Prefix the backend puts before field keys (`draft.`, `input.`). */
  stripPrefix?: string;
  /** Chinese column labels → field keys (for issues that name the column as the clerk sees it). */
  aliases?: Record<string, string>;
  /** Field labels for replacing untranslated validator messages. */
  labels?: Record<string, string>;
  /** True for paths that are real form fields (others go to their section or general). */
  isField: (path: FieldPath) => boolean;
}

function localise(message: string, path: FieldPath, labels: Record<string, string>): string {
  if (HAS_CJK.test(message)) return message;
  const key = path.filter((p) => typeof p === 'string').join('.');
  const label = labels[key] ?? labels[String(path[path.length - 1])] ?? labels[String(path[0])] ?? '该项';
  return `${label}填写不正确，请检查`;
}

export function placeIssues(issues: readonly Issue[], o: PlaceOptions): PlacedErrors {
  const byField = new Map<string, FieldError>();
  const sections: Record<string, string[]> = {};
  const general: string[] = [];
  const labels = o.labels ?? {};
  for (const issue of issues) {
    const raw = issue.column ? (o.aliases?.[issue.column] ?? issue.column) : '';
    const path = raw ? toPath(raw, o.stripPrefix) : [];
    const message = localise(issue.message, path, labels);
    if (path.length && o.isField(path)) {
      const k = JSON.stringify(path);
      const fe = byField.get(k) ?? { name: path, errors: [] };
      if (!fe.errors.includes(message)) fe.errors.push(message);
      byField.set(k, fe);
    } else if (path.length && typeof path[0] === 'string') {
      const list = (sections[path[0]] ??= []);
      if (!list.includes(message)) list.push(message);
    } else if (!general.includes(message)) {
      general.push(message);
    }
  }
  return { fields: [...byField.values()], sections, general };
}
