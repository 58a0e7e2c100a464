/** Binds every feature's handlers; a missing or extra channel is a compile error. */
import type { Handlers } from '../../../shared/ipc/contract';
import type { AppContext } from '../../services/app-context';
import { appHandlers } from './app';
import { campaignHandlers } from './campaign';
import { rosterHandlers } from './roster';
import { intakeHandlers } from './intake';
import { safekeepingHandlers } from './safekeeping';
import { documentsHandlers } from './documents';
import { auditHandlers } from './audit';
import { statsHandlers } from './stats';
import { inspectionsHandlers } from './inspections';
import { provinceFormHandlers } from './province-form';

export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...campaignHandlers(ctx),
    ...rosterHandlers(ctx),
    ...intakeHandlers(ctx),
    ...safekeepingHandlers(ctx),
    ...documentsHandlers(ctx),
    ...auditHandlers(ctx),
    ...statsHandlers(ctx),
    ...inspectionsHandlers(ctx),
    ...provinceFormHandlers(ctx),
  } satisfies Handlers;
}
