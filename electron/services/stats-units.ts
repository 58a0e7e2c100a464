/**
 * 机构明细: one row per unit due for the period with its reporting state and cumulative figures
 * (campaign start → cut-off), by the same rules as the cube: B1 once per institution, D1 by
 * first period without 不属实, D2/D4/D5 at the cut-off, rates from the unit's own parts.
 */
import { ratio } from '../../shared/stats/arithmetic';
import type { ReportState, Ratio } from '../../shared/stats/types';
import { unitValueTotals } from '../db/repos/stats-repo';
import type { AppContext } from './app-context';
import { requireCampaign, requirePeriod } from './campaign-service';
import { statsInputs, stockRows } from './stats-cube';
import { submissionStatus } from './stats-status';

/** Typed-in flows listed per unit (E6 is derived from E4 + E5). */
export const UNIT_VALUE_CODES = ['C1', 'C2', 'E1', 'E4', 'E5'] as const;

export interface UnitFigures {
  institutionId: number;
  name: string;
  uscc: string | null;
  districtCode: string;
  districtName: string;
  category: string;
  ownership: string;
  direct: boolean;
  state: ReportState;
  daysLate: number | null;
  /** 累计 自查完成 (是 in any return up to the cut-off). */
  selfInspected: boolean;
  /** 累计 sums per code (分 for money); null = never reported. */
  values: Record<(typeof UNIT_VALUE_CODES)[number] | 'E6', number | null>;
  d1: number;
  d2: number;
  d4: number;
  d5: number;
  d3: Ratio;
}

export function unitFigures(ctx: AppContext, args: { period: string }): UnitFigures[] {
  const campaign = requireCampaign(ctx);
  const p = requirePeriod(campaign, args.period);
  const inputs = statsInputs(ctx, campaign);
  const status = submissionStatus(ctx, { period: p.code });
  const byUnit = new Map(inputs.roster.map((u) => [u.id, u]));
  const values = new Map<number, Map<string, number>>();
  for (const r of unitValueTotals(ctx.db, campaign.id, inputs.periods[0].code, p.code, UNIT_VALUE_CODES)) {
    let m = values.get(r.institution_id);
    if (!m) values.set(r.institution_id, (m = new Map()));
    m.set(r.code, r.total);
  }
  const d1 = new Map<number, number>();
  for (const r of inputs.newIssues) if (r.first_period <= p.code) d1.set(r.institution_id, (d1.get(r.institution_id) ?? 0) + r.n);
  const stock = new Map<number, { d2: number; d4: number; d5: number }>();
  for (const r of stockRows(ctx, campaign, p)) {
    const s = stock.get(r.institution_id) ?? { d2: 0, d4: 0, d5: 0 };
    s.d2 += r.rectified; s.d4 += r.open; s.d5 += r.overdue;
    stock.set(r.institution_id, s);
  }
  return status.rows.map((row) => {
    const u = byUnit.get(row.institutionId)!;
    const v = values.get(u.id);
    const get = (code: string) => v?.get(code) ?? null;
    const e4 = get('E4'), e5 = get('E5');
    const s = stock.get(u.id) ?? { d2: 0, d4: 0, d5: 0 };
    const found = d1.get(u.id) ?? 0;
    return {
      institutionId: u.id, name: u.name, uscc: u.uscc, districtCode: u.district_code, districtName: row.districtName,
      category: u.category, ownership: u.ownership, direct: u.provincial_direct === 1, state: row.state, daysLate: row.daysLate,
      selfInspected: [...(inputs.selfInspected.get(u.id) ?? [])].some((x) => x <= p.code),
      values: { C1: get('C1'), C2: get('C2'), E1: get('E1'), E4: e4, E5: e5, E6: e4 === null && e5 === null ? null : (e4 ?? 0) + (e5 ?? 0) },
      d1: found, ...s, d3: ratio(s.d2, found),
    };
  });
}
