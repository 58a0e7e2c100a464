/**
 * The half-month return workbook (填报模板): sheet names, layout markers and metadata keys shared
 * by the template writer, the importer and the demo generator. The importer never relies on
 * fixed cell addresses: it finds blocks by their header texts and indicators by code or name.
 */
import { FOCUS_INPUTS, GENERAL_INPUTS } from './indicators';

export const TEMPLATE_VERSION = 'R1';

export const SHEETS = {
  guide: '填报说明',
  data: '进展数据',
  ledger: '问题台账',
  work: '工作情况',
  meta: '_meta',
} as const;

/** Synonyms for sheets renamed by hand. */
export const SHEET_SYNONYMS: Record<keyof typeof SHEETS, string[]> = {
  guide: ['填报说明', '说明'],
  data: ['进展数据', '进展情况', '统计数据', '数据', '进展统计'],
  ledger: ['问题台账', '台账', '问题清单', '整改台账'],
  work: ['工作情况', '工作总结', '文字材料', '工作开展情况'],
  meta: ['_meta'],
};

/** Keys stored in the hidden, protected metadata sheet (column A key, column B value). */
export const META_KEYS = {
  campaign: 'campaign_code',
  period: 'period_code',
  uscc: 'uscc',
  licence: 'licence_no',
  name: 'institution_name',
  version: 'template_version',
  kind: 'return_kind',
} as const;

/** Header texts of the two blocks of 进展数据. Column 编号 holds the indicator code. */
export const DATA_HEADERS = {
  code: ['编号', '指标编号', '代码'],
  name: ['指标', '指标名称', '项目'],
  unit: ['单位', '计量单位'],
  value: ['本期数', '本期', '数值', '本期数值', '数量'],
  note: ['说明', '备注'],
} as const;

export const GENERAL_BLOCK_TITLE = '一、基本情况（本期）';
export const FOCUS_BLOCK_TITLE = '二、分整治重点情况（本期）';

/** Indicator name synonyms accepted besides the defined names (hand-typed rows). */
export const INDICATOR_SYNONYMS: Record<string, string[]> = {
  B1: ['自查完成情况', '是否完成自查', '自查自纠完成情况'],
  C1: ['出动人员', '出动检查人员', '出动执法人员'],
  H2: ['培训场次', '警示教育场次', '开展培训'],
  H2P: ['培训人次', '参加培训人次'],
  H1: ['建立制度', '修订制度', '建立健全制度'],
  G1: ['受理线索', '举报线索', '受理举报线索'],
  G2: ['已核查', '核查线索'],
  G3: ['已办结', '办结线索'],
  G4: ['查实', '查实线索'],
  B3: ['发现问题', '自查发现问题数', '发现问题数'],
  D7: ['立行立改', '立行立改数'],
  C2: ['检查家次', '开展检查家次', '检查'],
  E1: ['立案', '立案数', '立案查处数'],
  E4: ['罚款', '罚款金额（元）', '罚款（元）'],
  E5: ['没收违法所得（元）', '没收违法所得金额'],
  E8: ['责令改正家次', '责令整改'],
  E13: ['移送公安', '移送公安机关件数'],
  E14: ['移送纪检监察', '移送纪委监委'],
  E17: ['移送其他部门', '移送市场监管', '移送药监'],
  F1: ['约谈人次', '约谈'],
  F2: ['通报批评人次'],
  F5: ['曝光案例', '曝光典型案例数'],
};

export { FOCUS_INPUTS, GENERAL_INPUTS };

/** File name of a return: `<period label>-<institution name>.xlsx`, safe on Windows. */
export function returnFileName(periodLabel: string, institutionName: string): string {
  return `${periodLabel}-${institutionName}.xlsx`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}
