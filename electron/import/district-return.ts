/**
 * Imports a 区县汇总填报表: identifies the district and period from its metadata (refusing, never
 * guessing, when they are unknown or contradictory), resolves every row's institution against the
 * roster, plans each institution's ledger merge, and — only when nothing anywhere in the file is
 * an error — commits one new submission version per institution in ONE transaction, through the
 * same commit path as a single return. One audit entry for the file; one report line per
 * institution (a rejected file is one line with every located error).
 */
import type { Issue } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import { districtIdentifiedBy } from '../../shared/domain/district-return';
import type { LedgerRowInput, WorkText } from '../../shared/domain/ledger';
import { isPeriodCode } from '../../shared/domain/period';
import { districtLabel, lookupRegion } from '../../shared/domain/region';
import type { FileReport } from '../../shared/import/import-report';
import type { ParsedValue } from '../../shared/import/parse-data-sheet';
import type { ParsedDistrictReturn } from '../../shared/import/parse-district-return';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import * as subs from '../db/repos/submissions-repo';
import { today, timestamp, type AppContext } from '../services/app-context';
import { audit } from '../services/audit';
import { lockOf } from '../services/period-lock-service';
import type { InputFile } from './collect-files';
import { commitSubmission, type Committed } from './commit-submission';
import { resolveDistrictUnits, type ResolvedUnit } from './district-units';
import { planLedger, type LedgerPlan } from './ledger-merge';

export interface DistrictPrepared { file: InputFile; sha: string; district: ParsedDistrictReturn }

export interface DistrictImportOptions { period?: string | null; received?: string | null }

interface Planned { unit: ResolvedUnit; values: ParsedValue[]; ledger: LedgerRowInput[]; work: WorkText; plan: LedgerPlan; issues: Issue[] }

const EMPTY = { new: 0, changed: 0, unchanged: 0 };

/** Issues of the parse that belong to one institution's rows go on its report line. */
function ownerOfIssue(i: Issue, rowsOf: Map<string, ResolvedUnit>): ResolvedUnit | undefined {
  return i.sheet && i.row ? rowsOf.get(`${i.sheet}|${i.row}`) : undefined;
}

export function importDistrictReturn(ctx: AppContext, c: Campaign, periods: PeriodRow[], p: DistrictPrepared, o: DistrictImportOptions): FileReport[] {
  const file = p.file.name;
  const { meta } = p.district;
  const districtName = meta.district ? districtLabel(meta.district) : '未注明区县';
  const who = `${districtName}区县汇总表`;
  const base: FileReport = { file, status: 'rejected', institution: who, values: 0, ledger: { ...EMPTY }, issues: [] };
  const refuse = (message: string, rule = 'identify'): FileReport[] => [{ ...base, ...(meta.period ? { period: meta.period } : {}), issues: [{ rule, severity: '错误', file, message: `${file}：${message}` }] }];

  const dup = subs.submissionBySha(ctx.db, c.id, p.sha);
  if (dup) {
    return [{ ...base, status: 'unchanged', period: dup.period_code, issues: [{ rule: 'file.identical', severity: '警告', file, message: `${file}：与已导入的区县汇总表完全相同（${dup.file_name}），已跳过` }] }];
  }
  if (meta.campaign && meta.campaign !== c.code) return refuse(`该文件是专项“${meta.campaign}”的区县汇总表，不属于当前专项“${c.name}”（${c.code}），请使用当前专项下发的模板。`);
  if (!meta.period || !isPeriodCode(meta.period)) return refuse(`模板元数据中的报告期“${meta.period ?? ''}”无效，请使用本期下发的区县汇总填报表。`);
  const period = periods.find((x) => x.code === meta.period);
  if (!period) return refuse(`模板的报告期 ${meta.period} 不在当前专项期间内（${periods[0].code} 至 ${periods[periods.length - 1].code}）。`);
  if (o.period && o.period !== meta.period) return refuse(`模板的报告期是 ${meta.period}，与指定的 --period ${o.period} 不一致。`);
  if (!meta.district || !lookupRegion(meta.district)) return refuse(`模板元数据中的区县代码“${meta.district ?? ''}”不是有效的行政区划代码，请使用下发的区县汇总填报表。`);
  const lock = lockOf(ctx.db, c.id, period.code);
  if (lock) return refuse(`报告期 ${period.code} 已封账（${lock.reason}），不能导入。如确需补报或更正，请先重新开放该报告期并说明理由。`, 'period.locked');

  const withFile = (i: Issue): Issue => ({ ...i, file });
  const issues = p.district.issues.map(withFile);
  const live = p.district.entries.filter((e) => !e.blank);
  const blank = p.district.entries.filter((e) => e.blank).map((e) => e.ref.name ?? e.ref.uscc ?? '');
  const resolved = resolveDistrictUnits(ctx.db, meta.district, live, p.district.sheets.ledger);
  issues.push(...resolved.issues.map(withFile));
  if (blank.length) {
    issues.push({ rule: 'district.blank-rows', severity: '警告', file, message: `${file}：以下 ${blank.length} 家机构在汇总表中没有填写任何数据，视为本期未报：${blank.join('、')}` });
  }
  const sheets = p.district.sheets;
  const planned: Planned[] = [];
  const untouched: string[] = [];
  for (const g of resolved.units) {
    const plan = planLedger(ctx.db, { campaignId: c.id, institutionId: g.unit.id, districtCode: g.unit.district_code, period: period.code, sheet: sheets.ledger, rows: g.ledger });
    // Only the pre-filled issues, unchanged, and no numbers: the district did not report for it.
    if (!g.values.length && !Object.keys(g.work).length && !plan.counts.new && !plan.counts.changed && !plan.issues.length) { untouched.push(g.unit.name); continue; }
    issues.push(...plan.issues.map(withFile));
    planned.push({ unit: g, values: g.values, ledger: g.ledger, work: g.work, plan, issues: [] });
  }
  if (untouched.length) {
    issues.push({ rule: 'district.blank-rows', severity: '警告', file, message: `${file}：以下 ${untouched.length} 家机构只有预填的问题台账（未作修改），没有填写数据，视为本期未报：${untouched.join('、')}` });
  }
  if (!planned.length && !issues.some((i) => i.severity === '错误')) {
    issues.push({ rule: 'district.empty', severity: '错误', file, message: `${file}：汇总表中没有任何机构的数据，请填写后再导入。` });
  }
  if (issues.some((i) => i.severity === '错误')) return [{ ...base, period: period.code, issues }];

  // Warnings go on the line of the institution whose row they point at; the rest on the first line.
  const rowsOf = new Map<string, ResolvedUnit>();
  for (const g of resolved.units) for (const ref of g.refs) rowsOf.set(`${ref.sheet}|${ref.row}`, g);
  for (const g of resolved.units) for (const l of g.ledger) rowsOf.set(`${sheets.ledger}|${l.row}`, g);
  const general: Issue[] = [];
  for (const i of issues) {
    const owner = ownerOfIssue(i, rowsOf);
    const line = owner && planned.find((x) => x.unit === owner);
    (line ? line.issues : general).push(i);
  }
  planned[0].issues.unshift(...general);

  const received = p.file.received ?? o.received ?? today(ctx);
  const now = timestamp(ctx);
  const identifiedBy = districtIdentifiedBy(districtName);
  const done: Committed[] = [];
  ctx.db.transaction(() => {
    for (const x of planned) {
      const direct = subs.currentSubmission(ctx.db, c.id, period.code, x.unit.unit.id) as (subs.SubmissionRow & { identified_by: string }) | undefined;
      if (direct && !direct.identified_by.startsWith('区县汇总表')) {
        x.issues.push({ rule: 'district.replaces-direct', severity: '警告', file, message: `${file}：${x.unit.unit.name}本期已直接报送（${direct.file_name}，第${direct.version}版），现以区县汇总表中的数据为准（新版本），原版本保留` });
      }
      done.push(commitSubmission(ctx.db, {
        campaignId: c.id, institutionId: x.unit.unit.id, period: period.code, fileName: file, sha: p.sha, bytes: p.file.bytes,
        receivedDate: received, now, identifiedBy, templateVersion: meta.version, values: x.values, work: x.work,
        warnings: x.issues.filter((i) => i.severity === '警告'), ledgerSheet: sheets.ledger, plan: x.plan,
        isNil: x.values.length === 0 && x.ledger.length === 0,
      }));
    }
    audit(ctx, {
      action: 'submission.import-district', entity: 'district-return', entityId: `${meta.district}|${period.code}`, campaignId: c.id,
      detail: {
        district: meta.district, districtName, period: period.code, received, unreported: [...blank, ...untouched],
        institutions: planned.map((x, k) => ({ institution: x.unit.unit.name, uscc: x.unit.unit.uscc, version: done[k].version, supersedes: done[k].previous?.version ?? null, values: x.values.length, ledger: x.plan.counts })),
      },
      source: { file, sha256: p.sha, sheets: [sheets.data, sheets.ledger, sheets.work].filter(Boolean) },
    });
  })();
  return planned.map((x, k): FileReport => ({
    file, status: done[k].previous ? 'superseded' : x.issues.length ? 'warning' : 'accepted',
    institution: x.unit.unit.name, uscc: x.unit.unit.uscc, period: period.code, identifiedBy, version: done[k].version,
    values: x.values.length, ledger: x.plan.counts, issues: x.issues,
  }));
}
