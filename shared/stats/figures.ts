/**
 * Turns summed cube counters into indicator figures (本期 / 累计 / 上期 / 上期累计 and 环比).
 * Derived indicators are computed here and only here: E6 = E4 + E5; B2 = B1 ÷ A3; C5 = C4 ÷ A2;
 * D3 = D2 ÷ D1 (累计); G5 = G3 ÷ G1; G6 = G4 ÷ G3; I2 = on-time ÷ due — each from summed parts.
 */
import { DERIVED_INDICATORS, INPUT_INDICATORS, indicatorDef, type IndicatorDef } from '../domain/indicators';
import { addNullable, change, ratio } from './arithmetic';
import { read, type Measures, type Slot } from './cube';
import type { Figure, FigureSet, Ratio } from './types';

/** Display order of every figure (inputs and derived interleaved as the bulletin reads them). */
export const FIGURE_ORDER = [
  'A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'D7', 'C1', 'C2', 'C3', 'C4', 'C5', 'D1', 'D2', 'D3', 'D4', 'D5',
  'E1', 'E4', 'E5', 'E6', 'E8', 'E13', 'E14', 'E17', 'F1', 'F2', 'F5', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6',
  'H1', 'H2', 'H2P', 'I1', 'I2',
] as const;

/** Figures that exist per focus area (the ledger and the focus-split inputs). */
export const FOCUS_FIGURES: ReadonlySet<string> = new Set([
  ...INPUT_INDICATORS.filter((d) => d.byFocus).map((d) => d.code), 'E6', 'D1', 'D2', 'D3', 'D4', 'D5',
]);

/** Inputs typed into returns and summed (B1 is yes/no and counted as 家 instead). */
export const SUMMED_INPUTS: readonly string[] = INPUT_INDICATORS.filter((d) => d.code !== 'B1').map((d) => d.code);

export const MONEY_CODES: ReadonlySet<string> = new Set(['E4', 'E5', 'E6']);

export const STOCK_CODES: ReadonlySet<string> = new Set(['A1', 'A2', 'A3', 'D2', 'D4', 'D5']);

export interface FigureContext {
  /** The scope is one focus area: only focus-split figures apply. */
  focusScope: boolean;
  /** The campaign has a period before this one (else 上期 values are null). */
  hasPrevious: boolean;
  /** Inspection records exist, so C3–C5 can be computed. */
  inspections: boolean;
}

export const C_UNAVAILABLE_NOTE = '本专项尚无检查记录（检查台账未导入），C3/C4/C5（检查家数、社会办检查家数及覆盖率）无法计算，显示为“—”';

type Quad = { p: number | null; c: number | null; q: number | null; qc: number | null };

function quad(m: Measures, code: string, knownZero: boolean, ctx: FigureContext): Quad {
  const get = (s: Slot) => {
    const v = read(m, code, s);
    return v === null && knownZero ? 0 : v;
  };
  const out: Quad = { p: get('p'), c: get('c'), q: get('q'), qc: get('qc') };
  if (!ctx.hasPrevious) { out.q = null; out.qc = null; }
  return out;
}

/** Stocks hold the value at the cut-off: 累计 = 本期, 上期累计 = 上期. */
function stockQuad(m: Measures, code: string, ctx: FigureContext): Quad {
  const p = read(m, code, 'p') ?? 0;
  const q = ctx.hasPrevious ? read(m, code, 'q') ?? 0 : null;
  return { p, c: p, q, qc: q };
}

function def(code: string): IndicatorDef {
  const d = indicatorDef(code) ?? DERIVED_INDICATORS.find((x) => x.code === code);
  if (!d) throw new Error(`unknown indicator ${code}`);
  return d;
}

function plain(code: string, v: Quad, extra: Partial<Figure> = {}): Figure {
  const d = def(code);
  return {
    code, name: d.name, unit: MONEY_CODES.has(code) ? '元' : d.unit, kind: d.kind, money: MONEY_CODES.has(code), available: true,
    period: v.p, cumulative: v.c, previous: v.q, previousCumulative: v.qc,
    change: change(v.p, v.q), changeCumulative: change(v.c, v.qc), ...extra,
  };
}

function rateFigure(code: string, r: { p: Ratio; c: Ratio; q: Ratio; qc: Ratio }, extra: Partial<Figure> = {}): Figure {
  const d = def(code);
  return {
    code, name: d.name, unit: '%', kind: 'rate', money: false, available: true,
    period: r.p.percent, cumulative: r.c.percent, previous: r.q.percent, previousCumulative: r.qc.percent,
    ratios: { period: r.p, cumulative: r.c, previous: r.q, previousCumulative: r.qc },
    change: change(r.p.percent, r.q.percent), changeCumulative: change(r.c.percent, r.qc.percent), ...extra,
  };
}

function ratios(num: Quad, den: Quad): { p: Ratio; c: Ratio; q: Ratio; qc: Ratio } {
  return { p: ratio(num.p, den.p), c: ratio(num.c, den.c), q: ratio(num.q, den.q), qc: ratio(num.qc, den.qc) };
}

function unavailable(f: Figure, note: string): Figure {
  const none = ratio(null, null);
  return {
    ...f, available: false, note, period: null, cumulative: null, previous: null, previousCumulative: null,
    ...(f.ratios ? { ratios: { period: none, cumulative: none, previous: none, previousCumulative: none } } : {}),
    change: change(null, null), changeCumulative: change(null, null),
  };
}

/** Every applicable figure of a scope, in FIGURE_ORDER. */
export function buildFigures(m: Measures, ctx: FigureContext): FigureSet {
  const all: Record<string, Figure> = {};
  for (const code of SUMMED_INPUTS) all[code] = plain(code, quad(m, `v:${code}`, false, ctx));
  const e4 = quad(m, 'v:E4', false, ctx), e5 = quad(m, 'v:E5', false, ctx);
  all.E6 = plain('E6', { p: addNullable(e4.p, e5.p), c: addNullable(e4.c, e5.c), q: addNullable(e4.q, e5.q), qc: addNullable(e4.qc, e5.qc) });

  for (const code of ['A1', 'A2', 'A3']) all[code] = plain(code, stockQuad(m, code, ctx));
  const b1 = quad(m, 'B1', true, ctx);
  all.B1 = { ...plain('B1', b1), name: '已完成自查机构数', unit: '家', note: '本期：本期报“是”的机构；累计：任一期报“是”的机构，按机构去重' };
  const a3 = stockQuad(m, 'A3', ctx);
  all.B2 = rateFigure('B2', ratios(b1, a3));

  const c3 = quad(m, 'C3', ctx.inspections, ctx), c4 = quad(m, 'C4', ctx.inspections, ctx);
  all.C3 = plain('C3', c3);
  all.C4 = plain('C4', c4);
  all.C5 = rateFigure('C5', ratios(c4, stockQuad(m, 'A2', ctx)));
  if (!ctx.inspections) for (const code of ['C3', 'C4', 'C5']) all[code] = unavailable(all[code], C_UNAVAILABLE_NOTE);

  const d1 = quad(m, 'D1', true, ctx);
  all.D1 = plain('D1', d1);
  const d2 = stockQuad(m, 'D2', ctx);
  all.D2 = plain('D2', d2);
  // 整改率 is stock-over-cumulative at every cut-off, so 本期 and 累计 are the same rate.
  const d3 = { p: ratio(d2.p, d1.c), c: ratio(d2.c, d1.c), q: ratio(d2.q, d1.qc), qc: ratio(d2.qc, d1.qc) };
  all.D3 = rateFigure('D3', d3);
  all.D4 = plain('D4', stockQuad(m, 'D4', ctx));
  all.D5 = plain('D5', stockQuad(m, 'D5', ctx));

  const g1 = quad(m, 'v:G1', false, ctx), g3 = quad(m, 'v:G3', false, ctx), g4 = quad(m, 'v:G4', false, ctx);
  all.G5 = rateFigure('G5', ratios(g3, g1));
  all.G6 = rateFigure('G6', ratios(g4, g3));

  const due = quad(m, 'due', true, ctx);
  all.I1 = { ...plain('I1', due), kind: 'flow', note: '应报单位数；累计为各期应报次数之和' };
  all.I2 = rateFigure('I2', ratios(quad(m, 'ontime', true, ctx), due));

  const out: FigureSet = {};
  for (const code of FIGURE_ORDER) {
    if (ctx.focusScope && !FOCUS_FIGURES.has(code)) continue;
    out[code] = all[code];
  }
  return out;
}
