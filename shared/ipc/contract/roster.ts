/** Roster channels: list/search, template, all-or-nothing import with decisions, add/edit/retire, districts. */
import { z } from 'zod';
import type { Issue } from '../../errors';
import type { Institution } from '../../domain/institution';
import type { RosterDecision } from '../../domain/roster-match';
import type { FilePayload, Page, SchemasFor } from './base';

export interface DistrictNode {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'province' | 'city' | 'county';
}

export interface RosterImportReport {
  fileName: string;
  /** SHA-256 of the file's bytes (also in the audit entry). */
  sha256: string;
  /** The sheet the rows were read from. */
  sheet: string;
  dryRun: boolean;
  committed: boolean;
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows left out by a 跳过 decision. */
  skipped: number;
  /** Rows that need a decision and have none: the import can only be committed at 0. */
  undecided: number;
  /** Every row that needs a decision (需要确认), with its candidates and the decision given, in row order. */
  decisions: RosterDecisionRow[];
  /** Row-level preview of what would happen (first rows; counts above are complete). */
  preview: { row: number; action: 'add' | 'update' | 'unchanged' | 'skip' | 'decide'; name: string; uscc: string | null; licenceNo: string | null }[];
  /** Warnings (errors reject the whole file and come back as the AppError's details). */
  issues: Issue[];
}

/** A stored institution a row might be (its id is what a 合并 decision names as targetId). */
export interface RosterCandidate {
  id: number;
  name: string;
  aliases: string[];
  uscc: string | null;
  licenceNo: string | null;
  districtCode: string;
  districtName: string;
  retiredAt: string | null;
  matchedBy: '名称' | '简称';
}

/** A row whose name matched stored institutions but no code did: merge, add or skip? */
export interface RosterDecisionRow {
  row: number;
  name: string;
  uscc: string | null;
  licenceNo: string | null;
  districtCode: string;
  districtName: string;
  reason: string;
  candidates: RosterCandidate[];
  decision: RosterDecision | null;
}

export type { RosterDecision };

/**
 * The add/edit form. InstitutionInput fits it; texts are validated by the roster-row rules, so
 * districtCode may also be a district name, and category/ownership/level synonyms are accepted.
 * Rejections are AppError('validation') whose issues name the field key in `column` (districtCode …).
 */
export interface InstitutionForm {
  name: string;
  aliases?: string | string[];
  uscc?: string | null;
  licenceNo?: string | null;
  districtCode: string;
  category: string;
  ownership: string;
  level?: string | null;
  provincialDirect?: boolean | string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
}

export interface RosterContract {
  'roster:list': (args: { query?: string; districtCode?: string; includeRetired?: boolean; offset?: number; limit?: number }) => Page<Institution>;
  'roster:template': (args: Record<string, never>) => FilePayload;
  /** decisions: the clerk's 合并/新增/跳过 for the rows the dry run listed as 需要确认. */
  'roster:import': (args: { file: FilePayload; dryRun: boolean; decisions?: RosterDecision[] }) => RosterImportReport;
  'roster:save': (args: { id?: number; input: InstitutionForm }) => Institution;
  'roster:retire': (args: { id: number; retired: boolean }) => Institution;
  'roster:districts': (args: Record<string, never>) => DistrictNode[];
}

export const filePayloadSchema = z.object({
  fileName: z.string().min(1).max(260),
  base64: z.string().max(200 * 1024 * 1024),
  mime: z.string().max(200).optional(),
}).strict();

export const rosterDecisionSchema = z.object({
  row: z.number().int().min(1),
  action: z.enum(['merge', 'add', 'skip']),
  targetId: z.number().int().optional(),
}).strict();

const text = (max: number) => z.string().max(max);
const optText = (max: number) => text(max).nullable().optional();

export const institutionFormSchema = z.object({
  name: text(200),
  aliases: z.union([text(500), z.array(text(100)).max(50)]).optional(),
  uscc: optText(40),
  licenceNo: optText(60),
  districtCode: text(100),
  category: text(50),
  ownership: text(30),
  level: optText(30),
  provincialDirect: z.union([z.boolean(), text(10)]).nullable().optional(),
  contactPerson: optText(50),
  contactPhone: optText(50),
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
  'roster:import': z.object({ file: filePayloadSchema, dryRun: z.boolean(), decisions: z.array(rosterDecisionSchema).max(100_000).optional() }).strict(),
  'roster:save': z.object({ id: z.number().int().optional(), input: institutionFormSchema }).strict(),
  'roster:retire': z.object({ id: z.number().int(), retired: z.boolean() }).strict(),
  'roster:districts': z.object({}).strict(),
} satisfies SchemasFor<RosterContract>;
