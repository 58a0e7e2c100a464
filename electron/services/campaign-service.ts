/**
 * Creating, editing, archiving and resolving campaigns; period lists with due dates and phases.
 * An archived campaign is read-only: every campaign-scoped write goes through
 * requireWritableCampaign (the roster is shared by all campaigns and stays writable).
 */
import { AppError } from '../../shared/errors';
import { assertValidCampaign, campaignCode, campaignPeriods, phaseOn, type Campaign, type CampaignDraft } from '../../shared/domain/campaign';
import { dueDate } from '../../shared/domain/period';
import type { ArchiveInfo, PeriodRow } from '../../shared/ipc/contract/campaign';
import * as repo from '../db/repos/campaigns-repo';
import { deleteSetting, getSetting, setSetting } from '../db/repos/settings-repo';
import { audit, operatorName } from './audit';
import { timestamp, type AppContext } from './app-context';

/**
 * Creates a campaign; its code comes from preset + start date, except for a definition sent down
 * by the superior (campaign import), which keeps the superior's code so packages match.
 */
export function createCampaign(ctx: AppContext, draft: CampaignDraft, o: { code?: string; source?: Record<string, unknown> } = {}): Campaign {
  assertValidCampaign(draft);
  const code = o.code ?? campaignCode(draft.preset, draft.startDate);
  if (repo.getCampaignByCode(ctx.db, code)) {
    throw new AppError('conflict', o.code
      ? `专项“${code}”已存在于本数据目录中。`
      : `专项“${code}”已存在（同一预设、同一开始日期），如需重建请更换开始日期。`);
  }
  const id = ctx.db.transaction(() => {
    const newId = repo.insertCampaign(ctx.db, code, draft, timestamp(ctx));
    audit(ctx, { action: 'campaign.create', entity: 'campaign', entityId: code, campaignId: newId, detail: draft, source: o.source ?? { ui: 'create' } });
    return newId;
  })();
  return repo.getCampaignById(ctx.db, id)!;
}

export function updateCampaignDraft(ctx: AppContext, code: string, draft: CampaignDraft): Campaign {
  assertValidCampaign(draft);
  const c = repo.getCampaignByCode(ctx.db, code);
  if (!c) throw new AppError('not-found', `没有找到专项：${code}`);
  assertCampaignWritable(c, '修改专项设置');
  ctx.db.transaction(() => {
    repo.updateCampaign(ctx.db, c.id, draft);
    audit(ctx, { action: 'campaign.update', entity: 'campaign', entityId: code, campaignId: c.id, detail: { before: c, after: draft }, source: { ui: 'edit' } });
  })();
  return repo.getCampaignById(ctx.db, c.id)!;
}

/**
 * The campaign commands act on: --campaign CODE, else the most recently created active one; when
 * every campaign is archived, the most recent one (read-only), so its data can still be looked at.
 */
export function currentCampaign(ctx: AppContext): Campaign | null {
  if (ctx.campaignCode) return repo.getCampaignByCode(ctx.db, ctx.campaignCode);
  return repo.latestActiveCampaign(ctx.db) ?? repo.listCampaigns(ctx.db)[0] ?? null;
}

export function requireCampaign(ctx: AppContext): Campaign {
  const c = currentCampaign(ctx);
  if (!c) {
    throw new AppError('validation', ctx.campaignCode
      ? `没有找到专项：${ctx.campaignCode}`
      : '数据目录中还没有专项，请先创建（界面“新建专项”或命令 init --preset …）。');
  }
  return c;
}

/** Archived: why and when (kept in settings; the audit log has the full history). */
export type { ArchiveInfo };

const archiveKey = (code: string) => `campaign.archive.${code}`;

export function archiveInfo(ctx: AppContext, code: string): ArchiveInfo | null {
  const raw = getSetting(ctx.db, archiveKey(code));
  return raw ? (JSON.parse(raw) as ArchiveInfo) : null;
}

/** Refuses any write to an archived campaign, saying what was refused and how to reopen it. */
export function assertCampaignWritable(c: Campaign, what = '修改数据'): void {
  if (c.status !== 'archived') return;
  throw new AppError('locked',
    `专项“${c.name}”（${c.code}）已归档，只读，不能${what}。如确需修改，请先在“设置”中点“取消归档”（或运行 campaign unarchive ${c.code} --reason 理由）。`);
}

/** The current campaign for a campaign-scoped write (import, corrections, locks, documents …). */
export function requireWritableCampaign(ctx: AppContext, what?: string): Campaign {
  const c = requireCampaign(ctx);
  assertCampaignWritable(c, what);
  return c;
}

function campaignByCode(ctx: AppContext, code: string): Campaign {
  const c = repo.getCampaignByCode(ctx.db, code);
  if (!c) throw new AppError('not-found', `没有找到专项：${code}（可用 campaign list 查看全部专项）`);
  return c;
}

/** 归档: the campaign becomes read-only; the reason is required and recorded. */
export function archiveCampaign(ctx: AppContext, code: string, reason: string): Campaign {
  const c = campaignByCode(ctx, code);
  const why = reason.trim();
  if (!why) throw new AppError('validation', '归档需要说明理由（如“专项已结束，总结报告已上报”）。');
  if (c.status === 'archived') throw new AppError('validation', `专项“${c.name}”已经归档，无需重复归档。`);
  const info: ArchiveInfo = { at: timestamp(ctx), reason: why, operator: operatorName(ctx) };
  ctx.db.transaction(() => {
    repo.setCampaignStatus(ctx.db, c.id, 'archived');
    setSetting(ctx.db, archiveKey(code), JSON.stringify(info));
    audit(ctx, { action: 'campaign.archive', entity: 'campaign', entityId: code, campaignId: c.id, detail: { reason: why } });
  })();
  return repo.getCampaignById(ctx.db, c.id)!;
}

/** 取消归档: writable again (the reason is recorded; the archive note is cleared). */
export function unarchiveCampaign(ctx: AppContext, code: string, reason: string): Campaign {
  const c = campaignByCode(ctx, code);
  const why = reason.trim();
  if (!why) throw new AppError('validation', '取消归档需要说明理由（如“需补录迟报数据”）。');
  if (c.status !== 'archived') throw new AppError('validation', `专项“${c.name}”未归档，无需取消归档。`);
  const archived = archiveInfo(ctx, code);
  ctx.db.transaction(() => {
    repo.setCampaignStatus(ctx.db, c.id, 'active');
    deleteSetting(ctx.db, archiveKey(code));
    audit(ctx, { action: 'campaign.unarchive', entity: 'campaign', entityId: code, campaignId: c.id, detail: { reason: why, archived } });
  })();
  return repo.getCampaignById(ctx.db, c.id)!;
}

export function periodRows(c: Campaign): PeriodRow[] {
  return campaignPeriods(c).map((p) => ({ ...p, due: dueDate(p, { offsetDays: c.dueOffsetDays }), phase: phaseOn(c, p.end)?.name ?? null }));
}

/** Validates a period code against the campaign and returns its row. */
export function requirePeriod(c: Campaign, code: string): PeriodRow {
  const row = periodRows(c).find((p) => p.code === code);
  if (!row) {
    const all = periodRows(c);
    throw new AppError('validation', `报告期 ${code} 不在专项“${c.name}”的期间内（${all[0]?.code} 至 ${all[all.length - 1]?.code}）。`);
  }
  return row;
}

export { listCampaigns, getCampaignByCode } from '../db/repos/campaigns-repo';
