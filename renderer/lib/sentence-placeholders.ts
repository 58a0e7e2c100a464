/**
 * 句式设置: what each `{placeholder}` of the sentence templates stands for, and the checks shown
 * while a clerk edits a template. An unknown placeholder prints "—" in the document (the filler
 * never leaves a raw `{x}`), so it is worth a warning; a left-out one is only a hint.
 */

import { DEFAULT_SENTENCES, type SentenceKey } from '../../shared/documents/sentences';

/** The city-level figures every overall template may use (cumulative unless said otherwise). */
export const FIGURE_MEANINGS: Record<string, string> = {
  planTitle: '方案名称',
  name: '专项名称',
  cutoff: '截止日期（报告期末，如2023年6月30日）',
  authority: '发文机关',
  due: '本期应报单位数',
  onTime: '按时报送单位数',
  late: '逾期报送单位数',
  missing: '未报送单位数',
  reportRate: '报送率',
  timeliness: '及时率',
  selfDone: '完成自查的机构数',
  selfRate: '自查覆盖率',
  selfTarget: '自查覆盖率目标（%）',
  b3Cum: '累计自查发现问题数',
  d7Cum: '累计立行立改问题数',
  c1Cum: '累计出动检查人员（人次）',
  c2Cum: '累计开展检查（家次）',
  c4: '检查社会办医疗机构家数',
  a2: '社会办医疗机构总数',
  c5: '社会办医疗机构检查覆盖率',
  c5Verdict: '是否达到社会办检查覆盖率要求的判断语',
  d1Cum: '累计发现问题数',
  d2: '已整改问题数',
  d3: '整改率',
  d4: '整改中问题数',
  d5: '逾期未整改问题数',
  d1Cur: '本期新增问题数',
  d1Trend: '与上期比较的说法（如“，较上期增加3个”）',
  e1Cum: '累计立案数',
  e6Cum: '累计罚没款（万元）',
  e4Cum: '累计罚款（万元）',
  e5Cum: '累计没收违法所得（万元）',
  e13Cum: '累计移送公安机关件数',
  e14Cum: '累计移送纪检监察机关件数',
  f1Cum: '累计约谈（人次）',
  f2Cum: '累计通报批评（人次）',
  f5Cum: '累计曝光典型案例数',
  g1Cum: '累计受理举报线索数',
  g2Cum: '累计已核查线索数',
  g3Cum: '累计办结线索数',
  g4Cum: '累计查实线索数',
  g5: '线索办结率',
  g6: '线索查实率',
  dueOffset: '报送期限（每半月结束后几日内）',
};

/** Templates filled with their own values instead of the city-level figures. */
const OWN: Partial<Record<SentenceKey, Record<string, string>>> = {
  focusArea: {
    focus: '整治重点名称',
    b3: '该重点本期自查发现问题数',
    c2: '该重点本期开展检查（家次）',
    e1: '该重点本期立案数',
    d1Cum: '该重点累计发现问题数',
    d2: '该重点累计已整改问题数',
    d3: '该重点整改率',
  },
  districtLine: {
    district: '区县名称',
    reportRate: '该区县报送率',
    selfRate: '该区县自查覆盖率',
    d3: '该区县整改率',
    d5: '该区县逾期未整改问题数',
  },
  praise: { names: '表扬的单位名单（以顿号分隔）' },
  criticise: { items: '批评的单位及原因（同一原因的单位合并）', replyBy: '书面说明的截止日期（成文后7日）', authority: '发文机关' },
  practice: { unit: '单位名称', text: '典型做法内容' },
};

/** Placeholder → meaning for one template (what its sentence may use). */
export function offeredPlaceholders(key: string): Record<string, string> {
  return Object.hasOwn(OWN, key) ? OWN[key as SentenceKey]! : FIGURE_MEANINGS;
}

/** Placeholder names in order of first use. */
export function placeholdersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\{(\w+)\}/g)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

export function placeholderMeaning(key: string, name: string): string | null {
  return offeredPlaceholders(key)[name] ?? null;
}

export interface TemplateCheck {
  empty: boolean;
  /** In the text but not offered by this template: printed as "—". */
  unknown: string[];
  /** Used by the default wording but left out. */
  unused: string[];
  /** Braces that are not a placeholder ({ 报送率 }, a lone "{"): printed as typed. */
  strayBraces: boolean;
}

/** Checks an edited template: placeholders this template cannot fill, and those its default uses but the text drops. */
export function checkTemplate(key: string, text: string): TemplateCheck {
  const offered = offeredPlaceholders(key);
  const inDefault = Object.hasOwn(DEFAULT_SENTENCES, key) ? placeholdersIn(DEFAULT_SENTENCES[key as SentenceKey]) : [];
  const used = placeholdersIn(text);
  const withoutPlaceholders = text.replace(/\{\w+\}/g, '');
  return {
    empty: !text.trim(),
    unknown: used.filter((p) => !Object.hasOwn(offered, p)),
    unused: inDefault.filter((p) => !used.includes(p)),
    strayBraces: /[{}]/.test(withoutPlaceholders),
  };
}
