/**
 * Merges a verified upward package at the upper level. Rules (shown in the UI and the CLI):
 * - A sender not yet known is added as a reporting unit (kind 'district') and reported.
 * - Institutions in the package that are not on this level's roster are added to it.
 * - A sender's package replaces its previous package for the same period: submissions that came
 *   through the older package are superseded (kept, not current).
 * - An institution that reports here directly AND appears in a district's package is counted
 *   once: the direct return wins, the package copy is skipped and reported as such.
 */
import { AppError } from '../../shared/errors';
import type { LedgerRowInput } from '../../shared/domain/ledger';
import { ledgerFingerprint } from '../../shared/domain/ledger';
import type { AppContext } from '../services/app-context';
import { timestamp, today } from '../services/app-context';
import { audit } from '../services/audit';
import { requirePeriod, requireWritableCampaign } from '../services/campaign-service';
import * as ledger from '../db/repos/ledger-repo';
import * as subs from '../db/repos/submissions-repo';
import { readPackage, type PackageContent } from './package-read';

export type PackageAction = 'new' | 'replace' | 'unchanged' | 'skipped-direct';

export interface PackageReport {
  dryRun: boolean;
  sender: string;
  senderRegion: string | null;
  senderIsNew: boolean;
  period: string;
  replacesPrevious: boolean;
  newInstitutions: string[];
  submissions: { institution: string; period: string; action: PackageAction }[];
  counts: Record<PackageAction, number>;
  ledgerIssues: number;
  rules: string[];
}

export const PACKAGE_RULES = [
  '同一上报单位同一报告期的新数据包替换其上一份数据包（旧数据保留为历史版本）。',
  '既直接向本级报送、又出现在下级数据包中的机构只计一次：以直接报送为准，数据包中的副本跳过。',
  '数据包中本级名册没有的机构自动加入名册；首次上报的单位自动加入为上报单位。',
];

type Sub = PackageContent['submissions'][number];

function unitKey(u: { uscc: string | null; licence_no: string | null }) { return u.uscc ?? `L:${u.licence_no}`; }

function findUnit(ctx: AppContext, u: { uscc: string | null; licence_no: string | null }) {
  return (u.uscc && subs.unitByUscc(ctx.db, u.uscc)) || (u.licence_no && subs.unitByLicence(ctx.db, u.licence_no)) || undefined;
}

/** Senders are matched by organisation name (a district bureau's name is stable within a campaign). */
function senderUnit(ctx: AppContext, org: string) {
  return ctx.db.prepare("SELECT id FROM institutions WHERE kind = 'district' AND name = ?").get(org) as { id: number } | undefined;
}

function planSubmission(ctx: AppContext, campaignId: number, s: Sub, senderId: number | undefined): PackageAction {
  const unit = findUnit(ctx, s);
  if (!unit) return 'new';
  const cur = subs.currentSubmission(ctx.db, campaignId, s.period_code, unit.id) as (subs.SubmissionRow & { package_id?: number | null; origin_sha256?: string | null }) | undefined;
  if (!cur) return 'new';
  const row = ctx.db.prepare('SELECT s.package_id, s.origin_sha256, p.sender_unit_id FROM submissions s LEFT JOIN packages p ON p.id = s.package_id WHERE s.id = ?').get(cur.id) as { package_id: number | null; origin_sha256: string | null; sender_unit_id: number | null };
  if (row.package_id === null) return 'skipped-direct';
  if (row.sender_unit_id === senderId && row.origin_sha256 === s.file_sha256) return 'unchanged';
  return 'replace';
}

export function importPackage(ctx: AppContext, bytes: Uint8Array, o: { dryRun: boolean; received?: string | null; fileName: string }): PackageReport {
  const c = requireWritableCampaign(ctx, '导入下级数据包');
  const pkg = readPackage(bytes, c);
  const period = requirePeriod(c, pkg.manifest.period);
  for (const s of pkg.submissions) requirePeriod(c, s.period_code);
  const { organisation, regionCode } = pkg.manifest.sender;
  const sender = senderUnit(ctx, organisation);
  const plan = pkg.submissions.map((s) => ({ s, action: planSubmission(ctx, c.id, s, sender?.id) }));
  const known = new Set(pkg.institutions.filter((u) => findUnit(ctx, u)).map(unitKey));
  const report: PackageReport = {
    dryRun: o.dryRun, sender: organisation, senderRegion: regionCode, senderIsNew: !sender, period: period.code,
    replacesPrevious: !!sender && !!ctx.db.prepare('SELECT 1 FROM packages WHERE campaign_id = ? AND sender_unit_id = ? AND period_code = ? AND is_current = 1').get(c.id, sender.id, period.code),
    newInstitutions: pkg.institutions.filter((u) => u.kind === 'institution' && !known.has(unitKey(u))).map((u) => u.name),
    submissions: plan.map((p) => ({ institution: p.s.institution, period: p.s.period_code, action: p.action })),
    counts: { new: 0, replace: 0, unchanged: 0, 'skipped-direct': 0 },
    ledgerIssues: pkg.ledger.length,
    rules: PACKAGE_RULES,
  };
  for (const p of plan) report.counts[p.action]++;
  const dupe = ctx.db.prepare('SELECT 1 FROM packages WHERE campaign_id = ? AND sha256 = ?').get(c.id, pkg.sha256);
  if (dupe) throw new AppError('validation', '该数据包已导入过（文件完全相同），未重复导入。');
  if (o.dryRun) return report;
  const now = timestamp(ctx);
  const received = o.received ?? today(ctx);
  ctx.db.transaction(() => {
    const senderId = sender?.id ?? Number(ctx.db.prepare(`INSERT INTO institutions (kind, name, district_code, category, ownership, created_at, updated_at)
      VALUES ('district', ?, ?, '区县卫生健康局', '公立', ?, ?)`).run(organisation, regionCode ?? '000000', now, now).lastInsertRowid);
    for (const u of pkg.institutions) {
      if (u.kind !== 'institution' || findUnit(ctx, u)) continue;
      ctx.db.prepare(`INSERT INTO institutions (kind, uscc, licence_no, name, aliases_json, district_code, category, ownership, level, provincial_direct, created_at, updated_at)
        VALUES ('institution', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(u.uscc, u.licence_no, u.name, u.aliases_json, u.district_code, u.category, u.ownership, u.level, u.provincial_direct, now, now);
    }
    subs.storeFile(ctx.db, pkg.sha256, bytes);
    ctx.db.prepare('UPDATE packages SET is_current = 0 WHERE campaign_id = ? AND sender_unit_id = ? AND period_code = ?').run(c.id, senderId, period.code);
    const packageId = Number(ctx.db.prepare(`INSERT INTO packages (campaign_id, sender_unit_id, sender_org, sender_region, period_code, sha256, received_date, imported_at, manifest_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(c.id, senderId, organisation, regionCode, period.code, pkg.sha256, received, now, JSON.stringify(pkg.manifest)).lastInsertRowid);
    const subIds = new Map<string, number>(); // unit key + period → submission id
    for (const { s, action } of plan) {
      if (action === 'skipped-direct' || action === 'unchanged') continue;
      const unit = findUnit(ctx, s)!;
      if (action === 'replace') subs.retireCurrent(ctx.db, c.id, s.period_code, unit.id);
      const sid = subs.insertSubmission(ctx.db, {
        campaignId: c.id, period: s.period_code, institutionId: unit.id, version: subs.maxVersion(ctx.db, c.id, s.period_code, unit.id) + 1,
        fileName: `${o.fileName}/${s.file_name}`, sha: pkg.sha256, receivedDate: s.received_date, importedAt: now, identifiedBy: `上报数据包（${organisation}）`,
        templateVersion: null, isNil: s.is_nil === 1, warnings: [], work: s.work,
      });
      ctx.db.prepare('UPDATE submissions SET package_id = ?, origin_sha256 = ? WHERE id = ?').run(packageId, s.file_sha256, sid);
      subs.insertValues(ctx.db, sid, s.values.map((v) => ({ code: v.indicator_code, focus: v.focus_code, value: v.value, cell: v.cell })));
      subIds.set(`${unitKey(s)}|${s.period_code}`, sid);
    }
    const touched = new Set<number>();
    for (const issue of pkg.ledger) {
      const unit = findUnit(ctx, issue);
      if (!unit) continue;
      const history = issue.history.filter((h) => subIds.has(`${unitKey(issue)}|${h.period_code}`));
      if (!history.length) continue;
      const first = history[0].fields as unknown as LedgerRowInput;
      const existing = ctx.db.prepare('SELECT id FROM ledger_issues WHERE campaign_id = ? AND institution_id = ? AND ledger_no = ?').get(c.id, unit.id, issue.ledger_no) as { id: number } | undefined;
      const id = existing?.id ?? ledger.insertIssue(ctx.db, { campaignId: c.id, institutionId: unit.id, ledgerNo: issue.ledger_no, fingerprint: ledgerFingerprint(first), row: first, period: history[0].period_code, now });
      for (const h of history) ledger.insertSnapshot(ctx.db, id, subIds.get(`${unitKey(issue)}|${h.period_code}`)!, h.period_code, h.sheet, { ...(h.fields as unknown as LedgerRowInput), row: h.row });
      touched.add(id);
    }
    for (const id of touched) ledger.refreshIssue(ctx.db, id, now);
    audit(ctx, {
      action: 'package.import', entity: 'package', entityId: packageId, campaignId: c.id,
      detail: { sender: organisation, period: period.code, counts: report.counts, newInstitutions: report.newInstitutions.length, senderIsNew: report.senderIsNew },
      source: { file: o.fileName, sha256: pkg.sha256 },
    });
  })();
  return report;
}
