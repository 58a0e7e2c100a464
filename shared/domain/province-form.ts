/**
 * Filling a province-issued 汇总表 (the province's own workbook): a saved mapping of its cells to
 * our figures — {sheet, cell, indicator, focus ('' = all), measure 本期/累计, scope 'total' or a
 * district code, unit for money}. Pure: validating a mapping, suggesting one from the form's labels,
 * and turning a figure into the number written (分 → 元/万元, percent → fraction in % cells).
 */
import type { Issue } from '../errors';
import { parseCellAddress } from '../import/cell-ref';
import { ALL_INDICATORS } from './indicators';
import { INDICATOR_SYNONYMS } from './return-template';
import { nameKey } from './roster-rules';

export type FormMeasure = 'period' | 'cumulative';
export type MoneyUnit = '元' | '万元';

export interface FormCellMapping {
  sheet: string;
  /** A1-style address of the cell the number goes into. */
  cell: string;
  /** Figure code (A1 … I2). */
  indicator: string;
  /** Focus area code, or '' for all focus areas together. */
  focus: string;
  measure: FormMeasure;
  /** 'total' (the whole campaign region) or a district code. */
  scope: string;
  /** Money figures only: the unit the form asks for (default 元). */
  unit?: MoneyUnit;
}

/** The stored mapping of one campaign; the form itself is kept by its SHA-256. */
export interface ProvinceFormMapping {
  formName: string;
  formSha256: string;
  cells: FormCellMapping[];
}

/** A cell of the form that can take a number, with the label texts around it. */
export interface FormCandidate {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  /** Texts to the left in the same row (nearest last), e.g. 宿城区. */
  rowLabel: string;
  /** Texts above in the same column (nearest last), e.g. 检查家次 / 本期. */
  colLabel: string;
  /** What the cell holds now (a number, or null when empty). */
  value: number | null;
  /** The cell is formatted as a percentage (rates are written as fractions then). */
  percent: boolean;
}

export interface MappingContext {
  focusCodes: readonly string[];
  /** Districts the scope may name (the campaign region's districts). */
  districtCodes: readonly string[];
  /** Figure codes the statistics engine knows, and those that exist per focus area. */
  figures: readonly string[];
  focusFigures: ReadonlySet<string>;
  moneyFigures: ReadonlySet<string>;
}

function issue(m: FormCellMapping, message: string): Issue {
  return { rule: 'province-form.mapping', severity: '错误', sheet: m.sheet, cell: m.cell, message: `${m.sheet}!${m.cell}：${message}` };
}

/** Every problem of a mapping against the campaign; the form's cells are checked by the caller. */
export function mappingIssues(cells: readonly FormCellMapping[], ctx: MappingContext): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const m of cells) {
    const key = `${m.sheet}!${m.cell.toUpperCase()}`;
    if (!parseCellAddress(m.cell)) { out.push(issue(m, `单元格地址“${m.cell}”不正确（应如 C5）`)); continue; }
    if (seen.has(key)) out.push(issue(m, '同一单元格对应了两个指标，请只保留一个'));
    seen.add(key);
    if (!ctx.figures.includes(m.indicator)) out.push(issue(m, `未知的指标编号“${m.indicator}”`));
    if (m.focus && !ctx.focusCodes.includes(m.focus)) out.push(issue(m, `整治重点代码“${m.focus}”不属于本专项（${ctx.focusCodes.join('、')}）`));
    if (m.focus && ctx.figures.includes(m.indicator) && !ctx.focusFigures.has(m.indicator)) {
      out.push(issue(m, `指标 ${m.indicator} 不分整治重点统计，请把“整治重点”设为“全部”`));
    }
    if (m.scope !== 'total' && !ctx.districtCodes.includes(m.scope)) out.push(issue(m, `范围“${m.scope}”不是本专项区域内的区县代码（或 total 表示全部）`));
    if (m.unit && !ctx.moneyFigures.has(m.indicator)) out.push(issue(m, `只有金额指标可以设置单位，${m.indicator} 不是金额`));
  }
  return out;
}

/** The number written into the cell: money 分 → 元/万元; a rate into a % cell as a fraction. */
export function cellNumber(value: number | null, o: { money: boolean; rate: boolean; unit?: MoneyUnit; percentCell: boolean }): number | null {
  if (value === null) return null;
  if (o.money) return o.unit === '万元' ? Math.round(value) / 1_000_000 : Math.round(value) / 100;
  if (o.rate && o.percentCell) return value / 100;
  return value;
}

interface Named { code: string; name: string }

/** Names an indicator goes by in province forms, longest first so 其中 rows win over their parent. */
function indicatorNames(figures: readonly string[]): { code: string; key: string }[] {
  const out: { code: string; key: string }[] = [];
  for (const d of ALL_INDICATORS) {
    if (!figures.includes(d.code)) continue;
    const names = [d.name, d.name.replace(/^其中[：:]/, ''), ...(INDICATOR_SYNONYMS[d.code] ?? [])];
    for (const n of names) {
      const key = nameKey(n.replace(/[（(][^）)]*[）)]$/, ''));
      if (key.length >= 2) out.push({ code: d.code, key });
    }
  }
  return out.sort((a, b) => b.key.length - a.key.length);
}

/**
 * A guess from the labels around a cell (indicator name, district — else the whole region, focus area name,
 * 本期/累计, 万元); null when no indicator name is found. The clerk confirms every guess.
 */
export function suggestCell(c: FormCandidate, ctx: MappingContext & { districts: readonly Named[]; focusAreas: readonly Named[] }): FormCellMapping | null {
  const text = nameKey(`${c.rowLabel}|${c.colLabel}`);
  const hit = indicatorNames(ctx.figures).find((n) => text.includes(n.key));
  if (!hit) return null;
  const district = ctx.districts.find((d) => text.includes(nameKey(d.name)));
  const focus = ctx.focusFigures.has(hit.code) ? ctx.focusAreas.find((f) => text.includes(nameKey(f.name))) : undefined;
  const cumulative = text.includes('累计') && !text.includes('本期');
  const out: FormCellMapping = {
    sheet: c.sheet, cell: c.cell, indicator: hit.code, focus: focus?.code ?? '',
    measure: cumulative ? 'cumulative' : 'period',
    scope: district ? district.code : 'total',
  };
  if (ctx.moneyFigures.has(hit.code)) out.unit = text.includes('万元') ? '万元' : '元';
  return out;
}
