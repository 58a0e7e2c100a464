/**
 * 封账: a period is locked when its bulletin is issued; imports into it are refused until it is
 * re-opened with a reason. Both events are recorded (lock events + audit log).
 */
import { AppError } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import type { Db } from '../db/connection';
import { insertLockEvent, latestLockEvent, lockHistory, type LockEvent } from '../db/repos/locks-repo';
import { audit, operatorName } from './audit';
import { timestamp, type AppContext } from './app-context';
import { assertCampaignWritable } from './campaign-service';
import { getCampaignById } from '../db/repos/campaigns-repo';

export function lockOf(db: Db, campaignId: number, period: string): LockEvent | null {
  const e = latestLockEvent(db, campaignId, period);
  return e && e.action === 'lock' ? e : null;
}

export function assertUnlocked(db: Db, c: Campaign, period: string): void {
  const l = lockOf(db, c.id, period);
  if (l) throw new AppError('locked', `报告期 ${period} 已封账（${l.reason}，${l.at.slice(0, 10)}），不能再导入或修改。如确需变更，请先在“报送”页或用命令 period reopen 重新开放并说明理由。`);
}

function change(ctx: AppContext, c: Campaign, period: string, action: 'lock' | 'reopen', reason: string): LockEvent {
  // Read the stored status: the caller's campaign object may predate an archive.
  assertCampaignWritable(getCampaignById(ctx.db, c.id) ?? c, action === 'lock' ? '封账' : '重新开放报告期');
  if (!reason.trim()) throw new AppError('validation', action === 'lock' ? '封账需要说明原因' : '重新开放需要说明理由');
  const current = lockOf(ctx.db, c.id, period);
  if (action === 'lock' && current) return current;
  if (action === 'reopen' && !current) throw new AppError('validation', `报告期 ${period} 未封账，无需重新开放`);
  const e: LockEvent = { period_code: period, action, reason: reason.trim(), at: timestamp(ctx), operator: operatorName(ctx) };
  ctx.db.transaction(() => {
    insertLockEvent(ctx.db, c.id, e);
    audit(ctx, { action: `period.${action}`, entity: 'period', entityId: period, campaignId: c.id, detail: { reason: e.reason } });
  })();
  return e;
}

export const lockPeriod = (ctx: AppContext, c: Campaign, period: string, reason: string) => change(ctx, c, period, 'lock', reason);
export const reopenPeriod = (ctx: AppContext, c: Campaign, period: string, reason: string) => change(ctx, c, period, 'reopen', reason);
export { lockHistory };
