/**
 * Gathers, from the statistics engine, everything the period's documents and charts quote:
 * figures, districts, reporting, proposals for praise and criticism (with reasons), practices
 * and typical cases. One place, so the 通报, the 总结报告 and the screens agree.
 */
import type { Campaign } from '../../shared/domain/campaign';
import type { NamedReason, DistrictFigures, FocusFigures, Figures } from '../../shared/documents/bulletin-data';
import type { PracticeCandidate } from '../../shared/documents/practices';
import type { ChartInputs } from '../../shared/reports/period-charts';
import type { FigureSet, StatsSummary, SubmissionStatus } from '../../shared/stats/types';
import type { AppContext } from '../services/app-context';
import { maskDocumentText } from '../../shared/privacy/mask';
import { requireCampaign, requirePeriod } from '../services/campaign-service';
import { statsChecks, statsMainTable, statsPivot, statsSummary, statsTrend } from '../services/stats-service';
import { submissionStatus } from '../services/stats-status';

export interface PeriodData {
  campaign: Campaign;
  summary: StatsSummary;
  status: SubmissionStatus;
  current: Figures;
  previous: Figures;
  cumulative: Figures;
  byFocus: FocusFigures[];
  byDistrict: DistrictFigures[];
  charts: ChartInputs;
  proposals: { praise: NamedReason[]; criticise: NamedReason[] };
}

const pick = (f: FigureSet, slot: 'period' | 'cumulative' | 'previous'): Figures =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.available === false ? null : v[slot]]));

export function periodData(ctx: AppContext, periodCode: string): PeriodData {
  const campaign = requireCampaign(ctx);
  const p = requirePeriod(campaign, periodCode);
  const summary = statsSummary(ctx, { period: p.code });
  const status = submissionStatus(ctx, { period: p.code });
  const pivot = statsPivot(ctx, { period: p.code, dims: ['district'] });
  const main = statsMainTable(ctx, { period: p.code, indicators: ['D1'] });
  const trend = statsTrend(ctx, { period: p.code, indicators: ['D1', 'E1'] });
  const checks = statsChecks(ctx, { period: p.code });
  const reportingByDistrict = new Map(status.byDistrict.map((d) => [d.key.code, d.counts]));
  const byDistrict: DistrictFigures[] = pivot.rows.map((r) => {
    const f = r.figures;
    const k = r.keys[0];
    return {
      code: k.code, name: k.label,
      reportRate: reportingByDistrict.get(k.code)?.reportingRate.percent ?? null,
      selfRate: f.B2?.cumulative ?? null, rectRate: f.D3?.cumulative ?? null, overdue: f.D5?.cumulative ?? 0,
      socialRate: f.C5?.available ? f.C5.cumulative : null,
    };
  });
  const praise: NamedReason[] = [];
  const criticise: NamedReason[] = [];
  for (const row of status.rows) {
    if (row.kind !== 'institution') continue;
    if (row.state === '未报') criticise.push({ name: row.name, kind: 'institution', reason: `未报送${p.label}进展情况` });
    else if (row.state === '逾期' && (row.daysLate ?? 0) > 0) criticise.push({ name: row.name, kind: 'institution', reason: `逾期${row.daysLate}天报送${p.label}进展情况` });
  }
  for (const ch of checks.checks) {
    for (const r of ch.rows) if (r.status === 'fail') criticise.push({ name: r.key.label, kind: 'district', reason: `${ch.label}${r.ratio.text}，低于${ch.threshold}%的要求` });
  }
  // Overdue rectification: the districts ranked worst on 逾期未整改 (named, as bulletins do).
  for (const e of checks.rankings.find((r) => r.code === 'D5')?.worst ?? []) {
    if (e.value > 0) criticise.push({ name: e.key.label, kind: 'district', reason: `有${e.value}个问题逾期未整改，居全市前列` });
  }
  // Praise the best on 整改率 that are not criticised in the same document.
  const named = new Set(criticise.map((x) => x.name));
  for (const e of checks.rankings.find((r) => r.code === 'D3')?.entries ?? []) {
    if (praise.length >= 2) break;
    if (e.value >= 60 && !named.has(e.key.label)) praise.push({ name: e.key.label, kind: 'district', reason: `整改率${e.text}，位居全市前列` });
  }
  return {
    campaign, summary, status,
    current: pick(summary.totals, 'period'), previous: pick(summary.totals, 'previous'), cumulative: pick(summary.totals, 'cumulative'),
    byFocus: summary.byFocus.map((b) => ({ code: b.key.code, name: b.key.label, current: pick(b.figures, 'period'), cumulative: pick(b.figures, 'cumulative') })),
    byDistrict,
    charts: {
      districts: pivot.rows.map((r) => ({ name: r.keys[0].label, figures: r.figures })),
      districtFocus: {
        focusNames: main.columns.map((c) => c.label),
        values: pivot.rows.map((r) => {
          const row = main.rows.find((m) => m.key.code === r.keys[0].code);
          return main.columns.map((_, i) => row?.cells[i]?.D1?.cumulative ?? null);
        }),
      },
      trend: trend.points.map((pt) => ({ label: pt.period.label, figures: pt.figures })),
      socialTarget: campaign.thresholds.socialInspectionCoverage,
    },
    proposals: { praise, criticise },
  };
}

/** Latest non-empty 工作情况 text of each unit up to the period, for one item (experience …). */
export function workCandidates(ctx: AppContext, campaignId: number, period: string, key: string, rectRateByDistrict: Map<string, number | null>): PracticeCandidate[] {
  const rows = ctx.db.prepare(`SELECT i.name, i.district_code, s.work_json, s.period_code FROM submissions s JOIN institutions i ON i.id = s.institution_id
    WHERE s.campaign_id = ? AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code <= ? ORDER BY s.period_code DESC, i.name`).all(campaignId, period) as
    { name: string; district_code: string; work_json: string; period_code: string }[];
  const seen = new Set<string>();
  const out: PracticeCandidate[] = [];
  for (const r of rows) {
    if (seen.has(r.name)) continue;
    const text = (JSON.parse(r.work_json) as Record<string, string>)[key];
    if (!text) continue;
    seen.add(r.name);
    const rate = rectRateByDistrict.get(r.district_code) ?? 0;
    // Documents are published: personal data in submitted texts is masked (张某某, 138****1234).
    out.push({ unit: r.name, district: r.district_code, text: maskDocumentText(text), score: (rate ?? 0) + Math.min(text.length, 200) / 20 });
  }
  return out;
}
