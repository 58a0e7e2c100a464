/** Campaign channels: presets, the first-run wizard, editing, periods. */
import { z } from 'zod';
import type { Campaign, CampaignDraft } from '../../domain/campaign';
import type { Period } from '../../domain/period';
import type { SchemasFor } from './base';

export interface PresetInfo {
  id: string;
  label: string;
  draft: CampaignDraft;
}

export interface PeriodRow extends Period {
  due: string;
  phase: string | null;
}

export interface CampaignContract {
  'campaign:presets': (args: { start?: string }) => PresetInfo[];
  'campaign:list': (args: Record<string, never>) => Campaign[];
  'campaign:current': (args: Record<string, never>) => Campaign | null;
  'campaign:create': (args: { draft: CampaignDraft }) => Campaign;
  'campaign:update': (args: { code: string; draft: CampaignDraft }) => Campaign;
  'campaign:select': (args: { code: string }) => Campaign;
  'campaign:periods': (args: { code?: string }) => PeriodRow[];
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
} satisfies SchemasFor<CampaignContract>;
