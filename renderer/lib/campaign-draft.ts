/**
 * Wizard/settings helpers over CampaignDraft: a blank draft, tidying what the form produced, the
 * half-month period preview (before the campaign exists, so computed here with the same shared
 * functions the backend's campaign:periods uses), and the Chinese wording of the due rule.
 */
import { campaignCode, campaignPeriods, phaseOn, validateCampaign, type Campaign, type CampaignDraft } from '../../shared/domain/campaign';
import { addDays, chineseDate, dueDate, isIsoDate, dayNumber, parseIsoDate, formatDate, daysInMonth } from '../../shared/domain/period';
import type { Issue } from '../../shared/errors';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';

/** Same month-arithmetic as the presets: `months` calendar months from start, minus a day. */
export function monthsAfter(start: string, months: number): string {
  const { year, month, day } = parseIsoDate(start);
  const m = month + months;
  const y = year + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
  return addDays(formatDate(y, mm, Math.min(day, daysInMonth(y, mm))), -1);
}

/** 从空白开始: today's half-month start, three months, one focus area to fill in. */
export function blankDraft(today: string): CampaignDraft {
  const { year, month, day } = parseIsoDate(today);
  const start = formatDate(year, month, day <= 15 ? 1 : 16);
  return {
    preset: null,
    name: '',
    shortName: '',
    authority: '',
    docPrefix: '',
    superior: '',
    planTitle: '',
    startDate: start,
    endDate: monthsAfter(start, 3),
    regionCode: null,
    dueOffsetDays: 2,
    phases: [],
    focusAreas: [{ code: 'F1', name: '' }],
    departments: [],
    deliverables: [],
    thresholds: { socialInspectionCoverage: 50, selfInspectionCoverage: 100 },
    recipients: '',
    copyTo: '',
  };
}

/** Only the draft's own fields (a stored Campaign also carries id, code, status, createdAt). */
export function draftOf(c: Campaign | CampaignDraft): CampaignDraft {
  return {
    preset: c.preset, name: c.name, shortName: c.shortName, authority: c.authority, docPrefix: c.docPrefix,
    superior: c.superior, planTitle: c.planTitle, startDate: c.startDate, endDate: c.endDate, regionCode: c.regionCode,
    dueOffsetDays: c.dueOffsetDays, phases: c.phases, focusAreas: c.focusAreas, departments: c.departments,
    deliverables: c.deliverables, thresholds: c.thresholds, recipients: c.recipients, copyTo: c.copyTo,
  };
}

const t = (s: string | undefined | null): string => (s ?? '').replace(/[\u3000\u00a0]/g, ' ').trim();
const opt = (s: string | undefined | null): string | undefined => (t(s) ? t(s) : undefined);
const dateOrNull = (s: string | undefined | null): string | null => (t(s) ? t(s) : null);

/** Trims every text (incl. full-width spaces), drops empty optional descriptions and blank rows. */
export function cleanDraft(d: CampaignDraft): CampaignDraft {
  const region = t(d.regionCode);
  return {
    preset: d.preset,
    name: t(d.name),
    shortName: t(d.shortName),
    authority: t(d.authority),
    docPrefix: t(d.docPrefix),
    superior: t(d.superior),
    planTitle: t(d.planTitle),
    startDate: t(d.startDate),
    endDate: t(d.endDate),
    regionCode: region ? region : null,
    dueOffsetDays: Number(d.dueOffsetDays),
    phases: (d.phases ?? [])
      .filter((p) => t(p.name) || p.start || p.end)
      .map((p) => ({ name: t(p.name), start: dateOrNull(p.start), end: dateOrNull(p.end), ...(opt(p.description) ? { description: opt(p.description) } : {}) })),
    focusAreas: (d.focusAreas ?? [])
      .filter((f) => t(f.code) || t(f.name))
      .map((f) => ({ code: t(f.code).toUpperCase(), name: t(f.name), ...(opt(f.description) ? { description: opt(f.description) } : {}) })),
    departments: (d.departments ?? [])
      .filter((x) => t(x.code) || t(x.name))
      .map((x) => ({ code: t(x.code).toUpperCase(), name: t(x.name), ...(opt(x.duty) ? { duty: opt(x.duty) } : {}) })),
    deliverables: (d.deliverables ?? []).filter((x) => t(x.name)).map((x) => ({ name: t(x.name), due: dateOrNull(x.due) })),
    thresholds: {
      socialInspectionCoverage: Number(d.thresholds?.socialInspectionCoverage),
      selfInspectionCoverage: Number(d.thresholds?.selfInspectionCoverage),
    },
    recipients: t(d.recipients),
    copyTo: t(d.copyTo),
  };
}

/** Client-side check before review: the shared rules plus the form's own (rows half filled in). */
export function checkDraft(d: CampaignDraft): Issue[] {
  const out = validateCampaign(d);
  const err = (column: string, message: string) => out.push({ rule: 'campaign', severity: '错误', column, message });
  if (d.regionCode !== null && !/^\d{6}$/.test(d.regionCode)) err('regionCode', '行政区划代码应为6位数字，如 321300（宿迁市）；不限地区请留空');
  d.focusAreas.forEach((f, i) => { if (!f.code) err(`focusAreas.${i}.code`, `第${i + 1}个整治重点缺少代码（如 F${i + 1}）`); });
  d.phases.forEach((p, i) => { if (!p.name) err(`phases.${i}.name`, `第${i + 1}个阶段缺少名称`); });
  const deptCodes = new Set<string>();
  d.departments.forEach((x, i) => {
    if (!x.code) err(`departments.${i}.code`, `第${i + 1}个部门缺少代码`);
    if (!x.name) err(`departments.${i}.name`, `第${i + 1}个部门缺少名称`);
    if (x.code && deptCodes.has(x.code)) err(`departments.${i}.code`, `部门代码重复：${x.code}`);
    deptCodes.add(x.code);
  });
  d.deliverables.forEach((x, i) => { if (x.due && !isIsoDate(x.due)) err(`deliverables.${i}.due`, `第${i + 1}项报送材料日期不正确`); });
  return out;
}

/** Period rows as campaign:periods will return them once saved; [] while the dates are invalid. */
export function previewPeriods(d: Pick<CampaignDraft, 'startDate' | 'endDate' | 'dueOffsetDays' | 'phases'>): PeriodRow[] {
  if (!isIsoDate(d.startDate) || !isIsoDate(d.endDate) || dayNumber(d.endDate) < dayNumber(d.startDate)) return [];
  const offsetDays = Number.isInteger(d.dueOffsetDays) ? d.dueOffsetDays : 0;
  return campaignPeriods(d).map((p) => ({ ...p, due: dueDate(p, { offsetDays }), phase: phaseOn(d, p.end)?.name ?? null }));
}

/** "每个半月结束后 2 天内报送（如 6月1日—15日 的报表 6月17日前报送）". */
export function dueRuleText(offsetDays: number, example?: PeriodRow): string {
  const rule = offsetDays > 0
    ? `每个半月结束后 ${offsetDays} 天内报送`
    : offsetDays === 0
      ? '每个半月的最后一天报送'
      : `每个半月结束前 ${-offsetDays} 天报送`;
  if (!example) return rule;
  return `${rule}（如 ${example.label} 的报表，截止 ${chineseDate(example.due)}）`;
}

/** The code the backend will give the campaign (shown in review; it never changes afterwards). */
export function previewCode(d: Pick<CampaignDraft, 'preset' | 'startDate'>): string {
  return campaignCode(d.preset, d.startDate);
}

/** Next free code with a prefix: F1, F2 … → F5 (new rows in the focus-area list). */
export function nextCode(prefix: string, existing: readonly { code?: string }[]): string {
  const used = new Set(existing.map((x) => (x.code ?? '').toUpperCase()));
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
