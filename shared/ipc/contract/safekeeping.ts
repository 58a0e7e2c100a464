/** 设置 → 数据安全: backups (download / verified restore) and period locks (封账 / 重新开放). */
import { z } from 'zod';
import type { FilePayload, SchemasFor } from './base';
import { filePayloadSchema } from './roster';

export interface LockView { period: string; label: string; locked: boolean; reason: string | null; at: string | null; operator: string | null }

export interface SafekeepingContract {
  'backup:create': (args: Record<string, never>) => FilePayload;
  'backup:restore': (args: { file: FilePayload }) => { schemaVersion: number; campaigns: number; institutions: number; submissions: number; previous: string };
  'period:locks': (args: Record<string, never>) => LockView[];
  'period:set-lock': (args: { period: string; locked: boolean; reason: string }) => LockView[];
}

export const safekeepingSchemas = {
  'backup:create': z.object({}).strict(),
  'backup:restore': z.object({ file: filePayloadSchema }).strict(),
  'period:locks': z.object({}).strict(),
  'period:set-lock': z.object({ period: z.string().regex(/^\d{4}-\d{2}-H[12]$/), locked: z.boolean(), reason: z.string().min(1, '须说明理由').max(500) }).strict(),
} satisfies SchemasFor<SafekeepingContract>;
