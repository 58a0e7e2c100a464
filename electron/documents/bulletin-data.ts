/**
 * Builds BulletinData / SummaryData for a period from the statistics engine (period-data.ts),
 * applying the clerk's review (excluded proposals) and rendering the period's charts to PNG.
 */
import type { BulletinData, DocChart, DocTable, NamedReason } from '../../shared/documents/bulletin-data';
import type { SummaryData } from '../../shared/documents/summary-composer';
import { fenToYuan } from '../../shared/domain/indicators';
import { periodCharts } from '../../shared/reports/period-charts';
import { chineseDate } from '../../shared/domain/period';
import type { Review } from '../db/repos/documents-repo';
import { renderChartPng } from '../charts/render-chart';
import { today, type AppContext } from '../services/app-context';
import { periodData, workCandidates, type PeriodData } from './period-data';
import { departmentStatus } from '../services/department-service';
import { leadStatsFor } from '../services/lead-service';
import { listTypicalCases } from '../services/case-service';
import { maskDocumentText } from '../../shared/privacy/mask';
import { fenToWanYuan } from '../../shared/domain/indicators';

/** 部门协同 lines: state and cumulative figures of each partner department. */
function departmentLines(ctx: AppContext, period: string): BulletinData['departments'] {
  const st = departmentStatus(ctx, period);
  return st.rows.map((r) => ({
    name: r.department,
    state: r.state === '已报' ? '本期按时报送' : r.state === '逾期' ? `本期逾期${r.daysLate ?? ''}天报送` : '本期未报送',
    figures: r.cumulative.filter((v) => v.value !== null && v.value !== 0).map((v) => `累计${v.name}${v.money ? fenToWanYuan(v.value!) + '万元' : `${v.value}${v.unit}`}`).join('，'),
  }));
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(1)}%`);

/** Proposals after review: excluded units never reach the document. */
export function reviewed(list: NamedReason[], review: Review, which: 'praise' | 'criticise'): NamedReason[] {
  return list.filter((p) => !review.excluded.some((e) => e.list === which && e.name === p.name));
}

export async function chartImages(pd: PeriodData): Promise<DocChart[]> {
  const out: DocChart[] = [];
  for (const [i, spec] of periodCharts(pd.charts).entries()) {
    const png = await renderChartPng(spec, { width: 640, height: 320 });
    out.push({ caption: `图${i + 1} ${spec.title}`, png, widthMm: 150, heightMm: 75 });
  }
  return out;
}

function districtTable(pd: PeriodData): DocTable {
  const wan = (fen: number | null | undefined) => (fen == null ? null : Math.round(fenToYuan(fen) / 100) / 100);
  const row = (name: string, f: PeriodData['summary']['totals'], reportText: string, social: string) => [name, reportText, f.B2?.ratios?.cumulative.text ?? pct(f.B2?.cumulative),
    f.D1?.cumulative ?? null, f.D2?.cumulative ?? null, f.D3?.ratios?.cumulative.text ?? pct(f.D3?.cumulative), f.D5?.cumulative ?? null, f.E1?.cumulative ?? null, wan(f.E6?.cumulative), social];
  const rows = pd.charts.districts.map((d, i) => row(d.name, d.figures, pd.status.byDistrict.find((b) => b.key.label === d.name)?.counts.reportingRate.text ?? '—',
    pd.byDistrict[i]?.socialRate == null ? '—' : pct(pd.byDistrict[i].socialRate)));
  const t = pd.summary.totals;
  return {
    caption: `${pd.summary.period.label}各区县专项整治进展情况统计表`,
    unit: '单位：个、起、万元',
    header: [
      [{ text: '区县', rowSpan: 2 }, { text: '报送率', rowSpan: 2 }, { text: '自查覆盖率', rowSpan: 2 }, { text: '问题整改（累计）', colSpan: 4 }, { text: '案件查处（累计）', colSpan: 2 }, { text: '社会办检查覆盖率', rowSpan: 2 }],
      ['发现', '已整改', '整改率', '逾期', '立案', '罚没款'],
    ],
    rows,
    totalsRow: row('合计', t, pd.summary.reporting.period.reportingRate.text, t.C5?.available ? t.C5.ratios?.cumulative.text ?? '—' : '—'),
    columnWidths: [1.5, 1.5, 1.5, 1, 1.1, 1.5, 1, 1, 1.2, 1.7],
  };
}

function focusTable(pd: PeriodData): DocTable {
  const row = (name: string, f: PeriodData['summary']['totals']) => [name, f.B3?.period ?? null, f.C2?.period ?? null, f.E1?.period ?? null,
    f.D1?.cumulative ?? null, f.D2?.cumulative ?? null, f.D3?.ratios?.cumulative.text ?? pct(f.D3?.cumulative)];
  return {
    caption: `${pd.summary.period.label}分整治重点进展情况统计表`,
    unit: '单位：个、家次、起',
    header: [[{ text: '整治重点', rowSpan: 2 }, { text: '本期', colSpan: 3 }, { text: '累计', colSpan: 3 }], ['自查发现问题', '开展检查', '立案查处', '发现问题', '已整改', '整改率']],
    rows: pd.summary.byFocus.map((b) => row(b.key.label, b.figures)),
    totalsRow: row('合计', pd.summary.totals),
    columnWidths: [2.4, 1.3, 1.2, 1.2, 1.2, 1.2, 1.2],
  };
}

function statusTable(pd: PeriodData): DocTable {
  const rows = pd.status.rows.filter((r) => r.kind === 'institution' && r.state !== '已报').map((r, i) => [i + 1, r.districtName, r.name, r.state, r.receivedDate ?? '', r.daysLate ?? '']);
  return { caption: `${pd.summary.period.label}逾期及未报送单位名单`, header: [['序号', '区县', '单位', '状态', '接收日期', '逾期天数']], rows: rows.length ? rows : [['—', '—', '本期全部按时报送', '—', '', '']], columnWidths: [0.8, 1.2, 4, 1, 1.8, 1.2] };
}

function typicalCases(ctx: AppContext, campaignId: number, period: string): { unit: string; text: string }[] {
  return (ctx.db.prepare(`SELECT i.name unit, coalesce(l.public_text, l.description) text FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id
    WHERE l.campaign_id = ? AND l.is_typical = 1 AND l.first_period <= ? ORDER BY l.first_period, i.name LIMIT 10`).all(campaignId, period) as { unit: string; text: string }[])
    .map((x) => ({ ...x, text: maskDocumentText(x.text) }));
}

function problems(pd: PeriodData): string[] {
  const out: string[] = [];
  const rep = pd.summary.reporting.period;
  if (rep.late + rep.missing > 0) out.push(`报送不及时。本期有${rep.late}家单位逾期报送、${rep.missing}家单位未报送，报送率${rep.reportingRate.text}，个别单位对专项工作重视不够。`);
  const overdue = pd.cumulative.D5 ?? 0;
  if (overdue > 0) out.push(`整改不到位。截至${chineseDate(pd.summary.cutoff)}，全市仍有${overdue}个问题逾期未整改，整改进度不平衡。`);
  const c5 = pd.summary.totals.C5;
  if (c5?.available && c5.cumulative !== null && c5.cumulative < pd.campaign.thresholds.socialInspectionCoverage) {
    out.push(`社会办医疗机构检查覆盖不足。社会办医疗机构检查覆盖率为${c5.ratios?.cumulative.text}，低于${pd.campaign.thresholds.socialInspectionCoverage}%的要求。`);
  }
  return out;
}

export interface DocMeta { issueNo: number | null; docNumber: string | null; date?: string }

export async function bulletinData(ctx: AppContext, period: string, review: Review, meta: DocMeta): Promise<{ data: BulletinData; pd: PeriodData }> {
  const pd = periodData(ctx, period);
  const c = pd.campaign;
  const rectRates = new Map(pd.byDistrict.map((d) => [d.code, d.rectRate]));
  const rep = pd.summary.reporting.period;
  const data: BulletinData = {
    campaign: { name: c.name, shortName: c.shortName, authority: c.authority, docPrefix: c.docPrefix, planTitle: c.planTitle, recipients: c.recipients, copyTo: c.copyTo,
      superior: c.superior, dueOffsetDays: c.dueOffsetDays, thresholds: c.thresholds, startDate: c.startDate, endDate: c.endDate },
    period: pd.summary.period, phase: null, issueNo: meta.issueNo, docNumber: meta.docNumber, date: meta.date ?? today(ctx),
    current: pd.current, previous: pd.previous, cumulative: pd.cumulative,
    reporting: {
      due: rep.due, onTime: rep.onTime, late: rep.late, missing: rep.missing, exempt: 0, reportRate: rep.reportingRate.percent, timeliness: rep.onTimeRate.percent,
      late_list: pd.status.rows.filter((r) => r.state === '逾期').map((r) => ({ name: r.name, district: r.districtName, daysLate: r.daysLate ?? 0 })),
      missing_list: pd.status.rows.filter((r) => r.state === '未报').map((r) => ({ name: r.name, district: r.districtName })),
    },
    byFocus: pd.byFocus, byDistrict: pd.byDistrict,
    praise: reviewed(pd.proposals.praise, review, 'praise'), criticise: reviewed(pd.proposals.criticise, review, 'criticise'),
    practices: workCandidates(ctx, c.id, period, 'experience', rectRates), problems: problems(pd),
    tables: [districtTable(pd), focusTable(pd), statusTable(pd)], charts: await chartImages(pd), typicalCases: typicalCases(ctx, c.id, period),
    departments: departmentLines(ctx, period),
  };
  // The lead register (举报线索台账), when kept, is the source of the lead figures (G1–G4).
  const leads = leadStatsFor(ctx, period);
  if (leads.cumulative.received > 0) {
    Object.assign(data.cumulative, { G1: leads.cumulative.received, G2: leads.cumulative.verified, G3: leads.cumulative.closed, G4: leads.cumulative.substantiated });
  }
  // Typical cases from every source (ledger, inspections, leads) when any are marked.
  const cases = listTypicalCases(ctx, {});
  if (cases.length) data.typicalCases = cases.filter((x) => x.isTypical).slice(0, 10).map((x) => ({ unit: x.institution ?? x.ref, text: maskDocumentText(x.publicText ?? x.summary) })).filter((x) => x.text);
  return { data, pd };
}

export async function summaryData(ctx: AppContext, period: string, review: Review, meta: DocMeta): Promise<SummaryData> {
  const { data, pd } = await bulletinData(ctx, period, review, meta);
  const c = pd.campaign;
  const rectRates = new Map(pd.byDistrict.map((d) => [d.code, d.rectRate]));
  const cand = (k: string) => workCandidates(ctx, c.id, period, k, rectRates);
  const roster = ctx.db.prepare(`SELECT count(*) total, sum(ownership = '公立') pub, sum(ownership = '社会办') soc,
    sum(level LIKE '二级%' OR level LIKE '三级%') h2 FROM institutions WHERE kind = 'institution' AND retired_at IS NULL`).get() as { total: number; pub: number | null; soc: number | null; h2: number | null };
  const wantsList = c.deliverables.some((d) => d.name.includes('问题清单'));
  const issues = wantsList ? ctx.db.prepare(`SELECT i.name, l.ledger_no, l.description, l.measures, l.deadline, l.status FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id
    WHERE l.campaign_id = ? AND l.first_period <= ? ORDER BY i.district_code, i.name, l.ledger_no`).all(c.id, period) as { name: string; ledger_no: string; description: string; measures: string | null; deadline: string | null; status: string }[] : [];
  const { practices: _p, problems: _q, ...rest } = data;
  return {
    ...rest,
    roster: { total: roster.total, public: roster.pub ?? 0, social: roster.soc ?? 0, hospitals2plus: roster.h2 ?? 0 },
    texts: { measures: cand('measures'), experience: cand('experience'), policies: cand('policies'), problems: cand('problems'), nextSteps: cand('nextSteps') },
    issueList: wantsList ? {
      caption: '专项整治问题清单', unit: `截至${pd.summary.cutoff}`,
      header: [['序号', '单位', '台账编号', '问题描述', '整改措施', '整改时限', '整改状态']],
      rows: issues.map((r, i) => [i + 1, r.name, r.ledger_no, r.description, r.measures ?? '', r.deadline ?? '', r.status]),
    } : null,
  };
}
