/**
 * The arithmetic every statistic obeys (domain.md §3.1): null means 未报 / no data and is never
 * turned into 0; rates are recomputed from summed numerators and denominators (never averaged)
 * and show "—" when the denominator is 0; money is integer 分 until it is formatted.
 */
import type { Change, Ratio } from './types';

/** Sum that keeps "nobody reported" (null) apart from a reported 0. */
export function addNullable(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined) return b ?? null;
  if (b === null || b === undefined) return a;
  return a + b;
}

export function sumNullable(values: Iterable<number | null | undefined>): number | null {
  let acc: number | null = null;
  for (const v of values) acc = addNullable(acc, v);
  return acc;
}

/** Difference a − b, null when either side is unknown. */
export function subtractNullable(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

export const DASH = '—';

/**
 * Ratio from a numerator and a denominator, in percent. A 0 or unknown denominator gives no
 * percent and the text "—" (never 0% or 100%); an unknown numerator over a known denominator also
 * gives "—" because the share cannot be known.
 */
export function ratio(numerator: number | null, denominator: number | null): Ratio {
  if (numerator === null || denominator === null || denominator === 0) {
    return { numerator, denominator, percent: null, text: DASH };
  }
  const percent = (numerator / denominator) * 100;
  return { numerator, denominator, percent, text: formatPercent(percent) };
}

/** Percent to one decimal place: 45.5%; "—" for null. Rounds half away from zero. */
export function formatPercent(percent: number | null): string {
  if (percent === null || !Number.isFinite(percent)) return DASH;
  return `${roundTo(percent, 1).toFixed(1)}%`;
}

/** Rounds half away from zero at `digits` decimals (toFixed alone rounds 1.005 down). */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Math.abs(value) * f;
  const r = Math.round(scaled + Number.EPSILON * Math.max(1, scaled)) / f;
  return value < 0 ? -r : r;
}

/** 分 → 万元 with two decimals: 1234567 分 → "1.23"; null → "—". */
export function formatWanYuan(fen: number | null): string {
  if (fen === null) return DASH;
  return roundTo(fen / 1_000_000, 2).toFixed(2);
}

/** 分 → 元 with two decimals and thousands separators: 123456 → "1,234.56". */
export function formatYuan(fen: number | null): string {
  if (fen === null) return DASH;
  const yuan = roundTo(fen / 100, 2);
  const [int, dec] = Math.abs(yuan).toFixed(2).split('.');
  return `${yuan < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/** A count as text, "—" when unknown. */
export function formatCount(n: number | null): string {
  return n === null ? DASH : String(n);
}

/**
 * 环比: the current value against the previous one. `na` when either side is unknown (未报 or no
 * previous period); otherwise the sign of the difference. A tolerance absorbs floating-point noise
 * in percentages (45.0000001 vs 45 is flat).
 */
export function change(current: number | null, previous: number | null, tolerance = 1e-9): Change {
  if (current === null || previous === null) return { current, previous, delta: null, direction: 'na' };
  const delta = current - previous;
  const direction = Math.abs(delta) <= tolerance ? 'flat' : delta > 0 ? 'up' : 'down';
  return { current, previous, delta: direction === 'flat' ? 0 : delta, direction };
}

export type ChangeStyle =
  /** Counts: 较上期增加3个 / 减少3个 / 与上期持平. */
  | { kind: 'count'; unit: string; withPercent?: boolean }
  /** Money in 分 shown in 万元: 较上期增加1.20万元. */
  | { kind: 'money' }
  /** Rates in percent: 较上期提高2.5个百分点. */
  | { kind: 'rate' };

/**
 * The 环比 clause of a bulletin sentence. Never breaks: no previous data → "上期无数据"; no current
 * data → "本期无数据"; equal (including 0 and 0) → "与上期持平"; a previous 0 gives the absolute change
 * only (no "增长∞%"); negative values and decreases use the absolute amount with 减少/降低.
 * The growth percentage (`withPercent`) is added only when the previous value is positive.
 */
export function changeSentence(c: Change, style: ChangeStyle): string {
  if (c.previous === null) return '上期无数据';
  if (c.current === null) return '本期无数据';
  if (c.direction === 'flat' || c.delta === null || c.direction === 'na') return '与上期持平';
  const up = c.direction === 'up';
  const abs = Math.abs(c.delta);
  switch (style.kind) {
    case 'rate':
      return `较上期${up ? '提高' : '降低'}${roundTo(abs, 1).toFixed(1)}个百分点`;
    case 'money': {
      const text = formatWanYuan(abs);
      return text === '0.00' ? '与上期基本持平' : `较上期${up ? '增加' : '减少'}${text}万元`;
    }
    case 'count': {
      const amount = Number.isInteger(abs) ? String(abs) : roundTo(abs, 1).toFixed(1);
      const base = `较上期${up ? '增加' : '减少'}${amount}${style.unit}`;
      if (!style.withPercent || c.previous <= 0) return base;
      return `${base}（${up ? '增长' : '下降'}${formatPercent((abs / c.previous) * 100)}）`;
    }
  }
}
