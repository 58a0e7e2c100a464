/**
 * Upward package (上报数据包): one zip holding the level's validated data for a period as JSON,
 * the human-readable 汇总表 when available, and manifest.json with the SHA-256 of every other
 * entry, the campaign code, the sender and the software/schema versions. Format: docs/package-format.md.
 * Personal data (names in texts, 涉及人员, 责任人, 填报人, phones, ID numbers) is masked unless the
 * export asks for it (includePersonal); the manifest says which (personalData) and the choice is audited.
 */
import { createHash } from 'node:crypto';
import { zipSync, strToU8 } from 'fflate';
import { AppError } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/connection';
import { getSetting } from '../db/repos/settings-repo';
import { APP_VERSION } from '../services/version';
import { timestamp, type AppContext } from '../services/app-context';
import { requireCampaign, requirePeriod } from '../services/campaign-service';
import { audit } from '../services/audit';
import { personalDataMode, recordPersonalDataChoice } from '../services/privacy-choice';
import { LEDGER_FIELD_MASKS, maskFields, WORK_FIELD_MASKS } from '../../shared/privacy/mask-records';

export const PACKAGE_FORMAT = 'rectify-desk/upward-package';
export const PACKAGE_FORMAT_VERSION = 1;

export interface Manifest {
  format: string;
  formatVersion: number;
  software: { name: string; version: string; schemaVersion: number };
  campaign: { code: string; name: string };
  sender: { organisation: string; regionCode: string | null };
  period: string;
  exportedAt: string;
  entries: Record<string, { sha256: string; size: number }>;
  /** Whether personal data was masked (default) or included by an explicit, audited choice. */
  personalData?: 'masked' | 'included';
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

// Institutions' returns only: a partner department reports to its own level (its unit has no
// USCC the upper level could match), so department returns stay out of the upward package.
function rows(db: Db, c: Campaign, period: string) {
  const institutions = db.prepare(
    `SELECT i.kind, i.uscc, i.licence_no, i.name, i.aliases_json, i.district_code, i.category, i.ownership, i.level, i.provincial_direct, i.retired_at
     FROM institutions i ORDER BY i.district_code, i.name`,
  ).all();
  const submissions = db.prepare(
    `SELECT s.id, s.period_code, i.uscc, i.licence_no, i.name AS institution, s.version, s.received_date, s.file_name, s.file_sha256,
            s.identified_by, s.is_nil, s.work_json
     FROM submissions s JOIN institutions i ON i.id = s.institution_id
     WHERE s.campaign_id = ? AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code <= ? AND i.kind = 'institution'
     ORDER BY s.period_code, i.district_code, i.name`,
  ).all(c.id, period) as { id: number; work_json: string }[];
  const values = db.prepare(
    `SELECT v.submission_id, v.indicator_code, v.focus_code, v.value, v.cell FROM indicator_values v
     JOIN submissions s ON s.id = v.submission_id JOIN institutions i ON i.id = s.institution_id
     WHERE s.campaign_id = ? AND s.is_current = 1 AND s.state = 'accepted' AND s.period_code <= ? AND i.kind = 'institution'
     ORDER BY v.submission_id, v.indicator_code, v.focus_code`,
  ).all(c.id, period) as { submission_id: number }[];
  const byId = new Map<number, unknown[]>();
  for (const v of values) { const { submission_id, ...rest } = v; (byId.get(submission_id) ?? byId.set(submission_id, []).get(submission_id)!).push(rest); }
  const ledger = db.prepare(
    `SELECT l.id, i.uscc, i.licence_no, l.ledger_no, l.focus_code, l.category, l.source, l.found_date, l.description, l.amount_fen, l.severity,
            l.measures, l.resp_person, l.deadline, l.status, l.completion_date, l.penalties, l.fine_fen, l.is_typical, l.first_period, l.last_period, l.missing_since
     FROM ledger_issues l JOIN institutions i ON i.id = l.institution_id WHERE l.campaign_id = ? AND l.first_period <= ?
     ORDER BY i.district_code, i.name, l.ledger_no`,
  ).all(c.id, period) as { id: number }[];
  const history = db.prepare(
    `SELECT ls.issue_id, ls.period_code, ls.sheet, ls.row, s.file_sha256, ls.fields_json
     FROM ledger_snapshots ls JOIN submissions s ON s.id = ls.submission_id
     WHERE s.campaign_id = ? AND s.is_current = 1 AND ls.period_code <= ? ORDER BY ls.issue_id, ls.period_code`,
  ).all(c.id, period) as { issue_id: number; fields_json: string }[];
  const hist = new Map<number, unknown[]>();
  for (const h of history) {
    const { issue_id, fields_json, ...rest } = h;
    (hist.get(issue_id) ?? hist.set(issue_id, []).get(issue_id)!).push({ ...rest, fields: JSON.parse(fields_json) });
  }
  return {
    institutions,
    submissions: submissions.map(({ id, work_json, ...s }) => ({ ...s, work: JSON.parse(work_json), values: byId.get(id) ?? [] })),
    ledger: ledger.map(({ id, ...l }) => ({ ...l, history: hist.get(id) ?? [] })),
  };
}

export interface PackageExtras {
  /** Human-readable workbook (汇总表) for recipients without the app. */
  summaryXlsx?: Uint8Array;
}

/** The package's texts with personal data masked: ledger fields, their history snapshots, work texts. */
function maskPersonal(data: ReturnType<typeof rows>): ReturnType<typeof rows> {
  return {
    institutions: data.institutions,
    submissions: data.submissions.map((s) => ({ ...s, work: maskFields(s.work as object, WORK_FIELD_MASKS) })),
    ledger: data.ledger.map((l) => ({
      ...maskFields(l, LEDGER_FIELD_MASKS),
      history: (l.history as { fields: object }[]).map((h) => ({ ...h, fields: maskFields(h.fields, LEDGER_FIELD_MASKS) })),
    })),
  };
}

export function buildPackage(ctx: AppContext, periodCode: string, extras: PackageExtras = {}, opts: { includePersonal?: boolean } = {}): { bytes: Uint8Array; manifest: Manifest } {
  const c = requireCampaign(ctx);
  const period = requirePeriod(c, periodCode);
  const raw = rows(ctx.db, c, period.code);
  const data = opts.includePersonal ? raw : maskPersonal(raw);
  const files: Record<string, Uint8Array> = {
    'campaign.json': strToU8(JSON.stringify({ code: c.code, name: c.name, startDate: c.startDate, endDate: c.endDate, focusAreas: c.focusAreas, dueOffsetDays: c.dueOffsetDays }, null, 1)),
    'data/institutions.json': strToU8(JSON.stringify(data.institutions)),
    'data/submissions.json': strToU8(JSON.stringify(data.submissions)),
    'data/ledger.json': strToU8(JSON.stringify(data.ledger)),
  };
  if (extras.summaryXlsx) files['汇总表.xlsx'] = extras.summaryXlsx;
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    software: { name: 'rectify-desk', version: APP_VERSION, schemaVersion: schemaVersion(ctx.db) },
    campaign: { code: c.code, name: c.name },
    sender: { organisation: getSetting(ctx.db, 'organisation') ?? c.authority, regionCode: getSetting(ctx.db, 'region_code') ?? c.regionCode },
    period: period.code,
    exportedAt: timestamp(ctx),
    entries: Object.fromEntries(Object.entries(files).map(([n, b]) => [n, { sha256: sha256(b), size: b.length }])),
    personalData: personalDataMode(opts.includePersonal),
  };
  if (!data.submissions.length) throw new AppError('validation', `报告期 ${period.code} 及之前还没有已导入的报送数据，无法生成上报数据包。`);
  const bytes = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest, null, 1)) }, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  ctx.db.transaction(() => {
    audit(ctx, { action: 'package.export', entity: 'package', entityId: period.code, campaignId: c.id, detail: { period: period.code, submissions: data.submissions.length, ledger: data.ledger.length, sha256: sha256(bytes), personalData: manifest.personalData } });
    if (opts.includePersonal) recordPersonalDataChoice(ctx, { export: 'upward-package', campaignId: c.id, scope: { period: period.code, sha256: sha256(bytes) } });
  })();
  return { bytes, manifest };
}
