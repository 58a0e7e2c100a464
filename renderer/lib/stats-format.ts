/**
 * How the statistics screens show the backend's figures: value texts with their unit, the 环比
 * badge (本期 vs 上期; rates in percentage points) and which indicator a click drills into. Only
 * formatting: every number comes from the statistics engine, nothing here recomputes a figure.
 */
import { indicatorDef } from '../../shared/domain/indicators';
import { DASH, formatWanYuan, roundTo } from '../../shared/stats/arithmetic';
import { displayUnit, figureText, type Measure } from '../../shared/stats/format';
import type { Direction, Figure } from '../../shared/stats/types';

export type Tone = 'good' | 'bad' | 'neutral';

/** Indicators where a rise is plainly good news (coverage, rectification, reporting). */
const HIGHER_IS_BETTER: ReadonlySet<string> = new Set(['B1', 'B2', 'C3', 'C4', 'C5', 'D2', 'D3', 'G3', 'G5', 'I2']);
/** …and where a rise is plainly bad news. Counts such as 发现问题 are neither: more found can mean more effort. */
const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['D5']);

export function measureOf(cumulative: boolean): Measure {
  return cumulative ? 'cumulative' : 'period';
}

export interface FigureDisplay {
  text: string;
  /** Unit shown after the value; empty for rates (the text ends in %) and for "—". */
  unit: string;
}

/** The figure's value as shown in a table cell or tile: 12 个, 1.50 万元, 45.5%, —. */
export function figureDisplay(f: Figure, m: Measure): FigureDisplay {
  const text = figureText(f, m);
  if (text === DASH || f.kind === 'rate') return { text, unit: '' };
  return { text, unit: displayUnit(f) };
}

/** Column or tile heading: 发现问题（个）, 罚没款合计（万元）, 整改率（%）. */
export function figureHeading(f: Pick<Figure, 'name' | 'unit' | 'money'>): string {
  const unit = f.money ? '万元' : f.unit;
  return unit ? `${f.name}（${unit}）` : f.name;
}

export interface ChangeView {
  direction: Direction;
  /** "+2个", "-1.20万元", "+5.4个百分点", "持平", "上期无数据"… */
  text: string;
  tone: Tone;
}

function amountText(f: Figure, abs: number): string {
  if (f.kind === 'rate') return `${roundTo(abs, 1).toFixed(1)}个百分点`;
  if (f.money) return `${formatWanYuan(abs)}万元`;
  return `${Number.isInteger(abs) ? String(abs) : roundTo(abs, 1).toFixed(1)}${f.unit}`;
}

/**
 * 环比 badge of a figure: 本期 vs 上期 (`period`) or 累计 vs 上期累计 (`cumulative`). Never breaks
 * on 0 or null: an unknown side says which one is missing, a zero change says 持平, and no
 * percentage growth is ever shown (a previous 0 would make it infinite).
 */
export function changeView(f: Figure, basis: 'period' | 'cumulative' = 'period'): ChangeView {
  const na = (text: string): ChangeView => ({ direction: 'na', text, tone: 'neutral' });
  if (!f.available) return na(DASH);
  const c = basis === 'period' ? f.change : f.changeCumulative;
  if (c.previous === null) return na('上期无数据');
  if (c.current === null) return na('本期无数据');
  if (c.direction === 'na' || c.direction === 'flat' || c.delta === null || c.delta === 0) {
    return { direction: 'flat', text: '持平', tone: 'neutral' };
  }
  const abs = Math.abs(c.delta);
  if (f.money && formatWanYuan(abs) === '0.00') return { direction: 'flat', text: '基本持平', tone: 'neutral' };
  const up = c.direction === 'up';
  const good = HIGHER_IS_BETTER.has(f.code) ? up : LOWER_IS_BETTER.has(f.code) ? !up : null;
  return {
    direction: c.direction,
    text: `${up ? '+' : '-'}${amountText(f, abs)}`,
    tone: good === null ? 'neutral' : good ? 'good' : 'bad',
  };
}

/**
 * The indicator whose rows explain a figure. A rate has no rows of its own: its numerator's rows
 * are what a clerk wants (整改率 → the 已整改 issues); 按时报送率 drills to the reporting rows.
 */
export function drillIndicator(code: string): string {
  const def = indicatorDef(code);
  return def?.kind === 'rate' && def.numerator ? def.numerator : code;
}

/** True when the figure has a value worth clicking through (a known, available number). */
export function isDrillable(f: Figure | undefined, m: Measure): boolean {
  return !!f && f.available && f[m] !== null;
}
