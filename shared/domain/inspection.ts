/**
 * The inspection log (检查/督查记录): one record per on-site inspection of one institution. The
 * log is what 社会办 coverage (C4/C5) is computed from, and each finding becomes (or links to) a
 * ledger issue so rectification is tracked in one place. Enumerations match the CHECK
 * constraints of migration 0070; synonyms let a district's hand-typed sheet through.
 */
import { normalizeKey } from '../import/text';

export const BODY_KINDS = ['市卫生健康委', '区县卫生健康局', '卫生监督所', '联合检查组'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const INSPECTION_FORMS = ['常规检查', '专项督查', '明察暗访', '四不两直'] as const;
export type InspectionForm = (typeof INSPECTION_FORMS)[number];

/** Days a finding's issue gets to be rectified when the log gives no 整改时限. */
export const DEFAULT_RECTIFY_DAYS = 30;

const FORM_SYNONYMS: Record<string, InspectionForm> = {
  常规检查: '常规检查', 日常检查: '常规检查', 日常监督检查: '常规检查', 监督检查: '常规检查', 例行检查: '常规检查', 常规: '常规检查',
  专项督查: '专项督查', 专项检查: '专项督查', 督查: '专项督查', 专项督导: '专项督查', 督导检查: '专项督查',
  明察暗访: '明察暗访', 暗访: '明察暗访', 明查暗访: '明察暗访',
  四不两直: '四不两直', '“四不两直”': '四不两直', 四不两直检查: '四不两直', 四不两直暗访: '四不两直',
};

const BODY_KIND_SYNONYMS: Record<string, BodyKind> = {
  市卫生健康委: '市卫生健康委', 市卫健委: '市卫生健康委', 市卫生健康委员会: '市卫生健康委', 市级: '市卫生健康委',
  区县卫生健康局: '区县卫生健康局', 区县卫健局: '区县卫生健康局', 区卫健局: '区县卫生健康局', 县卫健局: '区县卫生健康局', 区县级: '区县卫生健康局',
  卫生监督所: '卫生监督所', 监督所: '卫生监督所', 卫生监督机构: '卫生监督所', 卫生执法支队: '卫生监督所', 卫生计生执法支队: '卫生监督所',
  联合检查组: '联合检查组', 联合检查: '联合检查组', 联合执法: '联合检查组', 联合督查组: '联合检查组',
};

const stripQuotes = (s: string) => normalizeKey(s).replace(/[“”"'‘’]/g, '');

export function matchInspectionForm(text: string): InspectionForm | null {
  const k = stripQuotes(text);
  for (const [syn, form] of Object.entries(FORM_SYNONYMS)) if (stripQuotes(syn) === k) return form;
  return null;
}

export function matchBodyKind(text: string): BodyKind | null {
  const k = stripQuotes(text);
  for (const [syn, kind] of Object.entries(BODY_KIND_SYNONYMS)) if (stripQuotes(syn) === k) return kind;
  return null;
}

/** The kind of a body from its name, when the sheet leaves 主体类别 blank (宿城区卫生监督所 → 卫生监督所). */
export function inferBodyKind(body: string): BodyKind | null {
  const k = stripQuotes(body);
  if (/联合/.test(k)) return '联合检查组';
  if (/监督所|执法支队|执法大队|监督局/.test(k)) return '卫生监督所';
  if (/(区|县|市辖区)(卫生健康局|卫健局|卫生健康委|卫健委)/.test(k) && !/^.{0,4}市(卫生健康|卫健)/.test(k)) return '区县卫生健康局';
  if (/市(卫生健康委|卫健委|卫生健康委员会)/.test(k)) return '市卫生健康委';
  return null;
}

/** Splits a cell of several findings: one per line, or numbered 1. 2、（3）, or separated by ；. */
export function splitFindings(text: string): string[] {
  const t = text.replace(/\r\n?/g, '\n').trim();
  if (!t || /^(无|没有|未发现问题|未发现|暂无|无问题|\/|-|—)$/.test(t)) return [];
  const parts = t
    .split(/\n+|[；;]+|(?:^|\s)(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．](?!\d))|(?=[（(]\d{1,2}[)）])/)
    .map((p) => p.replace(/^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．]\s*|^\s*[（(]\d{1,2}[)）]\s*/, '').trim())
    .filter((p) => p && !/^[。，,]$/.test(p));
  return parts.map((p) => p.replace(/[。；;，,]+$/, '').slice(0, 2000));
}

/** Several values in one cell: 、，, ； / or line breaks. */
export function splitList(text: string): string[] {
  return text.split(/[、,，;；/／\n]+/).map((x) => x.trim()).filter(Boolean);
}

/** A finding as the log stores it; issueLedgerNo links an existing issue, else one is created. */
export interface FindingInput {
  text: string;
  issueLedgerNo?: string | null;
}

/** A validated inspection (form, workbook row or demo), before it is written. */
export interface InspectionInput {
  institutionId: number;
  inspectedDate: string;
  body: string;
  bodyKind: BodyKind;
  jointDepartments: string[];
  members: string;
  form: InspectionForm;
  focusCodes: string[];
  findings: FindingInput[];
  /** 整改时限 given to the findings' new ledger issues (default: date + DEFAULT_RECTIFY_DAYS). */
  deadline: string | null;
  measures: string[];
  fineFen: number | null;
  caseFiled: boolean;
  referredTo: string | null;
  attachments: string[];
  isTypical: boolean;
  isExposed: boolean;
  publicText: string | null;
}
