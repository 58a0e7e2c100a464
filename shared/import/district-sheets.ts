/**
 * 问题台账 and 工作情况 of a district return: the institutions' rows side by side, each naming its
 * institution. The ledger is read by the institutions' own ledger parser, once per institution
 * over a view holding only that institution's rows — so every check (dropdowns, dates, duplicate
 * 台账编号 within one institution) and every cell address is exactly as for a single return.
 */
import type { Issue } from '../errors';
import type { FocusArea } from '../domain/campaign';
import { LEDGER_COLUMNS, WORK_ITEMS, type LedgerRowInput, type WorkKey, type WorkText } from '../domain/ledger';
import { DISTRICT_ID_HEADERS } from '../domain/district-return';
import { idColumns, MAX_COLS, MAX_HEADER_SCAN, type IdColumns } from './district-columns';
import { OwnerKeys, rowOwner, rowsView, type DistrictUnitRef } from './district-owner';
import { addr, textAt, type GridSheet } from './grid';
import { parseLedgerSheet } from './parse-ledger-sheet';
import { isBlank, normalizeKey } from './text';

export interface OwnedLedger { ref: DistrictUnitRef; rows: LedgerRowInput[] }
export interface OwnedWork { ref: DistrictUnitRef; work: WorkText }

const ledgerKey = (s: string) => normalizeKey(s).replace(/[*＊]/g, '').replace(/[(（][^)）]*[)）]/g, '').replace(/[／/]/g, '');
const LEDGER_HEADERS = new Set(LEDGER_COLUMNS.flatMap((c) => [c.header, ...c.synonyms]).map(ledgerKey));

function ledgerHeaderCount(s: GridSheet, r: number): number {
  let n = 0;
  for (let c = 1; c <= Math.min(s.colCount, MAX_COLS); c++) if (LEDGER_HEADERS.has(ledgerKey(textAt(s, r, c)))) n++;
  return n;
}

function seqColumn(s: GridSheet, r: number): number | null {
  for (let c = 1; c <= Math.min(s.colCount, MAX_COLS); c++) if ((DISTRICT_ID_HEADERS.seq as readonly string[]).includes(normalizeKey(textAt(s, r, c)))) return c;
  return null;
}

/** Whether row r holds anything besides the institution and 序号 columns. */
function rowFilled(s: GridSheet, r: number, skip: Set<number>): boolean {
  for (let c = 1; c <= Math.min(s.colCount, MAX_COLS); c++) {
    if (skip.has(c)) continue;
    const cell = s.cell(r, c);
    if (cell && (cell.formula || !isBlank(cell.value))) return true;
  }
  return false;
}

const fileError = (s: GridSheet, rule: string, message: string): Issue => ({ rule, severity: '错误', sheet: s.name, message });

/** The ledger rows of each institution, keyed by owner key (see OwnerKeys). */
export function parseDistrictLedger(s: GridSheet, areas: FocusArea[], keys: OwnerKeys, issues: Issue[], date1904: boolean): Map<string, OwnedLedger> {
  const out = new Map<string, OwnedLedger>();
  let ownerRow = 0;
  let ids: IdColumns | null = null;
  let anyLedgerHeader = false;
  for (let r = 1; r <= Math.min(s.rowCount, MAX_HEADER_SCAN) && !ownerRow; r++) {
    const n = ledgerHeaderCount(s, r);
    if (n >= 3) anyLedgerHeader = true;
    const found = n >= 3 ? idColumns(s, r) : null;
    if (found) { ownerRow = r; ids = found; }
  }
  if (!ownerRow || !ids) {
    issues.push(anyLedgerHeader
      ? fileError(s, 'district.ledger-owner', `“${s.name}”缺少“机构名称”或“统一社会信用代码”列：区县汇总表中的每条问题都要写明所属机构，请使用下发的区县汇总填报表。`)
      : fileError(s, 'ledger.header', `“${s.name}”工作表中找不到台账表头（应有“机构名称”“问题描述”“整改时限”“整改状态”等列），请使用下发的区县汇总填报表。`));
    return out;
  }
  const headerEnd = ledgerHeaderCount(s, ownerRow + 1) >= 2 ? ownerRow + 1 : ownerRow;
  const headerIssues: Issue[] = [];
  parseLedgerSheet(rowsView(s, headerEnd, new Set()), areas, headerIssues, date1904);
  if (headerIssues.some((i) => i.severity === '错误')) { issues.push(...headerIssues); return out; }

  const skip = new Set([ids.nameCol, ids.usccCol, seqColumn(s, ownerRow)].filter((c): c is number => c !== null));
  const groups = new Map<string, { ref: DistrictUnitRef; rows: Set<number> }>();
  for (let r = headerEnd + 1; r <= s.rowCount; r++) {
    if (!rowFilled(s, r, skip)) continue;
    const owner = rowOwner(s, r, ids, issues);
    if (!owner) {
      const cell = addr(r, ids.nameCol ?? ids.usccCol ?? 1);
      issues.push({ rule: 'district.row-unit', severity: '错误', sheet: s.name, cell, row: r, message: `${s.name}!${cell}：第${r}行填写了问题，但没有填写机构名称或统一社会信用代码，请补上所属机构` });
      continue;
    }
    const key = keys.canonical(owner);
    const g = groups.get(key) ?? { ref: owner.ref, rows: new Set<number>() };
    g.rows.add(r);
    groups.set(key, g);
  }
  for (const [key, g] of groups) {
    out.set(key, { ref: g.ref, rows: parseLedgerSheet(rowsView(s, headerEnd, g.rows), areas, issues, date1904) });
  }
  return out;
}

const WORK_LABELS = WORK_ITEMS.map((w) => ({ key: w.key as WorkKey, label: normalizeKey(w.label), prefix: normalizeKey(w.label).slice(0, 4) }));

function workKeyOf(text: string): WorkKey | null {
  const k = normalizeKey(text).replace(/[:：]$/, '');
  if (!k) return null;
  return WORK_LABELS.find((w) => w.label === k || k.startsWith(w.prefix))?.key ?? null;
}

/** The 工作情况 texts of each institution (one row per institution, one column per item). */
export function parseDistrictWork(s: GridSheet, keys: OwnerKeys, issues: Issue[]): Map<string, OwnedWork> {
  const out = new Map<string, OwnedWork>();
  for (let r = 1; r <= Math.min(s.rowCount, MAX_HEADER_SCAN); r++) {
    const ids = idColumns(s, r);
    if (!ids) continue;
    const cols: { col: number; key: WorkKey }[] = [];
    for (let c = 1; c <= Math.min(s.colCount, MAX_COLS); c++) {
      const key = c === ids.nameCol || c === ids.usccCol ? null : workKeyOf(textAt(s, r, c));
      if (key && !cols.some((x) => x.key === key)) cols.push({ col: c, key });
    }
    if (cols.length < 2) continue;
    for (let row = r + 1; row <= s.rowCount; row++) {
      const texts = cols.map((x) => ({ key: x.key, text: textAt(s, row, x.col) })).filter((x) => x.text);
      if (!texts.length) continue;
      const owner = rowOwner(s, row, ids, issues);
      if (!owner) {
        const cell = addr(row, ids.nameCol ?? ids.usccCol ?? 1);
        issues.push({ rule: 'district.row-unit', severity: '错误', sheet: s.name, cell, row, message: `${s.name}!${cell}：第${row}行填写了工作情况，但没有填写机构名称或统一社会信用代码` });
        continue;
      }
      const key = keys.canonical(owner);
      const entry = out.get(key) ?? { ref: owner.ref, work: {} };
      for (const t of texts) if (!entry.work[t.key]) entry.work[t.key] = t.text.slice(0, 20_000);
      out.set(key, entry);
    }
    return out;
  }
  return out;
}
