/** Roster channels: list/search, template, all-or-nothing import, add/edit/retire, districts. */
import { z } from 'zod';
import type { Issue } from '../../errors';
import type { Institution } from '../../domain/institution';
import type { FilePayload, Page, SchemasFor } from './base';

export interface DistrictNode {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'province' | 'city' | 'county';
}

export interface RosterImportReport {
  fileName: string;
  dryRun: boolean;
  committed: boolean;
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Row-level preview of what would happen (first rows; counts above are complete). */
  preview: { row: number; action: 'add' | 'update' | 'unchanged'; name: string; uscc: string | null }[];
  issues: Issue[];
}

export interface RosterContract {
  'roster:list': (args: { query?: string; districtCode?: string; includeRetired?: boolean; offset?: number; limit?: number }) => Page<Institution>;
  'roster:template': (args: Record<string, never>) => FilePayload;
  'roster:import': (args: { file: FilePayload; dryRun: boolean }) => RosterImportReport;
  'roster:save': (args: { id?: number; input: Record<string, unknown> }) => Institution;
  'roster:retire': (args: { id: number; retired: boolean }) => Institution;
  'roster:districts': (args: Record<string, never>) => DistrictNode[];
}

export const filePayloadSchema = z.object({
  fileName: z.string().min(1).max(260),
  base64: z.string().max(200 * 1024 * 1024),
  mime: z.string().max(200).optional(),
}).strict();

export const rosterSchemas = {
  'roster:list': z.object({
    query: z.string().max(100).optional(),
    districtCode: z.string().max(12).optional(),
    includeRetired: z.boolean().optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
  }).strict(),
  'roster:template': z.object({}).strict(),
  'roster:import': z.object({ file: filePayloadSchema, dryRun: z.boolean() }).strict(),
  'roster:save': z.object({ id: z.number().int().optional(), input: z.record(z.string(), z.unknown()) }).strict(),
  'roster:retire': z.object({ id: z.number().int(), retired: z.boolean() }).strict(),
  'roster:districts': z.object({}).strict(),
} satisfies SchemasFor<RosterContract>;
