/** IPC handlers of the roster channels (RosterContract); the work is in roster-service. */
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { RosterContract } from '../../../shared/ipc/contract/roster';
import type { AppContext } from '../../services/app-context';
import { importRoster, listRoster, rosterDistricts, rosterTemplate, saveInstitution, setRetired } from '../../services/roster-service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function rosterHandlers(ctx: AppContext): HandlersFor<RosterContract> {
  return {
    'roster:list': (args) => listRoster(ctx, args),
    'roster:template': async () => ({ fileName: '机构名册模板.xlsx', base64: (await rosterTemplate(ctx)).toString('base64'), mime: XLSX_MIME }),
    'roster:import': ({ file, dryRun, decisions }) => importRoster(ctx, Buffer.from(file.base64, 'base64'), file.fileName, { dryRun, decisions }),
    'roster:save': ({ id, input }) => saveInstitution(ctx, id, input),
    'roster:retire': ({ id, retired }) => setRetired(ctx, id, retired),
    'roster:districts': () => rosterDistricts(ctx),
  };
}
