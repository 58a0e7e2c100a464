/**
 * Parses a 区县汇总填报表 (shared/domain/district-return.ts) into one entry per institution:
 * its values with their cell addresses, its ledger rows and its work texts. Which roster unit each
 * entry is, and whether the file is accepted, is decided by the service (it needs the roster); this
 * reads what the file says, checks every cell as for a single return, and locates every problem.
 */
import type { Issue } from '../errors';
import type { FocusArea } from '../domain/campaign';
import { DISTRICT_META_CODE, DISTRICT_RETURN_KIND, TOTAL_ROW_LABELS } from '../domain/district-return';
import { INPUT_CONSISTENCY, yuanToFen, type IndicatorDef } from '../domain/indicators';
import type { LedgerRowInput, WorkText } from '../domain/ledger';
import { META_KEYS, SHEETS } from '../domain/return-template';
import { locateDataLayout, type DataLayout } from './district-columns';
import { OwnerKeys, rowOwner, type DistrictUnitRef } from './district-owner';
import { parseDistrictLedger, parseDistrictWork } from './district-sheets';
import { findSheet, readMeta } from './find-sheet';
import { addr, textAt, type GridBook, type GridCell, type GridSheet } from './grid';
import { parseNumberCell, parseYesNo } from './normalize';
import type { ParsedValue } from './parse-data-sheet';
import { isBlank, normalizeKey } from './text';

export type { DistrictUnitRef } from './district-owner';

export interface DistrictMeta {
  campaign: string | null;
  period: string | null;
  district: string | null;
  version: string | null;
}

/** One institution of the return. */
export interface DistrictEntry {
  key: string;
  /** Where it is first named: its 进展数据 row, else its first ledger or work row. */
  ref: DistrictUnitRef;
  /** Every other place it is named (for merging keys of the same institution and for messages). */
  otherRefs: DistrictUnitRef[];
  values: ParsedValue[];
  ledger: LedgerRowInput[];
  work: WorkText;
  /** Listed on 进展数据 with every indicator cell blank, and nothing in the other sheets (未报). */
  blank: boolean;
}

export interface ParsedDistrictReturn {
  meta: DistrictMeta;
  /** Names of the sheets as found (renamed sheets keep their names in provenance). */
  sheets: { data: string; ledger: string; work: string };
  entries: DistrictEntry[];
  issues: Issue[];
}

const MAX_ROWS = 5_000;

/** Whether the workbook's metadata marks it as a district return. */
export function isDistrictBook(book: GridBook): boolean {
  return readMeta(book)?.[META_KEYS.kind] === DISTRICT_RETURN_KIND;
}

function metaOf(book: GridBook): DistrictMeta {
  const m = readMeta(book) ?? {};
  const v = (k: string) => (m[k] ? m[k] : null);
  return { campaign: v(META_KEYS.campaign), period: v(META_KEYS.period), district: v(DISTRICT_META_CODE), version: v(META_KEYS.version) };
}

type CellRead = { ok: true; value: number; note?: string } | { ok: false; rule: string; message: string };

/** One indicator cell, checked exactly as on an institution's 进展数据 (blank → null = 未报). */
function readIndicatorCell(def: IndicatorDef, cell: GridCell | undefined): CellRead | null {
  if (!cell) return null;
  if (cell.noCachedValue) return { ok: false, rule: 'cell.formula-no-value', message: `公式“=${cell.formula ?? ''}”没有计算结果，请在 Excel/WPS 中打开并保存后重新导入，或直接填写数值` };
  if (isBlank(cell.value)) return null;
  if (def.input === 'yesno') {
    const p = parseYesNo(cell.value);
    return p.ok ? { ok: true, value: p.value ? 1 : 0 } : { ok: false, rule: 'cell.yesno', message: `“${def.name}”应填“是”或“否”：${p.reason}` };
  }
  const p = parseNumberCell(cell.value);
  if (!p.ok) return { ok: false, rule: 'cell.number', message: `“${def.name}”应为数字：${p.reason}` };
  if (p.value < 0) return { ok: false, rule: 'cell.negative', message: `“${def.name}”不能为负数（${p.value}）` };
  if (def.input === 'count' && !Number.isInteger(p.value)) return { ok: false, rule: 'cell.integer', message: `“${def.name}”应为整数（${p.value}）` };
  if (def.input === 'count' && p.value > 1_000_000) return { ok: false, rule: 'cell.absurd', message: `“${def.name}”数值过大（${p.value}），请核对` };
  if (def.input === 'money' && p.value > 1e10) return { ok: false, rule: 'cell.absurd', message: `“${def.name}”金额过大（${p.value} 元），请核对` };
  return { ok: true, value: def.input === 'money' ? yuanToFen(p.value) : p.value, note: p.note };
}

interface DataRow { key: string; ref: DistrictUnitRef; values: ParsedValue[]; blank: boolean }

function parseDataRows(s: GridSheet, layout: DataLayout, keys: OwnerKeys, issues: Issue[]): DataRow[] {
  const sheet = s.name;
  const err = (cell: string, row: number, rule: string, message: string, severity: Issue['severity'] = '错误') =>
    issues.push({ rule, severity, sheet, cell, row, message: `${sheet}!${cell}：${message}` });
  const out: DataRow[] = [];
  const seen = new Map<string, number>();
  const strayCols = new Set<number>();
  const last = Math.min(s.rowCount, layout.dataStart + MAX_ROWS - 1);
  if (s.rowCount > last) issues.push({ rule: 'district.too-many', severity: '错误', sheet, message: `“${sheet}”超过 ${MAX_ROWS} 行，区县汇总表不应有这么多机构，请核对或拆分后导入` });
  for (let r = layout.dataStart; r <= last; r++) {
    const idText = textAt(s, r, layout.ids.nameCol ?? layout.ids.usccCol ?? 1);
    const cells = layout.columns.map((c) => ({ c, cell: s.cell(r, c.col) }));
    const anyValue = cells.some(({ cell }) => cell && (cell.formula || !isBlank(cell.value)));
    if (TOTAL_ROW_LABELS.includes(normalizeKey(idText))) {
      if (anyValue) err(addr(r, layout.ids.nameCol ?? layout.ids.usccCol ?? 1), r, 'district.total-row', `“${idText}”行已忽略：合计由系统按各机构的数据计算`, '警告');
      continue;
    }
    const owner = rowOwner(s, r, layout.ids, issues);
    if (!owner) {
      if (anyValue) err(addr(r, layout.ids.nameCol ?? layout.ids.usccCol ?? 1), r, 'district.row-unit', `第${r}行填写了数据，但没有填写机构名称或统一社会信用代码，请补上所属机构`);
      continue;
    }
    for (const u of [...layout.unknown, ...layout.unmatched]) {
      const cell = s.cell(r, u.col);
      if (cell && !isBlank(cell.value)) strayCols.add(u.col);
    }
    const key = keys.canonical(owner);
    const before = seen.get(key);
    if (before) { err(owner.ref.cell, r, 'district.duplicate-row', `机构“${owner.ref.name ?? owner.ref.uscc}”在第${before}行和第${r}行重复出现，请合并为一行`); continue; }
    seen.set(key, r);
    keys.learn(owner);
    const values: ParsedValue[] = [];
    for (const { c, cell } of cells) {
      const where = addr(r, c.col);
      const read = readIndicatorCell(c.def, cell);
      if (!read) continue;
      if (!read.ok) { err(where, r, read.rule, read.message); continue; }
      if (read.note) err(where, r, 'cell.lenient', read.note, '警告');
      values.push({ code: c.def.code, focus: c.focus, value: read.value, cell: `${sheet}!${where}` });
    }
    checkConsistency(values, issues, sheet, r);
    out.push({ key, ref: owner.ref, values, blank: !anyValue });
  }
  for (const col of strayCols) {
    const u = [...layout.unknown, ...layout.unmatched].find((x) => x.col === col)!;
    const cell = addr(layout.headerRow, col);
    err(cell, layout.headerRow, 'district.unknown-column', `列“${u.header}”不是模板中的指标（或没有对应的整治重点），该列的数据未导入；如为自行添加的合计列可忽略`, '警告');
  }
  return out;
}

/** Inputs that must not exceed their parent (domain.md §3.3), per institution and focus area. */
function checkConsistency(values: ParsedValue[], issues: Issue[], sheet: string, row: number): void {
  for (const rule of INPUT_CONSISTENCY) {
    for (const v of values.filter((x) => x.code === rule.small)) {
      const big = values.find((x) => x.code === rule.big && x.focus === v.focus);
      if (big && v.value > big.value) {
        const cell = v.cell.split('!')[1];
        issues.push({ rule: 'data.consistency', severity: '错误', sheet, cell, row, message: `${v.cell}：${rule.message}（${v.value} > ${big.value}，见 ${big.cell}）` });
      }
    }
  }
}

export function parseDistrictReturn(book: GridBook, areas: FocusArea[]): ParsedDistrictReturn {
  const meta = metaOf(book);
  const issues: Issue[] = [];
  const data = findSheet(book, 'data');
  const ledgerSheet = findSheet(book, 'ledger');
  const workSheet = findSheet(book, 'work');
  const keys = new OwnerKeys();
  let rows: DataRow[] = [];
  if (!data) issues.push({ rule: 'file.sheets', severity: '错误', message: '缺少“进展数据”工作表，请使用下发的区县汇总填报表。' });
  else {
    const layout = locateDataLayout(data, areas);
    if (!layout) {
      issues.push({ rule: 'data.header', severity: '错误', sheet: data.name, message: `“${data.name}”工作表中找不到表头（应有“机构名称”或“统一社会信用代码”列和各指标列），请使用下发的区县汇总填报表。` });
    } else {
      for (const u of layout.unmatched) issues.push({ rule: 'district.focus-column', severity: '警告', sheet: data.name, cell: u.cell, message: `${data.name}!${u.cell}：列“${u.header}”没有对应的整治重点，该列未读取` });
      rows = parseDataRows(data, layout, keys, issues);
    }
  }
  if (!ledgerSheet) issues.push({ rule: 'file.sheets', severity: '错误', message: '缺少“问题台账”工作表；本期没有问题也请保留该表（可不填行）。' });
  const ledger = ledgerSheet ? parseDistrictLedger(ledgerSheet, areas, keys, issues, book.date1904 ?? false) : new Map();
  const work = workSheet ? parseDistrictWork(workSheet, keys, issues) : new Map();

  const entries = new Map<string, DistrictEntry>();
  const entryFor = (key: string, ref: DistrictUnitRef): DistrictEntry => {
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { key, ref, otherRefs: [], values: [], ledger: [], work: {}, blank: false }));
    else e.otherRefs.push(ref);
    return e;
  };
  for (const r of rows) Object.assign(entryFor(r.key, r.ref), { values: r.values, blank: r.blank });
  for (const [key, l] of ledger) entryFor(key, l.ref).ledger = l.rows;
  for (const [key, w] of work) entryFor(key, w.ref).work = w.work;
  for (const e of entries.values()) if (e.blank && (e.ledger.length || Object.keys(e.work).length)) e.blank = false;
  const sheets = { data: data?.name ?? SHEETS.data, ledger: ledgerSheet?.name ?? SHEETS.ledger, work: workSheet?.name ?? SHEETS.work };
  return { meta, sheets, entries: [...entries.values()], issues };
}
