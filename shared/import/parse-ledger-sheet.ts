/**
 * Reads the 问题台账 sheet: locates the header row by column texts and synonyms (one- or two-row
 * headers, any column order, blank rows/columns inserted), then parses and checks every row.
 */
import type { Issue } from '../errors';
import type { FocusArea } from '../domain/campaign';
import { yuanToFen } from '../domain/indicators';
import { isLedgerStatus, LEDGER_COLUMNS, MEASURES, type LedgerColumn, type LedgerRowInput } from '../domain/ledger';
import { addr, textAt, type GridSheet } from './grid';
import { isBlank, normalizeKey } from './text';
import { parseDateCell, parseNumberCell, parseYesNo } from './normalize';

const MAX_HEADER_SCAN = 20;
const MAX_ROWS = 20_000;
const LEDGER_DATE_MIN = '2000-01-01';
const LEDGER_DATE_MAX = '2069-12-31';

const headerKey = (s: string) => normalizeKey(s).replace(/[*＊]/g, '').replace(/[(（][^)）]*[)）]/g, '').replace(/[／/]/g, '');

const COLUMN_KEYS: { col: LedgerColumn; keys: string[] }[] = LEDGER_COLUMNS.map((col) => ({
  col,
  keys: [col.header, ...col.synonyms].map(headerKey),
}));

function columnFor(text: string): LedgerColumn | null {
  const k = headerKey(text);
  if (!k) return null;
  return COLUMN_KEYS.find((c) => c.keys.includes(k))?.col ?? COLUMN_KEYS.find((c) => c.keys.some((x) => x.length >= 2 && k.includes(x)))?.col ?? null;
}

interface HeaderMap { row: number; cols: Map<string, number> }

function locateHeader(s: GridSheet): HeaderMap | null {
  let best: HeaderMap | null = null;
  const cols = Math.min(s.colCount, 80);
  for (let r = 1; r <= Math.min(s.rowCount, MAX_HEADER_SCAN); r++) {
    const map = new Map<string, number>();
    for (let c = 1; c <= cols; c++) {
      // A two-row header: the lower row names the column when the upper cell is a merged group title.
      const lower = columnFor(textAt(s, r + 1, c));
      const upper = columnFor(textAt(s, r, c));
      const hit = upper ?? null;
      if (hit && !map.has(hit.key)) map.set(hit.key, c);
      else if (!hit && lower && textAt(s, r, c) && !map.has(lower.key)) map.set(lower.key, c);
    }
    if (map.size >= 3 && (!best || map.size > best.cols.size)) best = { row: r, cols: map };
  }
  if (!best) return null;
  // If the next row also carries header texts (two-row header), data start one row later.
  let extra = 0;
  for (const [, c] of best.cols) if (columnFor(textAt(s, best.row + 1, c))) extra++;
  return extra >= 2 ? { row: best.row + 1, cols: best.cols } : best;
}

function splitMulti(t: string): string[] {
  return t.split(/[、,，;；/／\s]+/).map((x) => x.trim()).filter(Boolean);
}

export function parseLedgerSheet(s: GridSheet, areas: FocusArea[], issues: Issue[], date1904 = false): LedgerRowInput[] {
  const sheet = s.name;
  const header = locateHeader(s);
  let errors = 0;
  const err = (cell: string, rule: string, message: string, severity: Issue['severity'] = '错误', row?: number) => {
    if (severity === '错误') errors++;
    issues.push({ rule, severity, sheet, cell, row, message: `${sheet}!${cell}：${message}` });
  };
  if (!header) {
    issues.push({ rule: 'ledger.header', severity: '错误', sheet, message: `“${sheet}”工作表中找不到台账表头（如“问题描述”“整改时限”“整改状态”），请使用本期下发的模板。` });
    return [];
  }
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !header.cols.has(c.key));
  if (missing.length) {
    issues.push({ rule: 'ledger.columns', severity: '错误', sheet, message: `“${sheet}”缺少必填列：${missing.map((c) => c.header).join('、')}（第${header.row}行表头）` });
    return [];
  }
  if (s.rowCount - header.row > MAX_ROWS) {
    issues.push({ rule: 'ledger.too-many', severity: '错误', sheet, message: `“${sheet}”超过 ${MAX_ROWS} 行，单个机构的台账不应如此之多，请核对或拆分后导入` });
    return [];
  }
  const out: LedgerRowInput[] = [];
  const seenNo = new Map<string, number>();
  for (let r = header.row + 1; r <= s.rowCount; r++) {
    const get = (key: string) => { const c = header.cols.get(key); return c ? { col: c, cell: s.cell(r, c) } : null; };
    const filled = LEDGER_COLUMNS.some((c) => {
      const g = get(c.key);
      return g?.cell && (g.cell.formula || !isBlank(g.cell.value));
    });
    if (!filled) continue;
    const before = errors;
    const row: Partial<LedgerRowInput> & { row: number } = { row: r };
    for (const col of LEDGER_COLUMNS) {
      const g = get(col.key);
      if (!g) continue;
      const where = addr(r, g.col);
      const cell = g.cell;
      if (cell?.noCachedValue) { err(where, 'cell.formula-no-value', `公式没有计算结果，请打开保存后重新导入或直接填写`, '错误', r); continue; }
      const text = textAt(s, r, g.col);
      if (!text) {
        if (col.required) err(where, 'ledger.required', `“${col.header}”为必填项`, '错误', r);
        continue;
      }
      switch (col.type) {
        case 'text': (row as Record<string, unknown>)[col.key] = text.slice(0, 2000); break;
        case 'date': {
          const p = parseDateCell(cell?.value ?? null, cell?.isDate ?? false, { date1904 });
          if (!p.ok) err(where, 'cell.date', `“${col.header}”不是有效日期：${p.reason}`, '错误', r);
          // A ledger date outside this window is a typo (2099 for 2023), not an issue's real date.
          else if (p.value < LEDGER_DATE_MIN || p.value > LEDGER_DATE_MAX) err(where, 'cell.date-range', `“${col.header}”${p.value} 超出合理范围（${LEDGER_DATE_MIN.slice(0, 4)}—${LEDGER_DATE_MAX.slice(0, 4)} 年），请核对年份`, '错误', r);
          else (row as Record<string, unknown>)[col.key] = p.value;
          break;
        }
        case 'money': {
          const p = parseNumberCell(cell?.value ?? null);
          if (!p.ok) err(where, 'cell.number', `“${col.header}”应为金额数字：${p.reason}`, '错误', r);
          else if (p.value < 0) err(where, 'cell.negative', `“${col.header}”不能为负数`, '错误', r);
          else (row as Record<string, unknown>)[col.key === 'amount' ? 'amountFen' : 'fineFen'] = yuanToFen(p.value);
          break;
        }
        case 'yesno': {
          const p = parseYesNo(cell?.value ?? null);
          if (!p.ok) err(where, 'cell.dropdown', `“${col.header}”应为“是”或“否”，实际为“${text}”`, '错误', r);
          else (row as Record<string, unknown>)[col.key === 'caseOpened' ? 'caseOpened' : 'typical'] = p.value;
          break;
        }
        case 'enum': {
          if (col.key === 'focus') {
            const k = normalizeKey(text).replace(/[“”"]/g, '');
            const hit = areas.find((a) => normalizeKey(a.name).replace(/[“”"]/g, '') === k || normalizeKey(a.code) === k)
              ?? areas.find((a) => { const n = normalizeKey(a.name).replace(/[“”"]/g, ''); return k.includes(n) || n.includes(k); });
            if (!hit) err(where, 'cell.dropdown', `“整治重点”的值“${text}”不在下拉列表中，可选：${areas.map((a) => a.name).join('、')}`, '错误', r);
            else row.focusCode = hit.code;
          } else if (col.key === 'penalties') {
            const parts = splitMulti(text);
            const bad = parts.filter((p) => !MEASURES.some((m) => normalizeKey(m) === normalizeKey(p)));
            if (bad.length) err(where, 'cell.dropdown', `“处理方式”中的“${bad.join('、')}”不在下拉列表中，可选：${MEASURES.join('、')}`, '错误', r);
            else row.penalties = parts.join('、');
          } else {
            const hit = col.options!.find((o) => normalizeKey(o) === normalizeKey(text));
            if (!hit) err(where, 'cell.dropdown', `“${col.header}”的值“${text}”不在下拉列表中，可选：${col.options!.join('、')}`, '错误', r);
            else (row as Record<string, unknown>)[col.key] = hit;
          }
          break;
        }
      }
    }
    if (errors > before) continue;
    const rowIssue = (key: string, rule: string, msg: string, sev: Issue['severity'] = '错误') =>
      err(addr(r, header.cols.get(key) ?? 1), rule, msg, sev, r);
    if (row.deadline && row.foundDate && row.deadline < row.foundDate) rowIssue('deadline', 'ledger.deadline-before-found', `整改时限（${row.deadline}）早于发现日期（${row.foundDate}）`);
    if (row.status && !isLedgerStatus(row.status)) continue;
    if ((row.status === '已整改待核验' || row.status === '已销号') && !row.completionDate && header.cols.has('completionDate')) {
      rowIssue('completionDate', 'ledger.completion-missing', '状态为已整改，建议填写“完成日期”', '警告');
    }
    if (row.completionDate && row.foundDate && row.completionDate < row.foundDate) rowIssue('completionDate', 'ledger.completion-before-found', `完成日期（${row.completionDate}）早于发现日期（${row.foundDate}）`);
    const no = row.ledgerNo?.trim() || null;
    if (no) {
      if (seenNo.has(no)) { rowIssue('ledgerNo', 'ledger.duplicate-no', `台账编号“${no}”与第${seenNo.get(no)}行重复`); continue; }
      seenNo.set(no, r);
    }
    out.push({
      row: r, ledgerNo: no, focusCode: row.focusCode!, category: row.category ?? null, source: row.source!,
      foundDate: row.foundDate!, persons: row.persons ?? null, description: row.description!, amountFen: row.amountFen ?? null,
      severity: row.severity ?? null, measures: row.measures ?? null, respPerson: row.respPerson ?? null, deadline: row.deadline!,
      status: row.status!, completionDate: row.completionDate ?? null, penalties: row.penalties ?? null, fineFen: row.fineFen ?? null,
      caseOpened: row.caseOpened ?? false, typical: row.typical ?? false, remarks: row.remarks ?? null,
    });
  }
  return out;
}
