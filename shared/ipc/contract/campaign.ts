/** Campaign channels: presets, the first-run wizard, editing, periods, archiving, definitions sent down. */
import { z } from 'zod';
import type { Issue } from '../../errors';
import type { Campaign, CampaignDraft } from '../../domain/campaign';
import type { Period } from '../../domain/period';
import type { FilePayload, SchemasFor } from './base';

export interface PresetInfo {
  id: string;
  label: string;
  draft: CampaignDraft;
}

export interface PeriodRow extends Period {
  due: string;
  phase: string | null;
}

/** Why and when a campaign was archived (null while it is active). */
export interface ArchiveInfo {
  at: string;
  reason: string;
  operator: string;
}

/** Importing a definition sent down by the superior (专项定义): what it creates or changes. */
export interface DefinitionImportReport {
  dryRun: boolean;
  committed: boolean;
  fileName: string;
  code: string;
  name: string;
  district: { code: string; name: string } | null;
  campaign: 'create' | 'update' | 'unchanged';
  institutions: { total: number; added: number; updated: number; unchanged: number; skipped: number };
  /** Institutions left out: same name as a local one, other code (decide in 机构名册). */
  skipped: { name: string; uscc: string | null; licenceNo: string | null; reason: string }[];
  issues: Issue[];
  /** What the clerk should do next (e.g. change 发文机关 to the bureau's own name). */
  notes: string[];
}

export interface CampaignContract {
  'campaign:presets': (args: { start?: string }) => PresetInfo[];
  'campaign:list': (args: Record<string, never>) => Campaign[];
  'campaign:current': (args: Record<string, never>) => Campaign | null;
  'campaign:create': (args: { draft: CampaignDraft }) => Campaign;
  'campaign:update': (args: { code: string; draft: CampaignDraft }) => Campaign;
  'campaign:select': (args: { code: string }) => Campaign;
  'campaign:periods': (args: { code?: string }) => PeriodRow[];
  'campaign:archive': (args: { code: string; reason: string }) => Campaign;
  'campaign:unarchive': (args: { code: string; reason: string }) => Campaign;
  'campaign:archive-info': (args: { code: string }) => ArchiveInfo | null;
  /** The current campaign's definition (+ roster of one district) as a .json download. */
  'campaign:export-definition': (args: { district?: string | null }) => FilePayload;
  'campaign:import-definition': (args: { file: FilePayload; dryRun: boolean }) => DefinitionImportReport;
}

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');
const isoOrNull = iso.nullable();

export const campaignDraftSchema = z.object({
  preset: z.string().nullable(),
  name: z.string().min(1, '专项名称不能为空').max(200),
  shortName: z.string().max(100),
  authority: z.string().min(1, '发文机关不能为空').max(100),
  docPrefix: z.string().max(50),
  superior: z.string().max(200),
  planTitle: z.string().max(300),
  startDate: iso,
  endDate: iso,
  regionCode: z.string().regex(/^\d{6}$/).nullable(),
  dueOffsetDays: z.number().int(),
  phases: z.array(z.object({ name: z.string().min(1).max(50), start: isoOrNull, end: isoOrNull, description: z.string().max(500).optional() })).max(20),
  focusAreas: z.array(z.object({ code: z.string().min(1).max(20), name: z.string().min(1).max(100), description: z.string().max(500).optional() })).min(1).max(30),
  departments: z.array(z.object({ code: z.string().min(1).max(20), name: z.string().min(1).max(50), duty: z.string().max(500).optional() })).max(30),
  deliverables: z.array(z.object({ name: z.string().min(1).max(100), due: isoOrNull })).max(20),
  thresholds: z.object({ socialInspectionCoverage: z.number().min(0).max(100), selfInspectionCoverage: z.number().min(0).max(100) }),
  recipients: z.string().max(500),
  copyTo: z.string().max(500),
}).strict();

export const campaignSchemas = {
  'campaign:presets': z.object({ start: iso.optional() }).strict(),
  'campaign:list': z.object({}).strict(),
  'campaign:current': z.object({}).strict(),
  'campaign:create': z.object({ draft: campaignDraftSchema }).strict(),
  'campaign:update': z.object({ code: z.string().min(1), draft: campaignDraftSchema }).strict(),
  'campaign:select': z.object({ code: z.string().min(1) }).strict(),
  'campaign:periods': z.object({ code: z.string().optional() }).strict(),
  'campaign:archive': z.object({ code: z.string().min(1).max(80), reason: z.string().max(500) }).strict(),
  'campaign:unarchive': z.object({ code: z.string().min(1).max(80), reason: z.string().max(500) }).strict(),
  'campaign:archive-info': z.object({ code: z.string().min(1).max(80) }).strict(),
  'campaign:export-definition': z.object({ district: z.string().max(12).nullable().optional() }).strict(),
  'campaign:import-definition': z.object({
    file: z.object({ fileName: z.string().min(1).max(260), base64: z.string().max(100 * 1024 * 1024), mime: z.string().max(200).optional() }).strict(),
    dryRun: z.boolean(),
  }).strict(),
} satisfies SchemasFor<CampaignContract>;
