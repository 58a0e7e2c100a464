/**
 * The audit log as people read it: newest first, each entry with a Chinese label and a one-line
 * summary; exported to .xlsx for the bureau's records. The log itself is append-only (triggers
 * refuse UPDATE and DELETE) and written only through audit() inside each write's transaction.
 */
import type { AuditEntryView } from '../../shared/ipc/contract/audit';
import type { Page } from '../../shared/ipc/contract/base';
import type { AuditRow } from '../db/repos/audit-repo';
import { iterateAudit, pageAudit, type AuditQuery } from '../db/repos/audit-query-repo';
import type { AppContext } from './app-context';

const LABELS: Record<string, string> = {
  'campaign.create': '新建专项', 'campaign.update': '修改专项',
  'roster.import': '导入名册', 'roster.add': '新增机构', 'roster.update': '修改机构', 'roster.retire': '停用机构', 'roster.restore': '恢复机构', 'roster.demo': '生成演示名册',
  'department.units': '登记协作部门', 'department.template': '生成部门模板',
  'template.generate': '生成填报模板',
  'submission.import': '导入报送', 'submission.return': '退回修改',
  'correction.value': '更正数据', 'correction.ledger': '更正台账',
  'exception.extension': '延期报送', 'exception.exemption': '免报', 'exception.remove': '撤销延期/免报',
  'period.lock': '封账', 'period.reopen': '重新开放报告期',
  'package.export': '导出上报数据包', 'package.import': '导入下级数据包',
  'inspection.import': '导入检查记录',
  'backup.create': '备份数据库', 'backup.restore': '从备份恢复',
  'settings.set': '修改设置',
};

export function auditLabel(action: string): string {
  return LABELS[action] ?? action;
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One readable line from the fields most entries carry (institution, period, version, reason, file). */
export function auditSummary(action: string, entityId: string | null, detail: unknown, source: unknown): string {
  const d = (detail && typeof detail === 'object' ? detail : {}) as Record<string, unknown>;
  const s = (source && typeof source === 'object' ? source : {}) as Record<string, unknown>;
  const parts: string[] = [];
  const who = str(d.institution) || str(d.name) || str(d.sender);
  if (who) parts.push(who);
  const period = str(d.period);
  if (period) parts.push(period);
  if (typeof d.version === 'number') parts.push(`第${d.version}版`);
  if (action.startsWith('correction.')) parts.push(`${str(d.indicator) || str(d.field)}：${str(d.old)} → ${str(d.new)}`);
  if (action === 'settings.set') parts.push(`${entityId ?? ''} = ${str(d.after)}`);
  if (d.reason) parts.push(`理由：${str(d.reason)}`);
  if (s.file) parts.push(`文件：${str(s.file)}`);
  else if (d.file) parts.push(`文件：${str(d.file)}`);
  if (!parts.length && entityId) parts.push(entityId);
  return parts.join('，');
}

export function toAuditView(r: AuditRow): AuditEntryView {
  const detail = parse(r.detail_json);
  const source = parse(r.source_json);
  return {
    id: r.id, at: r.at, operator: r.operator, action: r.action, label: auditLabel(r.action), entity: r.entity,
    entityId: r.entity_id, campaignId: r.campaign_id, summary: auditSummary(r.action, r.entity_id, detail, source), detail, source,
  };
}

export function auditPage(ctx: AppContext, q: AuditQuery & { offset?: number; limit?: number }): Page<AuditEntryView> {
  const offset = q.offset ?? 0;
  const limit = Math.min(q.limit ?? 50, 500);
  const { rows, total } = pageAudit(ctx.db, q, offset, limit);
  return { rows: rows.map(toAuditView), total, offset, limit };
}

export function* auditEntries(ctx: AppContext, q: AuditQuery = {}): Generator<AuditEntryView> {
  for (const r of iterateAudit(ctx.db, q)) yield toAuditView(r);
}
