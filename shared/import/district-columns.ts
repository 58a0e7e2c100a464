/**
 * Column layout of a district return's sheets, found by header text (never by address): the
 * columns naming the institution (机构名称, 统一社会信用代码) and, on 进展数据, one column per
 * indicator — a single-value indicator by its own header, a per-focus one as a two-row header
 * (`B3 自查发现问题（个）` merged over `医托 | 乱收费`, read also when the merge was lost and the
 * top text sits only over the first column) or in one cell (`B3-医托`, `自查发现问题（医托）`).
 */
import type { FocusArea } from '../domain/campaign';
import { DISTRICT_ID_HEADERS } from '../domain/district-return';
import { INPUT_INDICATORS, type IndicatorDef } from '../domain/indicators';
import { INDICATOR_SYNONYMS } from '../domain/return-template';
import { addr, textAt, type GridSheet } from './grid';
import { normalizeKey, toHalfWidth } from './text';

export const MAX_HEADER_SCAN = 20;
export const MAX_COLS = 400;

const headerKey = (s: string) => normalizeKey(s).replace(/[*＊]/g, '').replace(/[:：]$/, '');
const ID_KEYS = {
  name: new Set(DISTRICT_ID_HEADERS.name.map(headerKey)),
  uscc: new Set(DISTRICT_ID_HEADERS.uscc.map(headerKey)),
};

export interface IdColumns { nameCol: number | null; usccCol: number | null }

/** The institution columns of row r (null when the row names neither). */
export function idColumns(s: GridSheet, r: number): IdColumns | null {
  let nameCol: number | null = null;
  let usccCol: number | null = null;
  const cols = Math.min(s.colCount, MAX_COLS);
  for (let c = 1; c <= cols; c++) {
    const k = headerKey(textAt(s, r, c));
    if (!k) continue;
    if (nameCol === null && ID_KEYS.name.has(k)) nameCol = c;
    else if (usccCol === null && ID_KEYS.uscc.has(k)) usccCol = c;
  }
  return nameCol === null && usccCol === null ? null : { nameCol, usccCol };
}

const stripName = (s: string) =>
  normalizeKey(s).replace(/^(其中[:：]?)/, '').replace(/[(（][^)）]*[)）]$/, '').replace(/[／/]/g, '');

const BY_NAME = new Map<string, IndicatorDef>();
for (const d of INPUT_INDICATORS) {
  BY_NAME.set(stripName(d.name), d);
  for (const syn of INDICATOR_SYNONYMS[d.code] ?? []) if (!BY_NAME.has(stripName(syn))) BY_NAME.set(stripName(syn), d);
}
const BY_CODE = new Map(INPUT_INDICATORS.map((d) => [d.code.toUpperCase(), d]));

const areaKey = (s: string) => normalizeKey(s).replace(/[“”"]/g, '');

/** A focus area named by `text` (its name, its code, or a text containing its name). */
export function focusOf(text: string, areas: readonly FocusArea[]): string | null {
  const k = areaKey(text);
  if (!k) return null;
  const hit = areas.find((a) => areaKey(a.name) === k || normalizeKey(a.code) === k) ?? areas.find((a) => k.includes(areaKey(a.name)));
  return hit?.code ?? null;
}

const SEPARATOR = /^[-－—_/／|｜:：(（]/;

/** The indicator a header names, and what follows its code/name (a focus area in `B3-医托`). */
export function indicatorOf(text: string): { def: IndicatorDef; rest: string } | null {
  const t = toHalfWidth(text).trim();
  if (!t) return null;
  const code = /^([A-Za-z]\d{1,2}[A-Za-z]?)(?![0-9A-Za-z])/.exec(t);
  if (code) {
    const def = BY_CODE.get(code[1].toUpperCase());
    if (def) return { def, rest: t.slice(code[0].length).trim() };
  }
  const whole = BY_NAME.get(stripName(t));
  // The bracket stripped for the name match may hold the focus area: 自查发现问题（医托）.
  if (whole) return { def: whole, rest: /[(（][^)）]*[)）]$/.exec(t)?.[0] ?? '' };
  // 自查发现问题-医托, 自查发现问题（医托）: the indicator before the last separator.
  const m = /^(.+?)[-－—_/／|｜:：]([^-－—_/／|｜:：]+)$/.exec(t) ?? /^(.+?)[(（]([^)）]+)[)）]$/.exec(t);
  if (m) {
    const def = BY_NAME.get(stripName(m[1]));
    if (def) return { def, rest: `-${m[2]}` };
  }
  return null;
}

export interface ValueColumn { col: number; def: IndicatorDef; focus: string; header: string }

export interface DataLayout {
  headerRow: number;
  dataStart: number;
  ids: IdColumns;
  columns: ValueColumn[];
  /** Columns with a header we could not read (their values are reported, not guessed). */
  unknown: { col: number; header: string }[];
  /** Per-focus indicator columns without a recognisable focus area (cell, header text). */
  unmatched: { col: number; cell: string; header: string }[];
}

/** The header of 进展数据: the first row (of the first 20) naming the institution and ≥ 1 indicator. */
export function locateDataLayout(s: GridSheet, areas: readonly FocusArea[]): DataLayout | null {
  const cols = Math.min(s.colCount, MAX_COLS);
  for (let r = 1; r <= Math.min(s.rowCount, MAX_HEADER_SCAN); r++) {
    const ids = idColumns(s, r);
    if (!ids) continue;
    let any = false;
    for (let c = 1; c <= cols && !any; c++) if (c !== ids.nameCol && c !== ids.usccCol && indicatorOf(textAt(s, r, c))) any = true;
    if (any) return layoutAt(s, r, ids, areas, cols);
  }
  return null;
}

function layoutAt(s: GridSheet, r: number, ids: IdColumns, areas: readonly FocusArea[], cols: number): DataLayout {
  // The top header of each column, carried right over the blank tops of a merged (or unmerged) group.
  const carriedTops: string[] = [];
  const ownTops: string[] = [];
  let carried = '';
  for (let c = 1; c <= cols; c++) {
    const own = textAt(s, r, c);
    const sub = textAt(s, r + 1, c);
    if (own) carried = own;
    else if (!sub) carried = '';
    ownTops[c] = own;
    carriedTops[c] = own || (sub ? carried : '');
  }
  const twoRows = carriedTops.some((top, c) => {
    const ind = top ? indicatorOf(top) : null;
    return !!ind?.def.byFocus && focusOf(textAt(s, r + 1, c), areas) !== null;
  });
  // Without a sub-header row the row below is data: nothing is carried over blank headers.
  const tops = twoRows ? carriedTops : ownTops;
  const out: DataLayout = { headerRow: r, dataStart: r + (twoRows ? 2 : 1), ids, columns: [], unknown: [], unmatched: [] };
  for (let c = 1; c <= cols; c++) {
    if (c === ids.nameCol || c === ids.usccCol) continue;
    const top = tops[c];
    const sub = twoRows ? textAt(s, r + 1, c) : '';
    const header = sub && sub !== top ? `${top}/${sub}` : top;
    if (!top) continue;
    const ind = indicatorOf(top);
    if (!ind) {
      if (!DISTRICT_ID_HEADERS.seq.includes(normalizeKey(top) as '序号')) out.unknown.push({ col: c, header });
      continue;
    }
    if (!ind.def.byFocus) { out.columns.push({ col: c, def: ind.def, focus: '', header }); continue; }
    const inTop = SEPARATOR.test(ind.rest) ? focusOf(ind.rest.replace(SEPARATOR, '').replace(/[)）]$/, ''), areas) : null;
    const focus = (sub ? focusOf(sub, areas) : null) ?? inTop;
    if (focus) out.columns.push({ col: c, def: ind.def, focus, header });
    else out.unmatched.push({ col: c, cell: addr(twoRows && sub ? r + 1 : r, c), header });
  }
  return out;
}
