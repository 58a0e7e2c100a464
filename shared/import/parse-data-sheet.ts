/**
 * Reads the 进展数据 sheet of a return: finds the blocks by their header texts (never by fixed
 * addresses), the indicator of each row by its code or name, and the focus-area columns by name.
 * Blank cells are 未报 and produce no value; 0 is a value.
 */
import type { Issue } from '../errors';
import type { FocusArea } from '../domain/campaign';
import { INPUT_INDICATORS, yuanToFen, type IndicatorDef } from '../domain/indicators';
import { DATA_HEADERS, INDICATOR_SYNONYMS } from '../domain/return-template';
import { addr, textAt, type GridSheet } from './grid';
import { isBlank, normalizeKey } from './text';
import { parseNumberCell, parseYesNo } from './normalize';

export interface ParsedValue {
  code: string;
  focus: string; // '' when not split by focus area
  value: number; // counts as is, money in 分, yes/no as 1/0
  cell: string; // 进展数据!D7
}

const MAX_SCAN_ROWS = 300;
const MAX_SCAN_COLS = 60;

const stripName = (s: string) =>
  normalizeKey(s)
    .replace(/^(其中[:：]?|[0-9一二三四五六七八九十]+[、.．]|[(（][0-9一二三四五六七八九十]+[)）])/, '')
    .replace(/[(（][^)）]*[)）]$/, '');

/** The rows a sheet may hold: an institution's inputs by default; a department's return has its own. */
export interface IndicatorSet {
  defs: readonly IndicatorDef[];
  synonyms: Readonly<Record<string, readonly string[]>>;
}

export const INSTITUTION_SET: IndicatorSet = { defs: INPUT_INDICATORS, synonyms: INDICATOR_SYNONYMS };

interface SetIndex { names: Map<string, IndicatorDef>; codes: Map<string, IndicatorDef> }
const indexes = new WeakMap<IndicatorSet, SetIndex>();

function indexOf(set: IndicatorSet): SetIndex {
  let ix = indexes.get(set);
  if (ix) return ix;
  const names = new Map<string, IndicatorDef>();
  for (const d of set.defs) {
    names.set(stripName(d.name), d);
    for (const syn of set.synonyms[d.code] ?? []) if (!names.has(stripName(syn))) names.set(stripName(syn), d);
  }
  ix = { names, codes: new Map(set.defs.map((d) => [d.code.toLowerCase(), d])) };
  indexes.set(set, ix);
  return ix;
}

// Header texts normalised once: detectBlock runs over every row of the sheet.
const HEADER_KEYS = Object.fromEntries(Object.entries(DATA_HEADERS).map(([k, v]) => [k, new Set(v.map(normalizeKey))])) as Record<keyof typeof DATA_HEADERS, Set<string>>;

interface Block {
  headerRow: number;
  dataStart: number;
  codeCol: number | null;
  nameCol: number;
  valueCols: { col: number; focus: string }[];
}

const areaKey = (s: string) => normalizeKey(s).replace(/[“”"]/g, '');

function focusOf(text: string, areas: FocusArea[]): string | null {
  if (!text) return null;
  const k = areaKey(text);
  if (!k) return null;
  const hit = areas.find((a) => areaKey(a.name) === k || normalizeKey(a.code) === k) ?? areas.find((a) => k.includes(areaKey(a.name)));
  return hit?.code ?? null;
}

/** A header row has an 指标 cell and a 单位 cell; its value columns are 本期数 or focus areas. */
function detectBlock(s: GridSheet, r: number, areas: FocusArea[], cols: number): Block | null {
  let nameCol = 0, unitCol = 0, codeCol: number | null = null, valueCol = 0;
  for (let c = 1; c <= cols; c++) {
    const v = s.cell(r, c)?.value;
    if (typeof v !== 'string') continue;
    const k = normalizeKey(v);
    if (!nameCol && HEADER_KEYS.name.has(k)) nameCol = c;
    else if (!unitCol && HEADER_KEYS.unit.has(k)) unitCol = c;
    else if (codeCol === null && HEADER_KEYS.code.has(k)) codeCol = c;
    else if (!valueCol && HEADER_KEYS.value.has(k)) valueCol = c;
  }
  if (!nameCol || !unitCol) return null;
  const focusCols: { col: number; focus: string }[] = [];
  // Focus-area columns may sit in this row or, under a merged "本期数" cell, in the next one.
  let dataStart = r + 1;
  for (const row of [r, r + 1]) {
    for (let c = 1; c <= cols; c++) {
      if (c === nameCol || c === unitCol || c === codeCol) continue;
      const f = focusOf(textAt(s, row, c), areas);
      if (f && !focusCols.some((x) => x.focus === f)) focusCols.push({ col: c, focus: f });
    }
    if (focusCols.length) { dataStart = row + 1; break; }
  }
  if (focusCols.length) return { headerRow: r, dataStart, codeCol, nameCol, valueCols: focusCols };
  if (valueCol) return { headerRow: r, dataStart, codeCol, nameCol, valueCols: [{ col: valueCol, focus: '' }] };
  return null;
}

export function parseDataSheet(s: GridSheet, areas: FocusArea[], issues: Issue[], set: IndicatorSet = INSTITUTION_SET): ParsedValue[] {
  const ix = indexOf(set);
  const rows = Math.min(s.rowCount, MAX_SCAN_ROWS);
  const cols = Math.min(s.colCount, MAX_SCAN_COLS);
  const blocks: Block[] = [];
  for (let r = 1; r <= rows; r++) {
    const b = detectBlock(s, r, areas, cols);
    if (b) blocks.push(b);
  }
  const sheet = s.name;
  const err = (cell: string, rule: string, message: string, severity: Issue['severity'] = '错误') =>
    issues.push({ rule, severity, sheet, cell, message: `${sheet}!${cell}：${message}` });
  if (!blocks.length) {
    issues.push({ rule: 'data.header', severity: '错误', sheet, message: `“${sheet}”工作表中找不到表头（应有“指标”“单位”和“本期数”或各整治重点列），请使用本期下发的模板。` });
    return [];
  }
  const out: ParsedValue[] = [];
  const seen = new Map<string, string>();
  blocks.forEach((b, i) => {
    const end = i + 1 < blocks.length ? blocks[i + 1].headerRow - 1 : rows;
    for (let r = b.dataStart; r <= end; r++) {
      const cells = b.valueCols.map((v) => ({ ...v, cell: s.cell(r, v.col) }));
      const codeText = b.codeCol ? textAt(s, r, b.codeCol) : '';
      const nameText = textAt(s, r, b.nameCol);
      const def = ix.codes.get(codeText.toLowerCase()) ?? ix.names.get(stripName(nameText));
      const anyValue = cells.some((c) => c.cell && (c.cell.formula || !isBlank(c.cell.value)));
      if (!def) {
        if (anyValue && (nameText || codeText)) {
          err(addr(r, b.nameCol), 'data.unknown-indicator', `未识别的指标“${nameText || codeText}”，该行已忽略`, '警告');
        }
        continue;
      }
      for (const c of cells) {
        const where = addr(r, c.col);
        const focus = def.byFocus ? c.focus : '';
        if (!def.byFocus && c.focus && c !== cells[0]) continue;
        const cell = c.cell;
        if (!cell) continue;
        if (cell.noCachedValue) { err(where, 'cell.formula-no-value', `公式“=${cell.formula ?? ''}”没有计算结果，请在 Excel/WPS 中打开并保存后重新导入，或直接填写数值`); continue; }
        if (isBlank(cell.value)) continue;
        const key = `${def.code}|${focus}`;
        if (seen.has(key)) { err(where, 'data.duplicate', `指标“${def.name}”重复填写（另见 ${seen.get(key)}）`); continue; }
        seen.set(key, where);
        if (def.input === 'yesno') {
          const p = parseYesNo(cell.value);
          if (!p.ok) { err(where, 'cell.yesno', `“${def.name}”应填“是”或“否”：${p.reason}`); continue; }
          out.push({ code: def.code, focus, value: p.value ? 1 : 0, cell: `${sheet}!${where}` });
          continue;
        }
        const p = parseNumberCell(cell.value);
        if (!p.ok) { err(where, 'cell.number', `“${def.name}”应为数字：${p.reason}`); continue; }
        if (p.value < 0) { err(where, 'cell.negative', `“${def.name}”不能为负数（${p.value}）`); continue; }
        if (def.input === 'count' && !Number.isInteger(p.value)) { err(where, 'cell.integer', `“${def.name}”应为整数（${p.value}）`); continue; }
        if (def.input === 'count' && p.value > 1_000_000) { err(where, 'cell.absurd', `“${def.name}”数值过大（${p.value}），请核对`); continue; }
        if (def.input === 'money' && p.value > 1e10) { err(where, 'cell.absurd', `“${def.name}”金额过大（${p.value} 元），请核对`); continue; }
        if (p.note) err(where, 'cell.lenient', p.note, '警告');
        out.push({ code: def.code, focus, value: def.input === 'money' ? yuanToFen(p.value) : p.value, cell: `${sheet}!${where}` });
      }
    }
  });
  return out;
}
