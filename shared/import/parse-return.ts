/**
 * Parses a whole half-month return workbook into values, ledger rows and work text, collecting
 * every located problem. Identification of the institution and period happens in the service
 * (it needs the roster); this reads what the file says about itself.
 */
import type { Issue } from '../errors';
import type { FocusArea } from '../domain/campaign';
import { INPUT_CONSISTENCY, indicatorDef } from '../domain/indicators';
import { DEPARTMENT_INDICATORS, DEPARTMENT_META_CODE, DEPARTMENT_RETURN_KIND, DEPARTMENT_SYNONYMS } from '../domain/department-indicators';
import { WORK_ITEMS, type LedgerRowInput, type WorkText } from '../domain/ledger';
import { META_KEYS } from '../domain/return-template';
import { findSheet, readMeta } from './find-sheet';
import { textAt, type GridBook, type GridSheet } from './grid';
import { parseDataSheet, type IndicatorSet, type ParsedValue } from './parse-data-sheet';
import { parseLedgerSheet } from './parse-ledger-sheet';
import { normalizeKey } from './text';

export interface ReturnMeta {
  campaign: string | null;
  period: string | null;
  uscc: string | null;
  licence: string | null;
  name: string | null;
  version: string | null;
  /** return_kind: 'institution' or 'department' (a partner department's return). */
  kind: string | null;
  /** The campaign's department code, on a department's return. */
  department: string | null;
}

export type ReturnKind = 'institution' | 'department';

export interface ParsedReturn {
  meta: ReturnMeta | null;
  /** Whose return it is: the metadata says; a hand-made file holding only department rows is a department's. */
  kind: ReturnKind;
  /** Texts found in the sheets that may identify the unit when there is no metadata. */
  hints: { uscc: string[]; names: string[] };
  values: ParsedValue[];
  ledger: LedgerRowInput[];
  work: WorkText;
  issues: Issue[];
}

function metaOf(book: GridBook): ReturnMeta | null {
  const m = readMeta(book);
  if (!m) return null;
  const v = (k: string) => (m[k] ? m[k] : null);
  return { campaign: v(META_KEYS.campaign), period: v(META_KEYS.period), uscc: v(META_KEYS.uscc), licence: v(META_KEYS.licence), name: v(META_KEYS.name), version: v(META_KEYS.version), kind: v(META_KEYS.kind), department: v(DEPARTMENT_META_CODE) };
}

const USCC_RE = /[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/;

/** USCC-looking strings and 填报单位 names in the first rows of visible sheets. */
function hintsOf(book: GridBook): ParsedReturn['hints'] {
  const uscc = new Set<string>();
  const names = new Set<string>();
  for (const s of book.sheets) {
    if (s.hidden) continue;
    for (let r = 1; r <= Math.min(s.rowCount, 8); r++) {
      for (let c = 1; c <= Math.min(s.colCount, 12); c++) {
        const t = textAt(s, r, c);
        if (!t) continue;
        const m = USCC_RE.exec(t.toUpperCase());
        if (m) uscc.add(m[0]);
        const n = /(?:填报单位|单位名称|机构名称)[:：]\s*([^\s（(]+)/.exec(t);
        if (n) names.add(n[1]);
        else if (/^(填报单位|单位名称|机构名称)[:：]?$/.test(t)) {
          const next = textAt(s, r, c + 1);
          if (next) names.add(next);
        }
      }
    }
  }
  return { uscc: [...uscc], names: [...names] };
}

const WORK_LABELS = WORK_ITEMS.map((w) => ({ item: w, key: normalizeKey(w.label), prefix: normalizeKey(w.label).slice(0, 4) }));

function parseWork(s: GridSheet): WorkText {
  const out: WorkText = {};
  for (let r = 1; r <= Math.min(s.rowCount, 100); r++) {
    for (let c = 1; c <= Math.min(s.colCount, 10); c++) {
      const raw = s.cell(r, c)?.value;
      if (typeof raw !== 'string') continue;
      const label = normalizeKey(raw).replace(/[:：]$/, '');
      if (!label) continue;
      const item = WORK_LABELS.find((w) => w.key === label || label.startsWith(w.prefix))?.item;
      if (!item || out[item.key]) continue;
      // The answer sits to the right of the label, or below it.
      let text = '';
      for (let cc = c + 1; cc <= Math.min(s.colCount, c + 6) && !text; cc++) text = textAt(s, r, cc);
      if (!text) {
        // Below the label only when that cell is not itself another item's label (a blank answer).
        const below = textAt(s, r + 1, c);
        const belowKey = normalizeKey(below).replace(/[:：]$/, '');
        if (!WORK_LABELS.some((w) => w.key === belowKey || belowKey.startsWith(w.prefix))) text = below;
      }
      if (text && normalizeKey(text) !== label) out[item.key] = text.slice(0, 20_000);
    }
  }
  return out;
}

const DEPARTMENT_SET: IndicatorSet = { defs: DEPARTMENT_INDICATORS, synonyms: DEPARTMENT_SYNONYMS };

/** A partner department's return: 进展数据 (its own rows) and 工作情况; no ledger. */
function parseDepartmentReturn(book: GridBook, areas: FocusArea[], meta: ReturnMeta | null): ParsedReturn {
  const issues: Issue[] = [];
  const data = findSheet(book, 'data');
  const work = findSheet(book, 'work');
  if (!data) issues.push({ rule: 'file.sheets', severity: '错误', message: '缺少“进展数据”工作表，请使用本期下发的部门报送模板。' });
  const values = data ? parseDataSheet(data, areas, issues, DEPARTMENT_SET) : [];
  return { meta, kind: 'department', hints: hintsOf(book), values, ledger: [], work: work ? parseWork(work) : {}, issues };
}

/** Without metadata: no 问题台账 and department rows (and no institution rows) in 进展数据. */
function looksLikeDepartment(book: GridBook, areas: FocusArea[]): boolean {
  const data = findSheet(book, 'data');
  if (!data || findSheet(book, 'ledger')) return false;
  return parseDataSheet(data, areas, [], DEPARTMENT_SET).length > 0 && parseDataSheet(data, areas, []).length === 0;
}

export function parseReturn(book: GridBook, areas: FocusArea[]): ParsedReturn {
  const meta = metaOf(book);
  if (meta ? meta.kind === DEPARTMENT_RETURN_KIND : looksLikeDepartment(book, areas)) return parseDepartmentReturn(book, areas, meta);
  const issues: Issue[] = [];
  const data = findSheet(book, 'data');
  const ledgerSheet = findSheet(book, 'ledger');
  const work = findSheet(book, 'work');
  if (!data && !ledgerSheet) {
    issues.push({ rule: 'file.sheets', severity: '错误', message: `找不到“进展数据”和“问题台账”工作表（现有：${book.sheets.map((s) => s.name).join('、') || '无'}），请使用本期下发的填报模板。` });
    return { meta, kind: 'institution', hints: hintsOf(book), values: [], ledger: [], work: {}, issues };
  }
  if (!data) issues.push({ rule: 'file.sheets', severity: '错误', message: '缺少“进展数据”工作表，请使用本期下发的填报模板。' });
  if (!ledgerSheet) issues.push({ rule: 'file.sheets', severity: '错误', message: '缺少“问题台账”工作表；本期没有问题也请保留该表（可不填行）。' });
  const values = data ? parseDataSheet(data, areas, issues) : [];
  const ledger = ledgerSheet ? parseLedgerSheet(ledgerSheet, areas, issues, book.date1904 ?? false) : [];
  checkConsistency(values, issues, data?.name ?? '进展数据');
  return { meta, kind: 'institution', hints: hintsOf(book), values, ledger, work: work ? parseWork(work) : {}, issues };
}

/** Inputs that must not exceed their parent (domain.md §3.3), per focus area. */
function checkConsistency(values: ParsedValue[], issues: Issue[], sheet: string): void {
  const get = (code: string, focus: string) => values.find((v) => v.code === code && v.focus === focus);
  for (const rule of INPUT_CONSISTENCY) {
    for (const v of values.filter((x) => x.code === rule.small)) {
      const big = get(rule.big, v.focus);
      if (big && v.value > big.value) {
        const cell = v.cell.split('!')[1];
        issues.push({ rule: 'data.consistency', severity: '错误', sheet, cell, message: `${v.cell}：${rule.message}（${indicatorDef(rule.small)?.name} ${v.value} > ${indicatorDef(rule.big)?.name} ${big.value}）` });
      }
    }
  }
}
