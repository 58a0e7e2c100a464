/** Binds every feature's handlers; a missing or extra channel is a compile error. */
import type { Handlers } from '../../../shared/ipc/contract';
import type { AppContext } from '../../services/app-context';
import { appHandlers } from './app';
import { campaignHandlers } from './campaign';
import { rosterHandlers } from './roster';
import { intakeHandlers } from './intake';
import { auditHandlers } from './audit';

export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...campaignHandlers(ctx),
    ...rosterHandlers(ctx),
    ...intakeHandlers(ctx),
    ...auditHandlers(ctx),
  } satisfies Handlers;
}
