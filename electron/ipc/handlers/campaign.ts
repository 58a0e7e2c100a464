import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { CampaignContract } from '../../../shared/ipc/contract/campaign';
import { PRESETS, presetDraft } from '../../../shared/presets/index';
import type { AppContext } from '../../services/app-context';
import {
  archiveCampaign, archiveInfo, createCampaign, currentCampaign, getCampaignByCode, listCampaigns, periodRows, requireCampaign, unarchiveCampaign,
  updateCampaignDraft,
} from '../../services/campaign-service';
import { exportDefinition, importDefinition } from '../../services/campaign-transfer';

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
    // The UI stays on the campaign it archived (read-only) instead of jumping to another one.
    'campaign:archive': ({ code, reason }) => {
      const c = archiveCampaign(ctx, code, reason);
      ctx.campaignCode = c.code;
      return c;
    },
    'campaign:unarchive': ({ code, reason }) => unarchiveCampaign(ctx, code, reason),
    'campaign:archive-info': ({ code }) => archiveInfo(ctx, code),
    'campaign:export-definition': ({ district }) => {
      const { fileName, bytes } = exportDefinition(ctx, { district: district ?? null });
      return { fileName, base64: bytes.toString('base64'), mime: 'application/json' };
    },
    'campaign:import-definition': ({ file, dryRun }) => {
      const r = importDefinition(ctx, Buffer.from(file.base64, 'base64'), file.fileName, { dryRun });
      if (r.committed) ctx.campaignCode = r.code;
      return r;
    },
  };
}
