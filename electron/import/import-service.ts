/**
 * Bulk import of half-month returns. Files are read and parsed first (off the main thread when a
 * pool is given), then processed in period order: identify, validate, plan the ledger merge, and
 * commit each accepted file in its own transaction. A dry run does all of it inside one outer
 * transaction that is rolled back, so its report is exactly what a real import would do.
 */
import { createHash } from 'node:crypto';
import { AppError, type Issue } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import type { ParsedReturn } from '../../shared/import/parse-return';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import { today, timestamp, type AppContext } from '../services/app-context';
import { audit } from '../services/audit';
import { periodRows, requireWritableCampaign } from '../services/campaign-service';
import * as subs from '../db/repos/submissions-repo';
import type { JobHandle } from '../services/jobs';
import type { InputFile } from './collect-files';
import { identifyReturn } from './identify';
import { planLedger } from './ledger-merge';
import { commitSubmission } from './commit-submission';
import type { ParsedDistrictReturn } from '../../shared/import/parse-district-return';
import { importDistrictReturn } from './district-return';
import { parseAll } from './parse-pool';
import type { FileReport, BatchReport } from '../../shared/import/import-report';
import { summarize } from '../../shared/import/import-report';
import { isIsoDate } from '../../shared/domain/period';
import { lockOf } from '../services/period-lock-service';
import { ensureDepartmentUnits } from '../services/department-service';

export interface ImportOptions {
  dryRun: boolean;
  period?: string | null;
  received?: string | null;
}

interface Prepared { file: InputFile; sha: string; parsed: ParsedReturn | null; readError: Issue[]; district?: ParsedDistrictReturn }

function processOne(ctx: AppContext, c: Campaign, periods: PeriodRow[], p: Prepared, o: ImportOptions): FileReport {
  const base: FileReport = { file: p.file.name, status: 'rejected', issues: [], values: 0, ledger: { new: 0, changed: 0, unchanged: 0 } };
  if (!p.parsed) return { ...base, issues: p.readError };
  const dup = subs.submissionBySha(ctx.db, c.id, p.sha);
  if (dup) {
    return { ...base, status: 'unchanged', period: dup.period_code, version: dup.version, issues: [{ rule: 'file.identical', severity: '警告', file: p.file.name, message: `${p.file.name}：与已导入的文件完全相同（${dup.file_name}，第${dup.version}版），已跳过` }] };
  }
  const id = identifyReturn(ctx.db, c, periods, p.parsed, p.file.name, o.period ?? null);
  // A workbook that is not a return at all says so first: "cannot identify" alone would mislead.
  if (!id.ok) return { ...base, issues: [...p.parsed.issues.filter((i) => i.rule === 'file.sheets').map((i) => ({ ...i, file: p.file.name })), ...id.issues] };
  const { unit, period, rule } = id.value;
  const lock = lockOf(ctx.db, c.id, period.code);
  if (lock) {
    return { ...base, institution: unit.name, uscc: unit.uscc, period: period.code, issues: [{ rule: 'period.locked', severity: '错误', file: p.file.name, message: `${p.file.name}：报告期 ${period.code} 已封账（${lock.reason}），不能导入。如确需补报或更正，请先重新开放该报告期并说明理由。` }] };
  }
  const withFile = (i: Issue): Issue => ({ ...i, file: p.file.name });
  const issues = p.parsed.issues.map(withFile);
  const ledgerSheet = '问题台账';
  const plan = planLedger(ctx.db, { campaignId: c.id, institutionId: unit.id, districtCode: unit.district_code, period: period.code, sheet: ledgerSheet, rows: p.parsed.ledger });
  issues.push(...plan.issues.map(withFile));
  const report: FileReport = {
    ...base, institution: unit.name, uscc: unit.uscc, period: period.code, identifiedBy: rule,
    values: p.parsed.values.length, ledger: plan.counts, issues,
  };
  if (issues.some((i) => i.severity === '错误')) return report;
  // Per file (the UI may set each file's own received date), else per batch, else today.
  const received = p.file.received ?? o.received ?? today(ctx);
  const previous = subs.currentSubmission(ctx.db, c.id, period.code, unit.id);
  const version = subs.maxVersion(ctx.db, c.id, period.code, unit.id) + 1;
  const isNil = p.parsed.values.length === 0 && p.parsed.ledger.length === 0;
  const now = timestamp(ctx);
  ctx.db.transaction(() => {
    const { submissionId: sid } = commitSubmission(ctx.db, {
      campaignId: c.id, institutionId: unit.id, period: period.code, fileName: p.file.name, sha: p.sha, bytes: p.file.bytes,
      receivedDate: received, now, identifiedBy: rule, templateVersion: id.value.templateVersion, values: p.parsed!.values,
      work: p.parsed!.work, warnings: issues.filter((i) => i.severity === '警告'), ledgerSheet, plan, isNil,
    });
    audit(ctx, {
      action: 'submission.import', entity: 'submission', entityId: sid, campaignId: c.id,
      detail: { institution: unit.name, uscc: unit.uscc, period: period.code, version, values: p.parsed!.values.length, ledger: plan.counts, supersedes: previous?.version ?? null, received },
      source: { file: p.file.name, sha256: p.sha, sheets: ['进展数据', '问题台账', '工作情况'] },
    });
  })();
  return { ...report, status: previous ? 'superseded' : issues.length ? 'warning' : 'accepted', version };
}

/** Imports files already collected; reports per file. Never throws for a bad file. */
export async function importFiles(ctx: AppContext, files: InputFile[], refused: Issue[], o: ImportOptions, job?: JobHandle): Promise<BatchReport> {
  const c = requireWritableCampaign(ctx, '导入报送文件');
  if (o.received && !isIsoDate(o.received)) throw new AppError('usage', `接收日期格式不正确：${o.received}（应为 YYYY-MM-DD）`);
  const periods = periodRows(c);
  if (o.period && !periods.some((p) => p.code === o.period)) {
    throw new AppError('validation', `报告期 ${o.period} 不在当前专项期间内（${periods[0].code} 至 ${periods[periods.length - 1].code}）。`);
  }
  const total = files.length;
  let read = 0;
  const outcomes = await parseAll(files, c.focusAreas, (i) => { read++; job?.progress(read, total * 2, `读取 ${files[i].name}`); });
  job?.checkCancelled();
  const prepared: Prepared[] = files.map((file, i) => ({ file, sha: createHash('sha256').update(file.bytes).digest('hex'), ...outcomes[i] }));
  // Period order, so transitions are checked in time order within one batch.
  const periodOf = (p: Prepared) => p.parsed?.meta?.period ?? p.district?.meta.period ?? o.period ?? '9999';
  prepared.sort((a, b) => periodOf(a).localeCompare(periodOf(b)) || a.file.name.localeCompare(b.file.name));
  const reports: FileReport[] = refused.map((i) => ({ file: i.file ?? '', status: 'rejected', issues: [i], values: 0, ledger: { new: 0, changed: 0, unchanged: 0 } }));
  if (o.dryRun) ctx.db.exec('BEGIN');
  try {
    // Partner departments report as units created from the campaign's list (inside a dry run's rollback).
    if (prepared.some((p) => p.parsed?.kind === 'department')) ensureDepartmentUnits(ctx, c);
    for (let i = 0; i < prepared.length; i++) {
      if (!o.dryRun) job?.checkCancelled();
      job?.progress(total + i, total * 2, `${o.dryRun ? '检查' : '导入'} ${prepared[i].file.name}`);
      const p = prepared[i];
      // A 区县汇总填报表 becomes one submission per institution (district-return.ts).
      if (p.district) reports.push(...importDistrictReturn(ctx, c, periods, { file: p.file, sha: p.sha, district: p.district }, o));
      else reports.push(processOne(ctx, c, periods, p, o));
    }
  } finally {
    if (o.dryRun) ctx.db.exec('ROLLBACK');
  }
  job?.progress(total * 2, total * 2, '完成');
  return summarize(reports, o.dryRun);
}
