/**
 * Which paths of the campaign form are fields (for placing errors next to them) and their Chinese
 * labels (for messages the backend's schema left untranslated).
 */
import type { CampaignDraft } from '../../shared/domain/campaign';
import type { FieldPath } from './form-errors';

const SCALARS = new Set([
  'name', 'shortName', 'authority', 'docPrefix', 'superior', 'planTitle', 'startDate', 'endDate',
  'regionCode', 'dueOffsetDays', 'recipients', 'copyTo',
]);

export const LIST_FIELDS = {
  phases: ['name', 'start', 'end', 'description'],
  focusAreas: ['code', 'name', 'description'],
  departments: ['code', 'name', 'duty'],
  deliverables: ['name', 'due'],
} as const;

export type ListKey = keyof typeof LIST_FIELDS;

export const CAMPAIGN_LABELS: Record<string, string> = {
  name: '专项名称', shortName: '简称', authority: '发文机关', docPrefix: '文号前缀', superior: '上级机关',
  planTitle: '所依据方案', startDate: '开始日期', endDate: '结束日期', regionCode: '行政区划代码',
  dueOffsetDays: '报送截止', recipients: '主送', copyTo: '抄送', phases: '工作阶段', focusAreas: '整治重点',
  departments: '参与部门', deliverables: '报送材料', thresholds: '考核指标',
  'thresholds.socialInspectionCoverage': '社会办医疗机构检查覆盖率', 'thresholds.selfInspectionCoverage': '自查覆盖率',
  'phases.name': '阶段名称', 'phases.start': '阶段开始日期', 'phases.end': '阶段结束日期',
  'focusAreas.code': '整治重点代码', 'focusAreas.name': '整治重点名称',
  'departments.code': '部门代码', 'departments.name': '部门名称', 'deliverables.name': '材料名称', 'deliverables.due': '材料报送日期',
};

function isListKey(k: unknown): k is ListKey {
  return typeof k === 'string' && Object.hasOwn(LIST_FIELDS, k);
}

/** True when `path` names an input that exists in the form for this draft. */
export function isCampaignField(path: FieldPath, draft: Pick<CampaignDraft, ListKey>): boolean {
  const [top, a, b] = path;
  if (path.length === 1) return typeof top === 'string' && SCALARS.has(top);
  if (top === 'thresholds') return path.length === 2 && (a === 'socialInspectionCoverage' || a === 'selfInspectionCoverage');
  if (isListKey(top) && path.length === 3 && typeof a === 'number' && typeof b === 'string') {
    return a >= 0 && a < (draft[top]?.length ?? 0) && (LIST_FIELDS[top] as readonly string[]).includes(b);
  }
  return false;
}
