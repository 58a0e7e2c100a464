/**
 * The human side of the half-month loop: deadline extensions and exemptions, send-backs with a
 * marked-up workbook, and corrections (更正) that keep the original value and survive a
 * re-import of the same file unless the new file changes that cell. Every change is audited.
 */
import { AppError } from '../../shared/errors';
import { isIsoDate } from '../../shared/domain/period';
import { indicatorDef, yuanToFen } from '../../shared/domain/indicators';
import { isLedgerStatus, LEDGER_COLUMNS, type LedgerRowInput } from '../../shared/domain/ledger';
import type { Db } from '../db/connection';
import { fileBytes } from '../db/repos/submissions-repo';
import { refreshIssue } from '../db/repos/ledger-repo';
import { markUpWorkbook } from '../import/error-workbook';
import { audit, operatorName } from './audit';
import { timestamp, type AppContext } from './app-context';
import { requirePeriod, requireWritableCampaign } from './campaign-service';
import { assertUnlocked } from './period-lock-service';

const needReason = (r: string | undefined | null, what: string) => { if (!r || !r.trim()) throw new AppError('validation', `${what}必须说明理由`); return r.trim(); };

export function setException(ctx: AppContext, a: { institutionId: number; period: string; kind: 'extension' | 'exemption'; newDue?: string | null; reason: string }) {
  const c = requireWritableCampaign(ctx, '设置延期或免报');
  const p = requirePeriod(c, a.period);
  const reason = needReason(a.reason, a.kind === 'extension' ? '延期' : '免报');
  if (a.kind === 'extension' && (!a.newDue || !isIsoDate(a.newDue) || a.newDue <= p.due)) throw new AppError('validation', `延期后的截止日期应晚于原截止日 ${p.due}`);
  const unit = ctx.db.prepare('SELECT id, name FROM institutions WHERE id = ?').get(a.institutionId) as { id: number; name: string } | undefined;
  if (!unit) throw new AppError('not-found', '没有找到该机构');
  ctx.db.transaction(() => {
    const before = ctx.db.prepare('SELECT * FROM reporting_exceptions WHERE campaign_id = ? AND institution_id = ? AND period_code = ?').get(c.id, unit.id, p.code) ?? null;
    ctx.db.prepare(`INSERT INTO reporting_exceptions (campaign_id, institution_id, period_code, kind, new_due, reason, operator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (campaign_id, institution_id, period_code) DO UPDATE SET kind = excluded.kind, new_due = excluded.new_due, reason = excluded.reason, operator = excluded.operator, at = excluded.at`)
      .run(c.id, unit.id, p.code, a.kind, a.kind === 'extension' ? a.newDue : null, reason, operatorName(ctx), timestamp(ctx));
    audit(ctx, { action: `exception.${a.kind}`, entity: 'institution', entityId: unit.id, campaignId: c.id, detail: { institution: unit.name, period: p.code, newDue: a.newDue ?? null, reason, before }, source: { ui: 'exception' } });
  })();
  return { institution: unit.name, period: p.code, kind: a.kind, newDue: a.newDue ?? null, reason };
}

export function removeException(ctx: AppContext, institutionId: number, period: string, reason: string): void {
  const c = requireWritableCampaign(ctx, '撤销延期或免报');
  const why = needReason(reason, '撤销延期/免报');
  ctx.db.transaction(() => {
    const before = ctx.db.prepare('SELECT * FROM reporting_exceptions WHERE campaign_id = ? AND institution_id = ? AND period_code = ?').get(c.id, institutionId, period);
    if (!before) throw new AppError('not-found', '该机构本期没有延期或免报记录');
    ctx.db.prepare('DELETE FROM reporting_exceptions WHERE campaign_id = ? AND institution_id = ? AND period_code = ?').run(c.id, institutionId, period);
    audit(ctx, { action: 'exception.remove', entity: 'institution', entityId: institutionId, campaignId: c.id, detail: { period, reason: why, before } });
  })();
}

/** 退回修改: the submission stops counting as received; returns the marked-up workbook to send back. */
export async function sendBack(ctx: AppContext, submissionId: number, reason: string): Promise<{ fileName: string; bytes: Buffer }> {
  const c = requireWritableCampaign(ctx, '退回报送');
  const why = needReason(reason, '退回修改');
  const s = ctx.db.prepare('SELECT id, period_code, file_name, file_sha256, warnings_json, state, package_id FROM submissions WHERE id = ? AND campaign_id = ?').get(submissionId, c.id) as
    { id: number; period_code: string; file_name: string; file_sha256: string; warnings_json: string; state: string; package_id: number | null } | undefined;
  if (!s) throw new AppError('not-found', '没有找到该报送');
  if (s.package_id !== null) throw new AppError('validation', '经下级数据包上报的数据请退回给下级单位处理');
  assertUnlocked(ctx.db, c, s.period_code);
  const bytes = fileBytes(ctx.db, s.file_sha256)!;
  const warnings = JSON.parse(s.warnings_json) as { rule: string; severity: '错误' | '警告'; message: string; sheet?: string; cell?: string }[];
  const marked = await markUpWorkbook(bytes, [{ rule: 'send-back', severity: '错误', message: `退回修改：${why}` }, ...warnings]);
  ctx.db.transaction(() => {
    ctx.db.prepare("UPDATE submissions SET state = 'returned', state_reason = ? WHERE id = ?").run(why, s.id);
    audit(ctx, { action: 'submission.return', entity: 'submission', entityId: s.id, campaignId: c.id, detail: { reason: why, period: s.period_code, file: s.file_name } });
  })();
  return { fileName: s.file_name.split('/').pop()!.replace(/\.(xlsx|xls|xlsm)$/i, '') + '-退回修改.xlsx', bytes: marked };
}

function parseValue(code: string, raw: string): number {
  const def = indicatorDef(code);
  if (!def?.input) throw new AppError('validation', `指标 ${code} 不是填报指标`);
  if (def.input === 'yesno') { if (raw !== '是' && raw !== '否') throw new AppError('validation', '应为“是”或“否”'); return raw === '是' ? 1 : 0; }
  const n = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new AppError('validation', `更正值应为非负数字：${raw}`);
  if (def.input === 'count' && !Number.isInteger(n)) throw new AppError('validation', `“${def.name}”应为整数`);
  return def.input === 'money' ? yuanToFen(n) : n;
}

/** 更正 one indicator value of a submission; the original stays in the corrections table. */
export function correctValue(ctx: AppContext, a: { submissionId: number; indicator: string; focus: string; value: string; reason: string }) {
  const c = requireWritableCampaign(ctx, '更正数据');
  const why = needReason(a.reason, '更正');
  const s = ctx.db.prepare('SELECT id, period_code FROM submissions WHERE id = ? AND campaign_id = ? AND is_current = 1').get(a.submissionId, c.id) as { id: number; period_code: string } | undefined;
  if (!s) throw new AppError('not-found', '只能更正当前有效版本的报送');
  assertUnlocked(ctx.db, c, s.period_code);
  const value = parseValue(a.indicator, a.value.trim());
  const cur = ctx.db.prepare('SELECT value, cell FROM indicator_values WHERE submission_id = ? AND indicator_code = ? AND focus_code = ?').get(s.id, a.indicator, a.focus) as { value: number; cell: string } | undefined;
  ctx.db.transaction(() => {
    if (cur) ctx.db.prepare('UPDATE indicator_values SET value = ? WHERE submission_id = ? AND indicator_code = ? AND focus_code = ?').run(value, s.id, a.indicator, a.focus);
    else ctx.db.prepare("INSERT INTO indicator_values (submission_id, indicator_code, focus_code, value, cell) VALUES (?, ?, ?, ?, '更正')").run(s.id, a.indicator, a.focus, value);
    ctx.db.prepare(`INSERT INTO corrections (submission_id, target, indicator_code, focus_code, cell, old_value, new_value, reason, operator, at) VALUES (?, 'value', ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(s.id, a.indicator, a.focus, cur?.cell ?? null, cur ? String(cur.value) : null, String(value), why, operatorName(ctx), timestamp(ctx));
    audit(ctx, { action: 'correction.value', entity: 'submission', entityId: s.id, campaignId: c.id, detail: { indicator: a.indicator, focus: a.focus, old: cur?.value ?? null, new: value, reason: why }, source: { cell: cur?.cell ?? null } });
  })();
  return { old: cur?.value ?? null, new: value };
}

const LEDGER_FIELDS = new Set(LEDGER_COLUMNS.map((c) => c.key).filter((k) => !['ledgerNo', 'focus'].includes(k)));

/** 更正 one field of a ledger issue in its latest current snapshot (history keeps the original). */
export function correctLedger(ctx: AppContext, a: { issueId: number; field: string; value: string; reason: string }) {
  const c = requireWritableCampaign(ctx, '更正台账');
  const why = needReason(a.reason, '更正');
  if (!LEDGER_FIELDS.has(a.field)) throw new AppError('validation', `台账字段不可更正：${a.field}`);
  if (a.field === 'status' && !isLedgerStatus(a.value)) throw new AppError('validation', `整改状态应为：待整改、整改中、已整改待核验、已销号、不属实、移交他部门`);
  if (/Date|deadline/.test(a.field) && !isIsoDate(a.value)) throw new AppError('validation', `日期应为 YYYY-MM-DD：${a.value}`);
  const snap = ctx.db.prepare(`SELECT ls.submission_id, ls.period_code, ls.fields_json FROM ledger_snapshots ls JOIN submissions s ON s.id = ls.submission_id
    WHERE ls.issue_id = ? AND s.is_current = 1 AND s.campaign_id = ? ORDER BY ls.period_code DESC LIMIT 1`).get(a.issueId, c.id) as { submission_id: number; period_code: string; fields_json: string } | undefined;
  if (!snap) throw new AppError('not-found', '没有找到该台账问题');
  assertUnlocked(ctx.db, c, snap.period_code);
  const fields = JSON.parse(snap.fields_json) as LedgerRowInput & Record<string, unknown>;
  const old = fields[a.field] ?? null;
  fields[a.field] = a.value;
  ctx.db.transaction(() => {
    writeSnapshot(ctx.db, a.issueId, snap.submission_id, fields);
    ctx.db.prepare(`INSERT INTO corrections (submission_id, target, issue_id, field, old_value, new_value, reason, operator, at) VALUES (?, 'ledger', ?, ?, ?, ?, ?, ?, ?)`)
      .run(snap.submission_id, a.issueId, a.field, old === null ? null : String(old), a.value, why, operatorName(ctx), timestamp(ctx));
    refreshIssue(ctx.db, a.issueId, timestamp(ctx));
    audit(ctx, { action: 'correction.ledger', entity: 'ledger_issue', entityId: a.issueId, campaignId: c.id, detail: { field: a.field, old, new: a.value, reason: why } });
  })();
  return { old, new: a.value };
}

function writeSnapshot(db: Db, issueId: number, submissionId: number, f: LedgerRowInput): void {
  db.prepare('UPDATE ledger_snapshots SET fields_json = ?, status = ?, deadline = ?, measures = ? WHERE issue_id = ? AND submission_id = ?')
    .run(JSON.stringify(f), f.status, f.deadline, f.measures, issueId, submissionId);
}

/**
 * After a new version of the same unit × period is committed: corrections made on the previous
 * version are re-applied when the new file still holds the value that was corrected (the
 * institution did not touch that cell); otherwise the new file's value stands.
 */
export function carryCorrections(db: Db, previousId: number, newId: number, at: string): number {
  const rows = db.prepare("SELECT * FROM corrections WHERE submission_id = ? ORDER BY id").all(previousId) as
    { id: number; target: string; indicator_code: string | null; focus_code: string | null; issue_id: number | null; field: string | null; cell: string | null; old_value: string | null; new_value: string; reason: string; operator: string }[];
  let carried = 0;
  for (const r of rows) {
    if (r.target === 'value') {
      const v = db.prepare('SELECT value FROM indicator_values WHERE submission_id = ? AND indicator_code = ? AND focus_code = ?').get(newId, r.indicator_code, r.focus_code) as { value: number } | undefined;
      if ((v ? String(v.value) : null) !== r.old_value) continue;
      if (v) db.prepare('UPDATE indicator_values SET value = ? WHERE submission_id = ? AND indicator_code = ? AND focus_code = ?').run(Number(r.new_value), newId, r.indicator_code, r.focus_code);
      else db.prepare("INSERT INTO indicator_values (submission_id, indicator_code, focus_code, value, cell) VALUES (?, ?, ?, ?, '更正')").run(newId, r.indicator_code, r.focus_code, Number(r.new_value));
    } else {
      const snap = db.prepare('SELECT fields_json FROM ledger_snapshots WHERE issue_id = ? AND submission_id = ?').get(r.issue_id, newId) as { fields_json: string } | undefined;
      if (!snap) continue;
      const f = JSON.parse(snap.fields_json) as LedgerRowInput & Record<string, unknown>;
      if ((f[r.field!] == null ? null : String(f[r.field!])) !== r.old_value) continue;
      f[r.field!] = r.new_value;
      writeSnapshot(db, r.issue_id!, newId, f);
      refreshIssue(db, r.issue_id!, at);
    }
    db.prepare(`INSERT INTO corrections (submission_id, target, indicator_code, focus_code, issue_id, field, cell, old_value, new_value, reason, operator, at, carried_from)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(newId, r.target, r.indicator_code, r.focus_code, r.issue_id, r.field, r.cell, r.old_value, r.new_value, r.reason, r.operator, at, r.id);
    carried++;
  }
  return carried;
}
