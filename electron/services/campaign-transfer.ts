/**
 * Sending a campaign down (专项定义下发): the city exports the definition — same code, focus codes,
 * periods, thresholds — with the roster slice of one district; the district bureau imports it and
 * runs the same campaign, so its upward package carries the same campaign code and institution
 * codes. Importing again updates the definition but keeps the district's own identity (发文机关,
 * 文号, 上报对象, region, 主送/抄送) and contacts. Roster rows whose name matches a local institution
 * but whose code does not are never merged silently: they are skipped and listed.
 */
import { z } from 'zod';
import { AppError, type Issue } from '../../shared/errors';
import type { Campaign, CampaignDraft } from '../../shared/domain/campaign';
import type { Institution } from '../../shared/domain/institution';
import { districtLabel, isWithin, lookupRegion } from '../../shared/domain/region';
import type { RosterField } from '../../shared/domain/roster-columns';
import { planRosterMerge, type RosterDecision } from '../../shared/domain/roster-merge';
import { validateRosterRow, type ValidRow } from '../../shared/domain/roster-rules';
import { campaignDraftSchema } from '../../shared/ipc/contract/campaign';
import type { DefinitionImportReport } from '../../shared/ipc/contract/campaign';
import * as campaigns from '../db/repos/campaigns-repo';
import { allInstitutions, insertInstitution, updateInstitution } from '../db/repos/institutions-repo';
import { timestamp, type AppContext } from './app-context';
import { audit } from './audit';
import { assertCampaignWritable, createCampaign, requireCampaign } from './campaign-service';

export const DEFINITION_FORMAT = 'rectify-campaign-definition';
export const DEFINITION_VERSION = 1;

const institutionSchema = z.object({
  name: z.string().min(1).max(200),
  aliases: z.array(z.string().max(100)).max(50),
  uscc: z.string().max(40).nullable(),
  licenceNo: z.string().max(60).nullable(),
  districtCode: z.string().regex(/^\d{6}$/),
  category: z.string().max(50),
  ownership: z.string().max(30),
  level: z.string().max(30),
  provincialDirect: z.boolean(),
  contactPerson: z.string().max(50).nullable(),
  contactPhone: z.string().max(50).nullable(),
}).strict();

const fileSchema = z.object({
  format: z.literal(DEFINITION_FORMAT),
  version: z.literal(DEFINITION_VERSION),
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/),
  exportedBy: z.string().max(200),
  district: z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().max(100) }).strict().nullable(),
  definition: campaignDraftSchema,
  institutions: z.array(institutionSchema).max(100_000),
}).strict();

export type CampaignDefinitionFile = z.infer<typeof fileSchema>;

function draftOf(c: Campaign): CampaignDraft {
  const { id: _id, code: _code, status: _status, createdAt: _created, ...draft } = c;
  return draft;
}

/** The current campaign's definition with the roster of one district (or the whole region). */
export function exportDefinition(ctx: AppContext, o: { district?: string | null } = {}): { fileName: string; bytes: Buffer; file: CampaignDefinitionFile } {
  const c = requireCampaign(ctx);
  const code = o.district?.trim() || null;
  if (code !== null) {
    if (!/^\d{6}$/.test(code) || !lookupRegion(code)) throw new AppError('validation', `区县代码“${code}”不是有效的6位行政区划代码（如 321302），请核对。`);
    if (!isWithin(code, c.regionCode)) throw new AppError('validation', `${districtLabel(code)}（${code}）不在专项“${c.name}”的区域（${c.regionCode}）内。`);
  }
  // 省直省管 units report to the province directly, never through a district bureau.
  const roster = allInstitutions(ctx.db, code ? { districtCode: code } : {}).filter((i) => !(code && i.provincialDirect));
  const file: CampaignDefinitionFile = {
    format: DEFINITION_FORMAT,
    version: DEFINITION_VERSION,
    code: c.code,
    exportedBy: c.authority,
    district: code ? { code, name: districtLabel(code) } : null,
    definition: draftOf(c),
    institutions: roster.map((i) => ({
      name: i.name, aliases: i.aliases, uscc: i.uscc, licenceNo: i.licenceNo, districtCode: i.districtCode, category: i.category,
      ownership: i.ownership, level: i.level, provincialDirect: i.provincialDirect, contactPerson: i.contactPerson, contactPhone: i.contactPhone,
    })),
  };
  const fileName = `专项定义-${c.code}${file.district ? `-${file.district.name}` : ''}.json`;
  return { fileName, bytes: Buffer.from(JSON.stringify(file, null, 2) + '\n', 'utf8'), file };
}

function parseFile(bytes: Buffer, fileName: string): CampaignDefinitionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('validation', `“${fileName}”不是专项定义文件（不是有效的 JSON）。请使用上级用“导出专项定义”生成的 .json 文件。`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== DEFINITION_FORMAT) {
    throw new AppError('validation', `“${fileName}”不是专项定义文件（缺少格式标记 ${DEFINITION_FORMAT}）。请使用上级用“导出专项定义”生成的 .json 文件。`);
  }
  if ((raw as { version?: unknown }).version !== DEFINITION_VERSION) {
    throw new AppError('validation', `“${fileName}”的格式版本（${String((raw as { version?: unknown }).version)}）本软件不支持，请升级软件或请上级用相同版本重新导出。`);
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const issues: Issue[] = r.error.issues.slice(0, 50).map((i) => ({ rule: 'campaign.definition', severity: '错误', file: fileName, message: `${i.path.join('.') || '文件'}：${i.message}` }));
    throw new AppError('validation', `专项定义文件“${fileName}”内容不完整或被修改过，未导入。请请上级重新导出后再导入。`, issues);
  }
  return r.data;
}

/** Local identity of the receiving bureau: kept when a definition is imported again. */
const LOCAL_FIELDS = ['authority', 'docPrefix', 'superior', 'regionCode', 'recipients', 'copyTo'] as const;

function targetDraft(f: CampaignDefinitionFile, existing: Campaign | null): CampaignDraft {
  const incoming: CampaignDraft = { ...f.definition };
  if (f.district) {
    incoming.regionCode = f.district.code;
    if (f.exportedBy.trim()) incoming.superior = f.exportedBy;
  }
  if (!existing) return incoming;
  const local = draftOf(existing);
  for (const k of LOCAL_FIELDS) (incoming as unknown as Record<string, unknown>)[k] = local[k];
  return incoming;
}

/** Key-order independent JSON (a stored draft and a parsed one list keys differently). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const sameDraft = (a: CampaignDraft, b: CampaignDraft) => canonical(a) === canonical(b);

/** Entries through the roster rules (region of the receiving campaign); each problem names the entry. */
function validEntries(f: CampaignDefinitionFile, regionCode: string | null, fileName: string): { rows: ValidRow[]; errors: Issue[] } {
  const rows: ValidRow[] = [];
  const errors: Issue[] = [];
  f.institutions.forEach((i, n) => {
    const r = validateRosterRow({
      name: i.name, aliases: i.aliases.join('、'), uscc: i.uscc ?? '', licenceNo: i.licenceNo ?? '', district: i.districtCode, category: i.category,
      ownership: i.ownership, level: i.level, provincialDirect: i.provincialDirect ? '是' : '否', contactPerson: i.contactPerson ?? '', contactPhone: i.contactPhone ?? '',
    }, { file: fileName }, { regionCode });
    if (r.ok) rows.push({ source: { file: fileName, row: n + 1 }, input: r.input });
    else errors.push(...r.issues.filter((x) => x.severity === '错误').map((x) => ({ ...x, message: `第${n + 1}个机构“${i.name}”${x.message}` })));
  });
  return { rows, errors };
}

// Entries are numbered, not rows of a sheet.
const entryText = (i: Issue): Issue => ({ ...i, message: i.message.replace(/^第(\d+)行/, '第$1个机构') });

// Contacts stay local on update: the district keeps its own, newer ones.
const TRANSFER_FIELDS: RosterField[] = ['name', 'aliases', 'uscc', 'licenceNo', 'district', 'category', 'ownership', 'level', 'provincialDirect'];

export function importDefinition(ctx: AppContext, bytes: Buffer, fileName: string, o: { dryRun: boolean }): DefinitionImportReport {
  const f = parseFile(bytes, fileName);
  const existing = campaigns.getCampaignByCode(ctx.db, f.code);
  if (existing) assertCampaignWritable(existing, '用上级下发的定义更新');
  const draft = targetDraft(f, existing);
  const { rows, errors } = validEntries(f, draft.regionCode, fileName);
  if (errors.length) throw new AppError('validation', `专项定义文件“${fileName}”中的机构名册有 ${errors.length} 处错误，未导入。请请上级核对名册后重新导出。`, errors);
  const stored: Institution[] = allInstitutions(ctx.db, { includeRetired: true });
  // Same name, other code: left for the roster page (合并/新增 is the clerk's decision there).
  const first = planRosterMerge(rows, TRANSFER_FIELDS, stored);
  const skips: RosterDecision[] = first.rows.filter((p) => p.action === 'decide').map((p) => ({ row: p.row, action: 'skip' }));
  const plan = skips.length ? planRosterMerge(rows, TRANSFER_FIELDS, stored, skips) : first;
  const planErrors = plan.issues.filter((i) => i.severity === '错误').map(entryText);
  if (planErrors.length) throw new AppError('validation', `专项定义文件“${fileName}”中的机构与本地名册的代码冲突，未导入：`, planErrors);
  const campaignAction = !existing ? 'create' : sameDraft(draftOf(existing), draft) ? 'unchanged' : 'update';
  const notes: string[] = [];
  if (campaignAction === 'create' && f.district) {
    notes.push(`已按${f.district.name}（${f.district.code}）限定名册区域，上报对象设为“${draft.superior}”。`);
    notes.push(`发文机关、文号前缀仍为上级的（${draft.authority}、${draft.docPrefix || '未填'}），请在“设置”中改为本局的名称和文号前缀。`);
  }
  const report: DefinitionImportReport = {
    dryRun: o.dryRun, committed: false, fileName, code: f.code, name: draft.name, district: f.district, campaign: campaignAction,
    institutions: { total: rows.length, added: plan.added, updated: plan.updated, unchanged: plan.unchanged, skipped: plan.skipped },
    skipped: plan.rows.filter((p) => p.action === 'skip').map((p) => ({ name: p.input.name, uscc: p.input.uscc, licenceNo: p.input.licenceNo, reason: p.reason })),
    issues: plan.issues.filter((i) => i.rule !== 'roster.needs-decision').map(entryText),
    notes,
  };
  if (o.dryRun) return report;
  ctx.db.transaction(() => {
    const at = timestamp(ctx);
    const source = { file: fileName, from: f.exportedBy, district: f.district?.code ?? null };
    let campaignId: number;
    if (!existing) campaignId = createCampaign(ctx, draft, { code: f.code, source }).id;
    else {
      campaignId = existing.id;
      if (campaignAction === 'update') campaigns.updateCampaign(ctx.db, existing.id, draft);
    }
    for (const p of plan.rows) {
      if (p.action === 'add') insertInstitution(ctx.db, p.input, at);
      else if (p.action === 'update') updateInstitution(ctx.db, p.id!, p.input, at);
    }
    audit(ctx, {
      action: 'campaign.import', entity: 'campaign', entityId: f.code, campaignId,
      detail: { campaign: campaignAction, before: existing ? draftOf(existing) : null, institutions: report.institutions, skipped: report.skipped.map((s) => s.name) },
      source,
    });
  })();
  return { ...report, committed: true };
}
