/**
 * Preset from the 宿迁 city plan (seed 004): seven key tasks, three dated phases, a 问题清单 due
 * 09-30 and a written summary due 10-31.
 */
import type { CampaignDraft } from '../domain/campaign';
import { addDays, diffDays } from '../domain/period';

const DEFAULT_START = '2021-07-16';

/** The seed's dates; a different start shifts every date by the same number of days. */
export function suqian2021(start = DEFAULT_START): CampaignDraft {
  const shift = diffDays(DEFAULT_START, start);
  const d = (iso: string) => addDays(iso, shift);
  return {
    preset: 'suqian-2021',
    name: '卫生健康行业作风专项整治行动',
    shortName: '行风专项整治',
    authority: '宿迁市卫生健康委员会',
    docPrefix: '宿卫发',
    superior: '宿迁市卫生健康委员会',
    planTitle: '关于在全市开展“三真三实”作风提优行动的实施方案',
    startDate: start,
    endDate: d('2021-10-31'),
    regionCode: '321300',
    dueOffsetDays: 2,
    phases: [
      { name: '自查自纠', start, end: d('2021-08-10'), description: '制定实施办法，组织自查自纠，建立问题台账' },
      { name: '集中整治', start: d('2021-08-11'), end: d('2021-09-30'), description: '专项督查，9月30日前报送问题清单' },
      { name: '总结提升', start: d('2021-10-01'), end: d('2021-10-31'), description: '总结评估，10月31日前报送书面总结' },
    ],
    focusAreas: [
      { code: 'T1', name: '严格执行“九不准”' },
      { code: 'T2', name: '规范医疗检查' },
      { code: 'T3', name: '严格临床技术运用' },
      { code: 'T4', name: '严厉打击非法行医' },
      { code: 'T5', name: '严惩收受“红包”“回扣”' },
      { code: 'T6', name: '打击欺诈骗保' },
      { code: 'T7', name: '健全医疗事故责任追究机制' },
    ],
    departments: [
      { code: 'WJ', name: '卫生健康', duty: '牵头组织，专项督查' },
      { code: 'YB', name: '医保', duty: '查处欺诈骗保' },
      { code: 'GA', name: '公安', duty: '打击欺诈骗保、非法行医犯罪' },
      { code: 'JW', name: '纪委监委', duty: '查处红包回扣等违纪违法问题' },
    ],
    deliverables: [
      { name: '专项整治问题清单', due: d('2021-09-30') },
      { name: '书面总结报告', due: d('2021-10-31') },
    ],
    thresholds: { socialInspectionCoverage: 50, selfInspectionCoverage: 100 },
    recipients: '各县（区）卫生健康委（局），市各直属单位，市卫生计生执法支队',
    copyTo: '市纪委监委驻市卫生健康委纪检监察组',
  };
}
