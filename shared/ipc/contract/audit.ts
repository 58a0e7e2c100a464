/** Audit-log channels: a paged, newest-first view of the append-only log, and its export. */
import { z } from 'zod';
import type { FilePayload, Page, SchemasFor } from './base';

export interface AuditEntryView {
  id: number;
  /** ISO timestamp (UTC) of the change. */
  at: string;
  operator: string;
  /** Machine code (`submission.import`) and its Chinese label (导入报送). */
  action: string;
  label: string;
  entity: string;
  entityId: string | null;
  campaignId: number | null;
  /** One line in Chinese for lists (e.g. 宿城区人民医院 2023-06-H1 第2版). */
  summary: string;
  detail: unknown;
  /** Provenance: source file name and SHA-256, sheet, or the UI action. */
  source: unknown;
}

export interface AuditContract {
  'audit:list': (args: { offset?: number; limit?: number; action?: string }) => Page<AuditEntryView>;
  'audit:export': (args: { action?: string }) => FilePayload;
}

const action = z.string().regex(/^[a-z][a-z.-]{0,40}$/, '操作代码格式不正确（如 submission.import 或 roster）').optional();

export const auditSchemas = {
  'audit:list': z.object({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional(), action }).strict(),
  'audit:export': z.object({ action }).strict(),
} satisfies SchemasFor<AuditContract>;
