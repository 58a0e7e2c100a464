/**
 * Drill-down: the institutions (or ledger rows, or reporting rows) behind one number of the
 * statistics, with the same scope filters and the same rules as the figure, paged on the backend.
 * The rows of a flow add up to the figure (`sum`); the rows of a 家 count number the figure.
 */
import { AppError } from '../../shared/errors';
import { districtLabel } from '../../shared/domain/region';
import { formatCount, formatWanYuan } from '../../shared/stats/arithmetic';
import { C_UNAVAILABLE_NOTE, MONEY_CODES, SUMMED_INPUTS } from '../../shared/stats/figures';
import { DIRECT_LABELS } from '../../shared/stats/pivot';
import type { DrillInstitutionRow, DrillQuery, DrillResult } from '../../shared/stats/types';
import * as drill from '../db/repos/stats-drill-repo';
import type { AppContext } from './app-context';
import { requireCampaign, requirePeriod } from './campaign-service';
import { statsInputs } from './stats-cube';
import { submissionStatus } from './stats-status';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

const ISSUE_CLASSES: Record<string, drill.IssueClass> = { D1: 'new', D2: 'rectified', D4: 'open', D5: 'overdue' };

export const DRILLABLE = [...SUMMED_INPUTS, 'E6', 'A1', 'A2', 'A3', 'B1', 'D1', 'D2', 'D4', 'D5', 'I1', 'I2', 'C3', 'C4'] as const;

function unitRow(r: Omit<drill.UnitValueRow, 'value'>, value: number | null, text: string): DrillInstitutionRow {
  return {
    institutionId: r.id, name: r.name, uscc: r.uscc, districtCode: r.district_code, districtName: districtLabel(r.district_code),
    category: r.category, ownership: r.ownership, direct: r.provincial_direct === 1, value, text,
  };
}

export function drillDown(ctx: AppContext, q: DrillQuery): DrillResult {
  const campaign = requireCampaign(ctx);
  const p = requirePeriod(campaign, q.period);
  if (!(DRILLABLE as readonly string[]).includes(q.indicator)) {
    throw new AppError('usage', `指标 ${q.indicator} 不能下钻（比率请下钻其分子或分母，如整改率 → 已整改 D2 / 发现问题 D1）`);
  }
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(MAX_LIMIT, Math.max(1, q.limit ?? DEFAULT_LIMIT));
  const periods = statsInputs(ctx, campaign).periods;
  const from = q.cumulative ? periods[0].code : p.code;
  const focus = q.focus ?? null;
  const unit: drill.UnitFilter = {
    district: q.district ?? null, category: q.category ?? null, ownership: q.ownership ?? null,
    direct: q.direct === undefined ? null : q.direct ? 1 : 0,
  };
  const scope = [
    q.district ? districtLabel(q.district) : '全市',
    q.focus ? campaign.focusAreas.find((f) => f.code === q.focus)?.name ?? q.focus : null,
    q.category ?? null, q.ownership ?? null, q.direct === undefined ? null : DIRECT_LABELS[q.direct ? '1' : '0'],
  ].filter(Boolean).join(' · ');
  const title = `${scope} · ${q.indicator}（${q.cumulative ? '累计' : '本期'}，截至${p.end}）`;
  const base = { indicator: q.indicator, title, offset, limit, notes: [] as string[] };

  if ((SUMMED_INPUTS as readonly string[]).includes(q.indicator) || q.indicator === 'E6') {
    const codes = q.indicator === 'E6' ? ['E4', 'E5'] : [q.indicator];
    const r = drill.unitValues(ctx.db, { campaignId: campaign.id, codes, focus, from, to: p.code, unit, offset, limit });
    const money = MONEY_CODES.has(q.indicator);
    return {
      ...base, kind: 'institutions', total: r.total, sum: r.sum,
      rows: r.rows.map((row) => unitRow(row, row.value, money ? `${formatWanYuan(row.value)}万元` : formatCount(row.value))),
    };
  }
  if (['A1', 'A2', 'A3', 'B1', 'C3', 'C4'].includes(q.indicator)) {
    const inspections = statsInputs(ctx, campaign).inspected !== null;
    if (!inspections && (q.indicator === 'C3' || q.indicator === 'C4')) {
      return { ...base, kind: 'institutions', total: 0, sum: null, rows: [], notes: [C_UNAVAILABLE_NOTE] };
    }
    const evidence = q.indicator === 'B1' ? 'b1' : q.indicator.startsWith('C') ? 'inspection' : null;
    const r = drill.rosterUnits(ctx.db, {
      campaignId: campaign.id, cutoff: p.end, social: q.indicator === 'A2' || q.indicator === 'C4', evidence, from, to: p.code, unit, offset, limit,
    });
    const label = evidence === 'b1' ? '自查完成' : '已检查';
    return {
      ...base, kind: 'institutions', total: r.total, sum: r.total,
      rows: r.rows.map((row) => unitRow(row, 1, row.periods ? `${label}（${row.periods}）` : '在册')),
    };
  }
  const cls = ISSUE_CLASSES[q.indicator];
  if (cls) {
    const r = drill.issues(ctx.db, { campaignId: campaign.id, cls, from: cls === 'new' ? from : periods[0].code, x: p.code, cutoff: p.end, focus, unit, offset, limit });
    return {
      ...base, kind: 'issues', total: r.total,
      rows: r.rows.map((row) => ({
        issueId: row.id, ledgerNo: row.ledger_no, institutionId: row.institution_id, institution: row.institution,
        districtCode: row.district_code, districtName: districtLabel(row.district_code), focusCode: row.focus_code,
        focusName: campaign.focusAreas.find((f) => f.code === row.focus_code)?.name ?? row.focus_code,
        foundDate: row.found_date, description: row.description, status: row.status, deadline: row.deadline,
        overdue: (row.status === '待整改' || row.status === '整改中') && row.deadline !== null && row.deadline < p.end,
        firstPeriod: row.first_period,
      })),
    };
  }
  // I1 / I2: the units due and how each reported.
  const all = submissionStatus(ctx, { period: p.code }).rows;
  const unitsById = new Map(statsInputs(ctx, campaign).roster.map((u) => [u.id, u]));
  const rows = all.filter((r) => {
    const u = unitsById.get(r.institutionId)!;
    return (unit.district === null || u.district_code === unit.district) && (unit.category === null || u.category === unit.category)
      && (unit.ownership === null || u.ownership === unit.ownership) && (unit.direct === null || u.provincial_direct === unit.direct);
  });
  if (q.cumulative) base.notes.push('报送情况按本期列出；累计应报次数见统计表');
  return { ...base, kind: 'status', total: rows.length, rows: rows.slice(offset, offset + limit) };
}
