/**
 * The demo's inspection log and complaint leads, written straight into the data folder's database
 * (the demo's output folder holds returns only). Districts differ the way their tier says: a good
 * district has inspected well over half of its 社会办 institutions by the last simulated period,
 * a poor one far fewer, so the coverage page shows both colours. Findings and substantiated leads
 * go through the same writes as the UI, so they appear in the ledger too. Deterministic for a
 * seed; running the demo again finds the same records and adds nothing.
 */
import type { Campaign } from '../../../shared/domain/campaign';
import type { BodyKind, InspectionForm, InspectionInput } from '../../../shared/domain/inspection';
import type { LeadChannel, LeadInput, LeadStatus, LeadVerdict } from '../../../shared/domain/lead';
import { addDays, diffDays } from '../../../shared/domain/period';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { findInstitutionByUscc } from '../../db/repos/institutions-repo';
import { findInspection } from '../../db/repos/inspections-repo';
import { leadByNo } from '../../db/repos/leads-repo';
import type { AppContext } from '../app-context';
import { audit } from '../audit';
import { storeInspection } from '../inspection-service';
import { storeLead } from '../lead-service';
import { bankFor, drawIssue } from './issue-bank';
import type { Tier } from './profiles';
import type { Rng } from './prng';
import type { DemoInstitution } from './roster-gen';
import { DEMO_DISTRICTS, GIVEN_NAMES, SURNAMES } from './vocab';

export interface DemoLogSummary {
  inspections: number;
  findings: number;
  leads: number;
  substantiatedLeads: number;
  overdueLeads: number;
}

/** Share of a district's 社会办 institutions inspected by the campaign's end, by tier. */
const FINAL_COVERAGE: Record<Tier, number> = { good: 0.85, mid: 0.55, poor: 0.28 };
const FORMS: [InspectionForm, number][] = [['常规检查', 5], ['专项督查', 2.5], ['明察暗访', 1], ['四不两直', 1.5]];
const CHANNELS: [LeadChannel, number][] = [['12345', 5], ['12320', 3], ['信访', 2], ['网络平台', 2], ['上级交办', 1], ['媒体', 0.5]];
const CHANNEL_PREFIX: Record<LeadChannel, string> = { '12345': 'RX', '12320': 'WJ', 信访: 'XF', 网络平台: 'WL', 上级交办: 'JB', 媒体: 'MT', 其他: 'QT' };

function person(rng: Rng): string {
  return `${rng.pick(SURNAMES)}${rng.pick(GIVEN_NAMES)}`;
}

function dayBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, diffDays(from, to))));
}

function districtName(code: string): string {
  return DEMO_DISTRICTS.find((d) => d.code === code)?.name ?? '市';
}

function inspection(rng: Rng, c: Campaign, inst: DemoInstitution, id: number, date: string, tier: Tier): InspectionInput {
  const joint = rng.chance(0.12);
  const city = inst.provincialDirect || rng.chance(0.1);
  const bodyKind: BodyKind = joint ? '联合检查组' : city ? '市卫生健康委' : rng.chance(0.7) ? '卫生监督所' : '区县卫生健康局';
  const body = bodyKind === '联合检查组' ? '市卫生健康委联合检查组' : bodyKind === '市卫生健康委' ? '市卫生健康委'
    : `${districtName(inst.districtCode)}${bodyKind === '卫生监督所' ? '卫生监督所' : '卫生健康局'}`;
  const focus = rng.sample(c.focusAreas, rng.int(1, Math.min(2, c.focusAreas.length)));
  // Poorly run districts' institutions have more to find; most visits find little.
  const mean = (inst.ownership === '社会办' ? 0.9 : 0.5) * (tier === 'poor' ? 1.6 : tier === 'mid' ? 1 : 0.6);
  const n = Math.min(3, rng.poisson(mean));
  const small = inst.size === 'tiny' || inst.size === 'small';
  const findings = Array.from({ length: n }, () => drawIssue(rng, bankFor(rng.pick(focus).name), small, () => rng.pick(SURNAMES)).description)
    .filter((t, i, all) => all.indexOf(t) === i).map((text) => ({ text, issueLedgerNo: null }));
  const measures = findings.length ? ['责令改正', ...(rng.chance(0.3) ? ['警告'] : []), ...(rng.chance(0.12) ? ['罚款'] : [])] : [];
  const fineFen = measures.includes('罚款') ? rng.int(1, 20) * 100_000 : null;
  const caseFiled = !!fineFen && rng.chance(0.6);
  if (caseFiled) measures.push('立案');
  const typical = findings.length > 0 && rng.chance(0.04);
  return {
    institutionId: id, inspectedDate: date, body, bodyKind, jointDepartments: joint ? ['市场监管', rng.chance(0.5) ? '公安' : '药监'] : [],
    members: [person(rng), person(rng)].join('、'), form: rng.weighted(FORMS), focusCodes: focus.map((f) => f.code), findings,
    deadline: findings.length ? addDays(date, rng.pick([15, 30, 30, 60])) : null, measures, fineFen, caseFiled, referredTo: null,
    attachments: findings.length ? ['现场检查笔录.pdf', ...(measures.includes('责令改正') ? ['责令改正通知书.pdf'] : [])] : ['现场检查笔录.pdf'],
    isTypical: typical, isExposed: typical,
    publicText: typical ? `${districtName(inst.districtCode)}一家${inst.category}${findings[0].text.replace(/。$/, '')}，已依法处理并责令整改。` : null,
  };
}

const CONTENTS = [
  '反映该机构收费高于公示价格，要求核查退费', '反映有人在医院门口拉客介绍到该机构就诊', '反映医生夸大病情，推销高价治疗套餐',
  '反映该机构宣传“包治”，与实际疗效不符', '反映就诊时被要求办理充值卡', '反映医务人员收受患者红包', '反映该机构未按规定公示收费项目',
];

function lead(rng: Rng, c: Campaign, n: number, subject: { id: number | null; name: string; district: string }, received: string, cutoff: string, tier: Tier): LeadInput {
  const channel = rng.weighted(CHANNELS);
  const content = subject.id ? rng.pick(CONTENTS) : '反映有人在居民楼内无证行医、私自输液';
  const deadline = addDays(received, 15);
  const age = diffDays(received, cutoff);
  // Slow handling units (poor districts) leave more leads open past their deadline.
  const speed = tier === 'good' ? 1 : tier === 'mid' ? 1.4 : 2.2;
  const verifyAfter = Math.round(rng.int(3, 10) * speed);
  const closeAfter = verifyAfter + Math.round(rng.int(1, 6) * speed);
  let status: LeadStatus = age < 2 ? '待核查' : '核查中';
  let verdict: LeadVerdict | null = null;
  let verifiedDate: string | null = null;
  let closedDate: string | null = null;
  if (age >= verifyAfter) {
    verdict = subject.id ? rng.weighted<LeadVerdict>([['属实', 3], ['部分属实', 2], ['不属实', 4]]) : '属实';
    verifiedDate = addDays(received, verifyAfter);
    status = verdict;
    if (age >= closeAfter) { status = '已办结'; closedDate = addDays(received, closeAfter); }
  }
  const focusCode = c.focusAreas.find((f) => content.includes(f.name.replace(/[“”"]/g, '')))?.code ?? null;
  return {
    leadNo: `${CHANNEL_PREFIX[channel]}${received.replace(/-/g, '')}${String(n).padStart(3, '0')}`, receivedDate: received, channel,
    subjectInstitutionId: subject.id, subjectText: subject.name, content, handlingUnit: `${districtName(subject.district)}卫生监督所`, deadline,
    status, verdict, verifiedDate, closedDate, focusCode, issueLedgerNo: null,
    result: closedDate ? (verdict === '不属实' ? '经现场核查，反映问题不属实，已向举报人反馈' : '经核查情况属实，已责令整改并依法处理') : null,
    isTypical: false, isExposed: false, publicText: null,
  };
}

/** Writes the inspection log and leads up to the end of the last simulated period. */
export function simulateInspectionLog(ctx: AppContext, c: Campaign, periods: PeriodRow[], allPeriods: number, list: DemoInstitution[], tiers: Map<string, Tier>, rng: Rng): DemoLogSummary {
  const cutoff = periods[periods.length - 1].end;
  const start = c.startDate > periods[0].start ? c.startDate : periods[0].start;
  const progress = Math.min(1, 0.45 + 0.55 * (periods.length / Math.max(1, allPeriods)));
  const summary: DemoLogSummary = { inspections: 0, findings: 0, leads: 0, substantiatedLeads: 0, overdueLeads: 0 };
  const units = list.map((inst) => ({ inst, id: findInstitutionByUscc(ctx.db, inst.uscc!)?.id ?? null })).filter((u): u is { inst: DemoInstitution; id: number } => u.id !== null);
  ctx.db.transaction(() => {
    for (const d of DEMO_DISTRICTS) {
      const drng = rng.fork(`district:${d.code}`);
      const tier = tiers.get(d.code) ?? 'mid';
      const mine = units.filter((u) => u.inst.districtCode === d.code);
      const social = drng.shuffle(mine.filter((u) => u.inst.ownership === '社会办'));
      const chosen = [
        ...social.slice(0, Math.round(social.length * FINAL_COVERAGE[tier] * progress)),
        ...mine.filter((u) => u.inst.ownership === '公立' && drng.chance(0.35)),
      ];
      for (const u of chosen) {
        const visits = drng.chance(0.15) ? 2 : 1;
        for (let v = 0; v < visits; v++) {
          const input = inspection(drng, c, u.inst, u.id, dayBetween(drng, start, cutoff), tier);
          const existing = findInspection(ctx.db, c.id, { institutionId: u.id, date: input.inspectedDate, body: input.body, form: input.form });
          if (storeInspection(ctx, c, input, { demo: true }, existing).action === 'unchanged') continue;
          summary.inspections++;
          summary.findings += input.findings.length;
        }
      }
    }
    const lrng = rng.fork('leads');
    const socialUnits = units.filter((u) => u.inst.ownership === '社会办');
    const count = Math.max(3, Math.round(units.length / 6 * progress));
    for (let n = 1; n <= count; n++) {
      const u = socialUnits.length && lrng.chance(0.85) ? lrng.pick(socialUnits) : null;
      const district = u?.inst.districtCode ?? lrng.pick(DEMO_DISTRICTS).code;
      const subject = u ? { id: u.id, name: u.inst.name, district } : { id: null, name: `${lrng.pick(SURNAMES)}某（无证行医）`, district };
      const input = lead(lrng, c, n, subject, dayBetween(lrng, start, cutoff), cutoff, tiers.get(district) ?? 'mid');
      if (storeLead(ctx, c, input, { demo: true }, leadByNo(ctx.db, c.id, input.leadNo)).action === 'unchanged') continue;
      summary.leads++;
      if (input.verdict === '属实' || input.verdict === '部分属实') summary.substantiatedLeads++;
      if (input.status !== '已办结' && input.deadline < cutoff) summary.overdueLeads++;
    }
    audit(ctx, { action: 'inspection.demo', entity: 'inspection-log', campaignId: c.id, detail: { ...summary, cutoff }, source: { ui: 'demo' } });
  })();
  return summary;
}
