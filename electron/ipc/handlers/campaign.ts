import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { CampaignContract } from '../../../shared/ipc/contract/campaign';
import { PRESETS, presetDraft } from '../../../shared/presets/index';
import type { AppContext } from '../../services/app-context';
import { createCampaign, currentCampaign, getCampaignByCode, listCampaigns, periodRows, requireCampaign, updateCampaignDraft } from '../../services/campaign-service';

export function campaignHandlers(ctx: AppContext): HandlersFor<CampaignContract> {
  return {
    'campaign:presets': ({ start }) => Object.entries(PRESETS).map(([id, p]) => ({ id, label: p.label, draft: presetDraft(id, start) })),
    'campaign:list': () => listCampaigns(ctx.db),
    'campaign:current': () => currentCampaign(ctx),
    'campaign:create': ({ draft }) => {
      const c = createCampaign(ctx, draft);
      ctx.campaignCode = c.code;
      return c;
    },
    'campaign:update': ({ code, draft }) => updateCampaignDraft(ctx, code, draft),
    'campaign:select': ({ code }) => {
      const c = getCampaignByCode(ctx.db, code);
      if (!c) throw new AppError('not-found', `没有找到专项：${code}`);
      ctx.campaignCode = code;
      return c;
    },
    'campaign:periods': ({ code }) => {
      const c = code ? getCampaignByCode(ctx.db, code) : requireCampaign(ctx);
      if (!c) throw new AppError('not-found', `没有找到专项：${code}`);
      return periodRows(c);
    },
  };
}
