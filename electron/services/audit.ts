/** Writes audit entries with the operator from settings; call inside the write's transaction. */
import { insertAudit, type AuditEntry } from '../db/repos/audit-repo';
import { getSetting } from '../db/repos/settings-repo';
import { timestamp, type AppContext } from './app-context';
import os from 'node:os';

export function operatorName(ctx: AppContext): string {
  return getSetting(ctx.db, 'operator') ?? process.env.RECTIFY_OPERATOR ?? os.userInfo().username ?? '操作员';
}

export function audit(ctx: AppContext, e: Omit<AuditEntry, 'at' | 'operator'>): void {
  insertAudit(ctx.db, { ...e, at: timestamp(ctx), operator: operatorName(ctx) });
}
