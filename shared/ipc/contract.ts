/**
 * THE IPC contract: channel → handler signature, for Electron IPC and browser-mode HTTP alike.
 * Feature parts live in `contract/<feature>.ts`; this file is their intersection. The renderer
 * calls `api.invoke(channel, args)`; main/browser-mode handlers are typed by `Handlers`.
 */
import type { AppContract } from './contract/app';
import type { CampaignContract } from './contract/campaign';
import type { RosterContract } from './contract/roster';
import type { IntakeContract } from './contract/intake';
import type { SafekeepingContract } from './contract/safekeeping';
import { safekeepingSchemas } from './contract/safekeeping';
import type { DocumentsContract } from './contract/documents';
import type { AuditContract } from './contract/audit';
import type { StatsContract } from './contract/stats';
import { appSchemas } from './contract/app';
import { campaignSchemas } from './contract/campaign';
import { rosterSchemas } from './contract/roster';
import { intakeSchemas } from './contract/intake';
import { documentsSchemas } from './contract/documents';
import { auditSchemas } from './contract/audit';
import { statsSchemas } from './contract/stats';
import type { InspectionsContract } from './contract/inspections';
import { inspectionsSchemas } from './contract/inspections';
import type { ProvinceFormContract } from './contract/province-form';
import { provinceFormSchemas } from './contract/province-form';
import type { ArgsOf, ReturnOf } from './contract/base';

export type Contract = SafekeepingContract & AppContract & CampaignContract & RosterContract & IntakeContract & DocumentsContract & AuditContract & StatsContract & InspectionsContract & ProvinceFormContract;
export type Channel = keyof Contract;
export type Args<C extends Channel> = ArgsOf<Contract[C]>;
export type Ret<C extends Channel> = ReturnOf<Contract[C]>;

/** Argument schemas for every channel: the runtime allowlist (preload and HTTP refuse others). */
export const CHANNEL_SCHEMAS = { ...safekeepingSchemas, ...appSchemas, ...campaignSchemas, ...rosterSchemas, ...intakeSchemas, ...documentsSchemas, ...auditSchemas, ...statsSchemas, ...inspectionsSchemas, ...provinceFormSchemas } satisfies Record<Channel, unknown>;

export const CHANNELS = Object.keys(CHANNEL_SCHEMAS) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(CHANNEL_SCHEMAS, name);
}

/** Handler implementations: one per channel, sync or async. */
export type Handlers = { [C in Channel]: (args: Args<C>) => Ret<C> | Promise<Ret<C>> };
export type HandlersFor<C> = { [K in keyof C]: (args: ArgsOf<C[K]>) => ReturnOf<C[K]> | Promise<ReturnOf<C[K]>> };

export type { FilePayload, Page, JobStatus } from './contract/base';
