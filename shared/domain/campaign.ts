/**
 * A campaign (专项整治/整顿) and its editable definition. Presets in `shared/presets/` produce a
 * `CampaignDraft`; the wizard or `init` lets the user correct every value before it is stored.
 */
import { AppError, type Issue } from '../errors';
import { dayNumber, isIsoDate, periodsBetween, type Period } from './period';

export interface Phase {
  name: string;
  start: string | null; // ISO date or null when the plan leaves it open ("X月X日")
  end: string | null;
  description?: string;
}

export interface FocusArea {
  code: string; // stable short code, travels in templates and packages (F1, F2 …)
  name: string;
  description?: string;
}

export interface Department {
  code: string;
  name: string;
  duty?: string;
}

/** A dated deliverable the plan requires (问题清单 by 09-30, 书面总结 by 10-31). */
export interface Deliverable {
  name: string;
  due: string | null;
}

export interface Thresholds {
  /** 社会办医疗机构检查覆盖率 target, percent (provincial plan: 50). */
  socialInspectionCoverage: number;
  /** 自查覆盖率 target, percent (全覆盖: 100). */
  selfInspectionCoverage: number;
}

export interface CampaignDraft {
  preset: string | null;
  name: string;
  shortName: string;
  authority: string; // 发文机关 (issuing authority), e.g. 宿迁市卫生健康委员会
  docPrefix: string; // 文号 prefix, e.g. 宿卫发
  superior: string; // who the final report goes to, e.g. 省卫生健康委
  planTitle: string; // the plan the campaign implements, cited in the bulletin's opening
  startDate: string;
  endDate: string;
  regionCode: string | null; // limits roster districts to this region (GB/T 2260 prefix)
  dueOffsetDays: number; // a period's report is due this many days after its end (may be negative)
  phases: Phase[];
  focusAreas: FocusArea[];
  departments: Department[];
  deliverables: Deliverable[];
  thresholds: Thresholds;
  recipients: string; // 主送
  copyTo: string; // 抄送
}

export interface Campaign extends CampaignDraft {
  id: number;
  code: string;
  status: 'active' | 'archived';
  createdAt: string;
}

/** Campaign code derived from preset + start date; stable, travels in templates and packages. */
export function campaignCode(preset: string | null, startDate: string): string {
  return `${preset ?? 'custom'}-${startDate.replace(/-/g, '')}`;
}

/** Validates a draft; returns every problem (field-named, Chinese), empty when fine. */
export function validateCampaign(d: CampaignDraft): Issue[] {
  const out: Issue[] = [];
  const err = (column: string, message: string) => out.push({ rule: 'campaign', severity: '错误', column, message });
  if (!d.name.trim()) err('name', '专项名称不能为空');
  if (!d.authority.trim()) err('authority', '发文机关不能为空');
  if (!isIsoDate(d.startDate)) err('startDate', `开始日期不正确：${d.startDate}`);
  if (!isIsoDate(d.endDate)) err('endDate', `结束日期不正确：${d.endDate}`);
  if (isIsoDate(d.startDate) && isIsoDate(d.endDate) && dayNumber(d.endDate) < dayNumber(d.startDate)) {
    err('endDate', '结束日期早于开始日期');
  }
  if (!Number.isInteger(d.dueOffsetDays) || d.dueOffsetDays < -14 || d.dueOffsetDays > 30) {
    err('dueOffsetDays', '报送截止日偏移应为 -14 到 30 之间的整数天');
  }
  if (d.focusAreas.length === 0) err('focusAreas', '至少需要一个整治重点');
  const codes = new Set<string>();
  for (const f of d.focusAreas) {
    if (!f.name.trim()) err('focusAreas', '整治重点名称不能为空');
    if (codes.has(f.code)) err('focusAreas', `整治重点代码重复：${f.code}`);
    codes.add(f.code);
  }
  d.phases.forEach((p, i) => {
    for (const [k, v] of [['start', p.start], ['end', p.end]] as const) {
      if (v !== null && !isIsoDate(v)) err('phases', `第${i + 1}阶段“${p.name}”${k === 'start' ? '开始' : '结束'}日期不正确：${v}`);
    }
    if (p.start && p.end && isIsoDate(p.start) && isIsoDate(p.end) && dayNumber(p.end) < dayNumber(p.start)) {
      err('phases', `第${i + 1}阶段“${p.name}”结束日期早于开始日期`);
    }
  });
  for (const [k, v] of Object.entries(d.thresholds)) {
    if (!(typeof v === 'number' && v >= 0 && v <= 100)) err('thresholds', `阈值 ${k} 应在 0–100 之间`);
  }
  return out;
}

export function assertValidCampaign(d: CampaignDraft): void {
  const problems = validateCampaign(d);
  if (problems.length) throw new AppError('validation', problems.map((p) => p.message).join('；'), problems);
}

/** Periods the campaign spans. */
export function campaignPeriods(c: Pick<CampaignDraft, 'startDate' | 'endDate'>): Period[] {
  return periodsBetween(c.startDate, c.endDate);
}

/** The phase a date falls in, if the phases are dated. */
export function phaseOn(c: Pick<CampaignDraft, 'phases'>, iso: string): Phase | null {
  const n = dayNumber(iso);
  return c.phases.find((p) => p.start && p.end && dayNumber(p.start) <= n && n <= dayNumber(p.end)) ?? null;
}
