/** Creating, editing and resolving campaigns; period lists with due dates and phases. */
import { AppError } from '../../shared/errors';
import { assertValidCampaign, campaignCode, campaignPeriods, phaseOn, type Campaign, type CampaignDraft } from '../../shared/domain/campaign';
import { dueDate } from '../../shared/domain/period';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import * as repo from '../db/repos/campaigns-repo';
import { audit } from './audit';
import { timestamp, type AppContext } from './app-context';

export function createCampaign(ctx: AppContext, draft: CampaignDraft): Campaign {
  assertValidCampaign(draft);
  const code = campaignCode(draft.preset, draft.startDate);
  if (repo.getCampaignByCode(ctx.db, code)) {
    throw new AppError('conflict', `专项“${code}”已存在（同一预设、同一开始日期），如需重建请更换开始日期。`);
  }
  const id = ctx.db.transaction(() => {
    const newId = repo.insertCampaign(ctx.db, code, draft, timestamp(ctx));
    audit(ctx, { action: 'campaign.create', entity: 'campaign', entityId: code, campaignId: newId, detail: draft, source: { ui: 'create' } });
    return newId;
  })();
  return repo.getCampaignById(ctx.db, id)!;
}

export function updateCampaignDraft(ctx: AppContext, code: string, draft: CampaignDraft): Campaign {
  assertValidCampaign(draft);
  const c = repo.getCampaignByCode(ctx.db, code);
  if (!c) throw new AppError('not-found', `没有找到专项：${code}`);
  if (c.status === 'archived') throw new AppError('locked', `专项“${c.name}”已归档，只读。`);
  ctx.db.transaction(() => {
    repo.updateCampaign(ctx.db, c.id, draft);
    audit(ctx, { action: 'campaign.update', entity: 'campaign', entityId: code, campaignId: c.id, detail: { before: c, after: draft }, source: { ui: 'edit' } });
  })();
  return repo.getCampaignById(ctx.db, c.id)!;
}

/** The campaign commands act on: --campaign CODE, else the most recently created active one. */
export function currentCampaign(ctx: AppContext): Campaign | null {
  if (ctx.campaignCode) return repo.getCampaignByCode(ctx.db, ctx.campaignCode);
  return repo.latestActiveCampaign(ctx.db);
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
