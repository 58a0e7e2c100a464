/**
 * Reading a returns import report (dry run or real): the traffic-light per file, the headline,
 * ledger row counts, and the problems grouped by rule — each group in plain words with every
 * place it occurs (file and `工作表!单元格`), so a clerk fixes one kind of mistake at a time.
 */
import type { Issue } from '../../shared/errors';
import type { BatchReport, FileReport, FileStatus } from '../../shared/import/import-report';
import { issueLocation } from './import-report';
import { isImportable } from './intake-upload';

export type Tone = 'success' | 'warning' | 'error' | 'default';

export const FILE_STATUS_TEXT: Record<FileStatus, string> = {
  accepted: '可导入', warning: '有警告', superseded: '替换旧版本', unchanged: '未变化', rejected: '拒绝',
};

/** After the real run the same statuses read as done, not as "can be". */
export const FILE_STATUS_DONE_TEXT: Record<FileStatus, string> = {
  accepted: '已导入', warning: '已导入（有警告）', superseded: '已导入（替换旧版本）', unchanged: '未变化（已导入过）', rejected: '拒绝',
};

/** Green ready, yellow accepted with warnings, red refused; unchanged is neutral. */
export function fileTone(f: Pick<FileReport, 'status' | 'issues'>): Tone {
  if (f.status === 'rejected') return 'error';
  if (f.status === 'unchanged') return 'default';
  if (f.status === 'warning' || f.issues.some((i) => i.severity === '警告')) return 'warning';
  return 'success';
}

export const TONE_COLOR: Record<Tone, string> = { success: 'green', warning: 'gold', error: 'red', default: 'default' };

/** Plain names for the importer's rule codes (group titles); unknown codes are shown as they are. */
export const RULE_LABELS: Record<string, string> = {
  'file.format': '文件格式无法读取', 'file.zip': '压缩包无法解压', 'file.too-large': '文件过大', 'file.read': '文件无法打开',
  'file.missing': '文件不存在', 'file.identical': '与已导入的文件完全相同', 'file.sheets': '缺少模板工作表',
  identify: '无法确定是哪家机构', 元数据: '按模板隐藏信息识别机构', 文件名: '按文件名识别机构', 表内单位名称: '按表内单位名称识别机构',
  表内统一社会信用代码: '按表内统一社会信用代码识别机构', campaign: '不是本专项的模板', 'period.locked': '报告期已封账',
  'roster.identity': '机构与名册不符', 'send-back': '退回修改',
  'data.header': '“进展数据”表头找不到', 'data.consistency': '数据前后矛盾（分项大于总数）', 'data.duplicate': '指标重复填写',
  'ledger.header': '“问题台账”表头找不到', 'ledger.columns': '问题台账缺少必填列', 'ledger.too-many': '问题台账行数过多',
  'ledger.required': '问题台账必填项为空', 'ledger.duplicate-no': '台账编号重复', 'ledger.transition': '整改状态变化需核实',
  'ledger.completion-missing': '已整改但缺少完成日期', 'ledger.completion-before-found': '完成日期早于发现日期',
  'ledger.deadline-before-found': '整改时限早于发现日期', deadline: '整改时限不合理',
  'cell.number': '应填数字', 'cell.integer': '应填整数', 'cell.negative': '不能为负数', 'cell.absurd': '数值明显异常',
  'cell.date': '日期无法识别', 'cell.dropdown': '不在下拉选项中', 'cell.formula-no-value': '公式没有计算结果',
  'cell.lenient': '已按常见写法识别，请核对', 'cell.yesno': '应填“是”或“否”',
  // 区县汇总填报表 (one row per institution).
  'district.unit-unknown': '机构不在名册中', 'district.unit-elsewhere': '机构不属于本区县', 'district.unit-retired': '机构已停用',
  'district.unit-ambiguous': '机构名称对应多家机构', 'district.unit-department': '协作部门不能在区县汇总表中报送',
  'district.uscc-mismatch': '统一社会信用代码与名册不符', 'district.uscc-format': '统一社会信用代码格式不正确', 'district.uscc-new': '名册缺少统一社会信用代码',
  'district.name-mismatch': '机构名称与名册不一致', 'district.row-unit': '行内没有写明机构', 'district.duplicate-row': '同一机构重复出现',
  'district.total-row': '合计行已忽略', 'district.unknown-column': '无法识别的列', 'district.focus-column': '列没有对应的整治重点',
  'district.ledger-owner': '问题台账缺少机构列', 'district.blank-rows': '未填写数据的机构视为未报', 'district.empty': '汇总表没有任何数据',
  'district.replaces-direct': '替换机构直接报送的版本', 'district.too-many': '汇总表行数过多',
};

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule;
}

export interface RuleGroup {
  rule: string;
  label: string;
  severity: Issue['severity'];
  count: number;
  /** Files this rule hit (a fix is often "the same mistake in several files"). */
  files: number;
  places: { file: string; location: string; message: string }[];
}

/** The message without the `工作表!D5：` it starts with, when the place is shown beside it anyway. */
export function stripLocation(message: string, location: string): string {
  for (const prefix of [location, location.replace(/^[^!]*!/, '')]) {
    if (prefix && (message.startsWith(`${prefix}：`) || message.startsWith(`${prefix}:`))) return message.slice(prefix.length + 1).trim();
  }
  return message;
}

/** Errors first, then by how often; within a group, in file then report order. */
export function groupIssuesByRule(files: readonly Pick<FileReport, 'file' | 'issues'>[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup & { fileSet: Set<string> }>();
  for (const f of files) {
    for (const i of f.issues) {
      const key = `${i.severity}|${i.rule}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { rule: i.rule, label: ruleLabel(i.rule), severity: i.severity, count: 0, files: 0, places: [], fileSet: new Set() }));
      g.count++;
      g.fileSet.add(f.file);
      const location = issueLocation(i);
      g.places.push({ file: f.file || i.file || '', location: location || '整个文件', message: stripLocation(i.message, location) });
    }
  }
  return [...groups.values()]
    .map(({ fileSet, ...g }) => ({ ...g, files: fileSet.size }))
    .sort((a, b) => (a.severity === b.severity ? b.count - a.count || a.rule.localeCompare(b.rule) : a.severity === '错误' ? -1 : 1));
}

export interface LedgerTotals {
  new: number;
  changed: number;
  unchanged: number;
}

/** Ledger rows the batch adds / changes / leaves as they were, counting only files that import. */
export function ledgerTotals(files: readonly Pick<FileReport, 'status' | 'ledger'>[]): LedgerTotals {
  const t = { new: 0, changed: 0, unchanged: 0 };
  for (const f of files) {
    if (!isImportable(f.status)) continue;
    t.new += f.ledger.new;
    t.changed += f.ledger.changed;
    t.unchanged += f.ledger.unchanged;
  }
  return t;
}

export interface BatchSummary {
  importable: number;
  rejected: number;
  unchanged: number;
  withWarnings: number;
  tone: 'success' | 'warning' | 'error' | 'info';
  headline: string;
}

export function summariseBatch(r: BatchReport): BatchSummary {
  const importable = r.files.filter((f) => isImportable(f.status)).length;
  const rejected = r.totals.rejected;
  const unchanged = r.totals.unchanged;
  const withWarnings = r.files.filter((f) => f.status !== 'rejected' && f.issues.some((i) => i.severity === '警告')).length;
  const parts: string[] = [];
  if (r.dryRun) {
    parts.push(`共 ${r.totals.files} 个文件：可导入 ${importable} 个${withWarnings ? `（其中 ${withWarnings} 个有警告，请核对）` : ''}`);
    if (unchanged) parts.push(`${unchanged} 个与已导入的完全相同，将跳过`);
    if (rejected) parts.push(`${rejected} 个被拒绝，不会导入（可下载错误标注文件发回修改）`);
    const tail = importable ? '。以上只是检查，尚未写入任何数据；核对后点“确认导入”。' : '。没有可以导入的文件。';
    return { importable, rejected, unchanged, withWarnings, tone: rejected ? 'error' : withWarnings ? 'warning' : importable ? 'success' : 'info', headline: parts.join('；') + tail };
  }
  parts.push(`已导入 ${importable} 个文件${withWarnings ? `（其中 ${withWarnings} 个有警告）` : ''}`);
  if (unchanged) parts.push(`${unchanged} 个与已导入的完全相同，已跳过`);
  if (rejected) parts.push(`${rejected} 个被拒绝，未导入`);
  return { importable, rejected, unchanged, withWarnings, tone: rejected ? 'warning' : 'success', headline: parts.join('；') + '。' };
}

export type FileFilter = 'all' | 'problems' | 'rejected' | 'warning' | 'ok';

/** The report table's quick filter (a folder of 300 returns: show me only what needs attention). */
export function filterFiles<F extends Pick<FileReport, 'status' | 'issues'>>(files: readonly F[], f: FileFilter): F[] {
  switch (f) {
    case 'problems': return files.filter((x) => x.issues.length > 0 || x.status === 'rejected');
    case 'rejected': return files.filter((x) => fileTone(x) === 'error');
    case 'warning': return files.filter((x) => fileTone(x) === 'warning');
    case 'ok': return files.filter((x) => fileTone(x) === 'success' || fileTone(x) === 'default');
    default: return [...files];
  }
}

const TONE_RANK: Record<Tone, number> = { error: 0, warning: 1, success: 2, default: 3 };

/** Refused first, then warnings, then the rest, each group in the backend's order (period, name). */
export function sortByAttention<F extends Pick<FileReport, 'status' | 'issues'>>(files: readonly F[]): F[] {
  return files.map((f, i) => ({ f, i })).sort((a, b) => TONE_RANK[fileTone(a.f)] - TONE_RANK[fileTone(b.f)] || a.i - b.i).map((x) => x.f);
}
