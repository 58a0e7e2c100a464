/**
 * The 区县汇总填报表: a district bureau that collects from its own hospitals returns one workbook
 * for all of them. 进展数据 has one row per institution and one column per indicator (per-focus
 * indicators as two-row headers: `B3 自查发现问题（个）` over `医托 | 乱收费 | …`), 问题台账 is the
 * institutions' ledger with 机构名称 and 统一社会信用代码 in front, 工作情况 one row per institution,
 * and `_meta` says return_kind 'district' with the district code. The importer splits it into one
 * submission per institution (identified_by 区县汇总表（宿城区）).
 */
import type { IndicatorDef } from './indicators';

export const DISTRICT_RETURN_KIND = 'district';
/** `_meta` key of the district's GB/T 2260 code (the other keys are META_KEYS). */
export const DISTRICT_META_CODE = 'district_code';
export const DISTRICT_TEMPLATE_VERSION = 'D1';

/** Headers of the columns naming the institution of a row (any sheet). */
export const DISTRICT_ID_HEADERS = {
  name: ['机构名称', '单位名称', '医疗机构名称', '机构', '单位', '医疗机构'],
  uscc: ['统一社会信用代码', '社会信用代码', '信用代码', 'USCC'],
  seq: ['序号'],
} as const;

/** Labels of total rows a clerk may add at the bottom (totals are computed by the app). */
export const TOTAL_ROW_LABELS = ['合计', '总计', '小计', '全区合计', '全县合计', '汇总'];

/** The top header of an indicator column: `B3 自查发现问题（个）`. */
export function indicatorHeader(def: IndicatorDef): string {
  return `${def.code} ${def.name.replace(/^其中[:：]/, '')}（${def.unit}）`;
}

/** How a submission split from a district return is identified: 区县汇总表（宿城区）. */
export function districtIdentifiedBy(districtName: string): string {
  return `区县汇总表（${districtName}）`;
}

/** File name of a district's workbook: `2023年6月上半月-宿城区-区县汇总填报表.xlsx`. */
export function districtReturnFileName(periodLabel: string, districtName: string): string {
  return `${periodLabel}-${districtName}-区县汇总填报表.xlsx`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}
