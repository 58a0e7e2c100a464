import type { HandlersFor } from '../../../shared/ipc/contract';
import type { AppContract } from '../../../shared/ipc/contract/app';
import { schemaVersion } from '../../db/connection';
import { getSettings, setSetting } from '../../db/repos/settings-repo';
import { audit, operatorName } from '../../services/audit';
import type { AppContext } from '../../services/app-context';
import { currentCampaign } from '../../services/campaign-service';
import { APP_VERSION } from '../../services/version';

export function appHandlers(ctx: AppContext): HandlersFor<AppContract> {
  return {
    'app:info': () => ({
      version: APP_VERSION,
      schemaVersion: schemaVersion(ctx.db),
      dataDir: ctx.dataDir,
      mode: ctx.mode === 'electron' ? 'electron' : 'browser',
      operator: operatorName(ctx),
      hasCampaign: currentCampaign(ctx) !== null,
    }),
    'settings:get': () => getSettings(ctx.db),
    'settings:set': ({ key, value }) => {
      ctx.db.transaction(() => {
        const before = getSettings(ctx.db)[key] ?? null;
        setSetting(ctx.db, key, value);
        audit(ctx, { action: 'settings.set', entity: 'setting', entityId: key, detail: { before, after: value }, source: { ui: 'settings' } });
      })();
      return getSettings(ctx.db);
    },
    'jobs:get': ({ id }) => ctx.jobs.get(id),
    'jobs:cancel': ({ id }) => ctx.jobs.cancel(id),
  };
}
