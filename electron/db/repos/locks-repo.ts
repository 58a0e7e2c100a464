/** Period lock events (封账 / 重新开放); the latest event decides. */
import type { Db } from '../connection';

export interface LockEvent { period_code: string; action: 'lock' | 'reopen'; reason: string; at: string; operator: string }

export function latestLockEvent(db: Db, campaignId: number, period: string): LockEvent | undefined {
  return db.prepare('SELECT period_code, action, reason, at, operator FROM period_lock_events WHERE campaign_id = ? AND period_code = ? ORDER BY id DESC LIMIT 1').get(campaignId, period) as LockEvent | undefined;
}

export function insertLockEvent(db: Db, campaignId: number, e: LockEvent): void {
  db.prepare('INSERT INTO period_lock_events (campaign_id, period_code, action, reason, at, operator) VALUES (?, ?, ?, ?, ?, ?)').run(campaignId, e.period_code, e.action, e.reason, e.at, e.operator);
}

export function lockHistory(db: Db, campaignId: number): LockEvent[] {
  return db.prepare('SELECT period_code, action, reason, at, operator FROM period_lock_events WHERE campaign_id = ? ORDER BY id').all(campaignId) as LockEvent[];
}
