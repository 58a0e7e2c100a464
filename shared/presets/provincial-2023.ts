/**
 * Preset from the provincial plan 《医疗卫生行业市场秩序专项整顿行动方案》 (seed 000): three months,
 * four focus areas, four phases whose dates the plan leaves open, ≥50% inspection of 社会办
 * institutions, self-inspection of all, half-monthly upward reports, a four-part written report.
 */
import type { CampaignDraft } from '../domain/campaign';
import { addDays, parseIsoDate, formatDate, daysInMonth } from '../domain/period';

/** Three calendar months from `start` (2023-06-01 → 2023-08-31). */
function threeMonthsFrom(start: string): string {
  const { year, month, day } = parseIsoDate(start);
  const m = month + 3;
  const y = year + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12) + 1;
  return addDays(formatDate(y, mm, Math.min(day, daysInMonth(y, mm))), -1);
}

export function provincial2023(start = '2023-06-01'): CampaignDraft {
  return {
    preset: 'provincial-2023',
    name: '医疗卫生行业市场秩序专项整顿行动',
    shortName: '市场秩序专项整顿',
    authority: '市卫生健康委员会',
    docPrefix: '卫医发',
    superior: '省卫生健康委、省市场监管局',
    planTitle: '医疗卫生行业市场秩序专项整顿行动方案',
    startDate: start,
    endDate: threeMonthsFrom(start),
    regionCode: null,
    dueOffsetDays: 2,
    phases: [
      { name: '自查自纠', start: null, end: null, description: '各级各类医疗机构全覆盖自查，立行立改' },
      { name: '检查评估', start: null, end: null, description: '检查覆盖不少于50%的社会办医疗机构' },
      { name: '总结巩固', start: null, end: null, description: '总结辖区专项整顿情况，通报进展' },
      { name: '完善机制', start: null, end: null, description: '修订完善制度，建章立制' },
    ],
    focusAreas: [
      { code: 'F1', name: '医托', description: '打击治理“医托”问题' },
      { code: 'F2', name: '乱收费', description: '查处乱收费行为' },
      { code: 'F3', name: '诱导消费', description: '打击诱导消费行为' },
      { code: 'F4', name: '医德医风', description: '整治医德医风建设方面存在的问题' },
    ],
    departments: [
      { code: 'WJ', name: '卫生健康', duty: '组织协调，规范医疗服务行为，打击无证行医' },
      { code: 'SCJG', name: '市场监管', duty: '查处价格违法、虚假广告及虚假宣传' },
      { code: 'GA', name: '公安', duty: '对移送的涉嫌犯罪案件依法立案侦查' },
      { code: 'YJ', name: '药监', duty: '查处制售假劣医药制剂，药品器械购进保管使用违法行为' },
      { code: 'XZSP', name: '行政审批', duty: '配合查处虚假宣传、违法医疗广告' },
    ],
    deliverables: [{ name: '书面总结报告', due: null }],
    thresholds: { socialInspectionCoverage: 50, selfInspectionCoverage: 100 },
    recipients: '各区（县）卫生健康局，委属各单位，各有关医疗机构',
    copyTo: '市市场监管局，市公安局，市药监局，市行政审批局',
  };
}
