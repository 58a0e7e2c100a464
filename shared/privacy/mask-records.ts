/**
 * Masking whole records before they leave the bureau: which field of a ledger issue, a ledger
 * snapshot, a submission's 工作情况 or a complaint lead holds personal data, and how to mask it.
 * Free text (问题描述, 整改措施, 典型做法, 线索内容) gets maskText (names in context, numbers);
 * fields that hold only people (涉及科室／人员, 整改责任人, 填报人) get maskPersons; phone fields
 * get maskPhoneField. Unlisted fields (codes, dates, statuses, amounts) are kept as they are.
 */
import { maskPersons, maskPhoneField, maskText } from './mask';

export type FieldMask = 'text' | 'persons' | 'phone';
export type FieldMasks = Readonly<Record<string, FieldMask>>;

/** Ledger issues and snapshots, in both the database's snake_case and LedgerRowInput's camelCase. */
export const LEDGER_FIELD_MASKS: FieldMasks = {
  description: 'text', measures: 'text', remarks: 'text', category: 'text', public_text: 'text', publicText: 'text',
  persons: 'persons', respPerson: 'persons', resp_person: 'persons',
};

/** 工作情况 (WorkText keys). */
export const WORK_FIELD_MASKS: FieldMasks = {
  measures: 'text', experience: 'text', policies: 'text', problems: 'text', nextSteps: 'text', filler: 'persons', phone: 'phone',
};

/** Complaint leads (举报线索): the subject may be a named doctor, the content quotes the whistleblower. */
export const LEAD_FIELD_MASKS: FieldMasks = {
  subject_text: 'text', subjectText: 'text', subject: 'text', content: 'text', result: 'text', public_text: 'text', publicText: 'text',
};

function maskValue(v: unknown, how: FieldMask): unknown {
  if (typeof v !== 'string' || !v) return v;
  return how === 'persons' ? maskPersons(v) : how === 'phone' ? maskPhoneField(v) : maskText(v);
}

/** A copy of `row` with the listed fields masked (other fields, and non-text values, untouched). */
export function maskFields<T extends object>(row: T, masks: FieldMasks): T {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const [k, how] of Object.entries(masks)) if (k in out) out[k] = maskValue(out[k], how);
  return out as T;
}
