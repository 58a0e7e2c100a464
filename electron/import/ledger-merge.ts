/**
 * Merges a return's ledger rows into the campaign ledger. Identity: institution + 台账编号; rows
 * without a number match an existing issue by fingerprint, else get a system number (the next
 * template pre-fills it, so the institution carries it from then on). Status transitions are
 * checked against the neighbouring periods' snapshots — also when an earlier return arrives late.
 */
import type { Issue } from '../../shared/errors';
import { checkTransition, ledgerFingerprint, type LedgerRowInput, type LedgerStatus } from '../../shared/domain/ledger';
import type { Db } from '../db/connection';
import * as ledger from '../db/repos/ledger-repo';

export interface PlannedRow { row: LedgerRowInput; issueId: number | null; ledgerNo: string; fingerprint: string; change: 'new' | 'changed' | 'unchanged' }

export interface LedgerPlan { rows: PlannedRow[]; issues: Issue[]; counts: { new: number; changed: number; unchanged: number } }

/** Works out what each row does, and every transition problem, without writing. */
export function planLedger(db: Db, a: { campaignId: number; institutionId: number; districtCode: string; period: string; sheet: string; rows: LedgerRowInput[] }): LedgerPlan {
  const existing = ledger.issuesOfUnit(db, a.campaignId, a.institutionId);
  const byNo = new Map(existing.map((e) => [e.ledger_no, e]));
  const byFp = new Map(existing.map((e) => [e.fingerprint, e]));
  let seq = existing.length;
  const plan: LedgerPlan = { rows: [], issues: [], counts: { new: 0, changed: 0, unchanged: 0 } };
  for (const row of a.rows) {
    const fp = ledgerFingerprint(row);
    const hit = row.ledgerNo ? byNo.get(row.ledgerNo) : byFp.get(fp);
    if (!hit) {
      const ledgerNo = row.ledgerNo ?? `${a.period.slice(0, 4)}-${a.districtCode}-${String(++seq).padStart(4, '0')}`;
      plan.rows.push({ row, issueId: null, ledgerNo, fingerprint: fp, change: 'new' });
      plan.counts.new++;
      continue;
    }
    const where = `${a.sheet}!第${row.row}行`;
    for (const dir of ['before', 'after'] as const) {
      const n = ledger.neighbourSnapshot(db, hit.id, a.period, dir);
      if (!n) continue;
      const [from, to] = dir === 'before' ? [n.status, row.status] : [row.status, n.status];
      const t = checkTransition(from as LedgerStatus, to as LedgerStatus);
      const ctx = dir === 'before' ? `上期（${n.period_code}）为“${n.status}”` : `后续报告期（${n.period_code}）为“${n.status}”`;
      if (!t.ok) plan.issues.push({ rule: 'ledger.transition', severity: '错误', sheet: a.sheet, row: row.row, message: `${where}：台账编号“${hit.ledger_no}”${ctx}，${t.reason}` });
      else if (t.warning) plan.issues.push({ rule: 'ledger.transition', severity: '警告', sheet: a.sheet, row: row.row, message: `${where}：台账编号“${hit.ledger_no}”${ctx}，${t.warning}` });
    }
    const change = hit.status === row.status ? 'unchanged' : 'changed';
    plan.rows.push({ row, issueId: hit.id, ledgerNo: hit.ledger_no, fingerprint: fp, change });
    plan.counts[change]++;
  }
  return plan;
}

/** Writes the plan for a committed submission and refreshes every affected issue. */
export function applyLedger(db: Db, a: { campaignId: number; institutionId: number; period: string; sheet: string; submissionId: number; replaced: number | null; now: string }, plan: LedgerPlan): void {
  const touched = new Set<number>();
  for (const p of plan.rows) {
    const id = p.issueId ?? ledger.insertIssue(db, { campaignId: a.campaignId, institutionId: a.institutionId, ledgerNo: p.ledgerNo, fingerprint: p.fingerprint, row: p.row, period: a.period, now: a.now });
    ledger.insertSnapshot(db, id, a.submissionId, a.period, a.sheet, p.row);
    touched.add(id);
  }
  if (a.replaced !== null) for (const id of ledger.issuesOfSubmission(db, a.replaced)) touched.add(id);
  // Issues this return left out: flag them missing (never delete).
  for (const id of ledger.issuesNotIn(db, a.campaignId, a.institutionId, a.period)) touched.add(id);
  for (const id of touched) ledger.refreshIssue(db, id, a.now);
}
