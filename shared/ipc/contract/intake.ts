/** Intake channels: templates, bulk import as a background job, error workbooks, submissions, ledger. */
import { z } from 'zod';
import type { Issue } from '../../errors';
import type { FilePayload, JobStatus, Page, SchemasFor } from './base';
import { filePayloadSchema } from './roster';

export interface LedgerRow {
  id: number; ledgerNo: string; institution: string; uscc: string | null; districtCode: string; districtName: string; focus: string;
  source: string | null; foundDate: string | null; description: string; deadline: string | null; status: string; completionDate: string | null;
  measures: string | null; overdue: boolean; firstPeriod: string; lastPeriod: string; missingSince: string | null;
}

export interface LedgerHistoryRow {
  period: string; version: number; current: boolean; fileName: string; sheet: string; row: number; status: string; deadline: string | null; measures: string | null; receivedDate: string;
}

export interface SubmissionView {
  id: number; period: string; institution: string; uscc: string | null; districtCode: string; version: number; current: boolean;
  state: string; fileName: string; receivedDate: string; identifiedBy: string; warnings: number;
}

export interface LedgerFilterArgs {
  districtCode?: string; institutionId?: number; focus?: string; status?: string; overdue?: boolean; period?: string; missing?: boolean; text?: string;
}

export interface IntakeContract {
  'intake:templates': (args: { period: string; institutionId?: number; zip: boolean }) => FilePayload;
  /** `received` per file overrides the batch date (returns arrive by WeChat, e-mail and USB over days). */
  'intake:import-start': (args: { files: (FilePayload & { received?: string })[]; dryRun: boolean; period?: string; received?: string }) => JobStatus;
  /** First-run "load demo data": campaign (if none), fictional roster, filled returns imported with their own received dates. */
  'intake:load-demo': (args: { institutions?: number; periods?: number }) => JobStatus;
  'intake:error-workbook': (args: { file: FilePayload; issues: Issue[] }) => FilePayload;
  'intake:submissions': (args: { period?: string; institutionId?: number }) => SubmissionView[];
  'intake:submission-file': (args: { id: number }) => FilePayload;
  'ledger:list': (args: LedgerFilterArgs & { offset?: number; limit?: number }) => Page<LedgerRow>;
  'ledger:history': (args: { id: number }) => LedgerHistoryRow[];
  /** Personal data in the texts is masked unless includePersonal (audited). */
  'ledger:export': (args: LedgerFilterArgs & { includePersonal?: boolean }) => FilePayload;
}

const period = z.string().regex(/^\d{4}-\d{2}-H[12]$/, '报告期代码应为 YYYY-MM-H1/H2');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');
const ledgerFilter = {
  districtCode: z.string().max(12).optional(), institutionId: z.number().int().optional(), focus: z.string().max(20).optional(),
  status: z.string().max(20).optional(), overdue: z.boolean().optional(), period: period.optional(), missing: z.boolean().optional(), text: z.string().max(100).optional(),
};
const issueSchema = z.object({
  rule: z.string().max(100), severity: z.enum(['错误', '警告']), message: z.string().max(2000), file: z.string().max(500).optional(),
  sheet: z.string().max(100).optional(), cell: z.string().max(20).optional(), row: z.number().int().optional(), column: z.string().max(100).optional(),
});

export const intakeSchemas = {
  'intake:templates': z.object({ period, institutionId: z.number().int().optional(), zip: z.boolean() }).strict(),
  'intake:import-start': z.object({ files: z.array(filePayloadSchema.extend({ received: isoDate.optional() })).min(1).max(5000), dryRun: z.boolean(), period: period.optional(), received: isoDate.optional() }).strict(),
  'intake:load-demo': z.object({ institutions: z.number().int().min(5).max(500).optional(), periods: z.number().int().min(1).max(12).optional() }).strict(),
  'intake:error-workbook': z.object({ file: filePayloadSchema, issues: z.array(issueSchema).max(10_000) }).strict(),
  'intake:submissions': z.object({ period: period.optional(), institutionId: z.number().int().optional() }).strict(),
  'intake:submission-file': z.object({ id: z.number().int() }).strict(),
  'ledger:list': z.object({ ...ledgerFilter, offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
  'ledger:history': z.object({ id: z.number().int() }).strict(),
  'ledger:export': z.object({ ...ledgerFilter, includePersonal: z.boolean().optional() }).strict(),
} satisfies SchemasFor<IntakeContract>;
