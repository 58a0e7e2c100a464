/** App-level channels: version info, settings, background jobs. */
import { z } from 'zod';
import type { JobStatus, SchemasFor } from './base';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  mode: 'electron' | 'browser';
  operator: string;
  hasCampaign: boolean;
}

export interface AppContract {
  'app:info': (args: Record<string, never>) => AppInfo;
  'settings:get': (args: Record<string, never>) => Record<string, string>;
  'settings:set': (args: { key: string; value: string }) => Record<string, string>;
  'jobs:get': (args: { id: string }) => JobStatus;
  'jobs:cancel': (args: { id: string }) => JobStatus;
}

export const appSchemas = {
  'app:info': z.object({}).strict(),
  'settings:get': z.object({}).strict(),
  'settings:set': z.object({ key: z.string().min(1).max(64), value: z.string().max(10_000) }).strict(),
  'jobs:get': z.object({ id: z.string().min(1).max(64) }).strict(),
  'jobs:cancel': z.object({ id: z.string().min(1).max(64) }).strict(),
} satisfies SchemasFor<AppContract>;
