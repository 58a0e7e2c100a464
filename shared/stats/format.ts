/**
 * Text of a figure as tables and bulletins show it: counts as integers, money in 万元 to two
 * decimals, rates as "45.5%", unknown as "—"; and the 环比 clause matching the figure's kind.
 */
import { changeSentence, DASH, formatWanYuan, type ChangeStyle } from './arithmetic';
import type { Figure } from './types';

export type Measure = 'period' | 'cumulative' | 'previous' | 'previousCumulative';

export const MEASURE_LABELS: Record<Measure, string> = { period: '本期', cumulative: '累计', previous: '上期', previousCumulative: '上期累计' };

/** The unit shown next to the figure: money is shown in 万元. */
export function displayUnit(f: Figure): string {
  return f.money ? '万元' : f.unit;
}

export function figureText(f: Figure, m: Measure): string {
  if (!f.available) return DASH;
  if (f.ratios) return f.ratios[m].text;
  const v = f[m];
  if (v === null) return DASH;
  if (f.money) return formatWanYuan(v);
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export function changeStyle(f: Figure, withPercent = false): ChangeStyle {
  if (f.kind === 'rate') return { kind: 'rate' };
  if (f.money) return { kind: 'money' };
  return { kind: 'count', unit: f.unit, withPercent };
}

/** 环比 clause: 本期 vs 上期 (`basis` period) or 累计 vs 上期累计 (rates usually read cumulatively). */
export function figureChangeText(f: Figure, basis: 'period' | 'cumulative' = 'period'): string {
  if (!f.available) return DASH;
  return changeSentence(basis === 'period' ? f.change : f.changeCumulative, changeStyle(f));
}
