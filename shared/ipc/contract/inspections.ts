/**
 * Inspections, complaint leads, 社会办 coverage, partner departments' returns and typical cases:
 * lists (paged on the backend), entry forms, templates, all-or-nothing workbook imports.
 */
import { z } from 'zod';
import type { Issue } from '../../errors';
import type { SocialCoverage, NotInspectedRow } from '../../domain/coverage';
import type { LeadStats } from '../../domain/lead-stats';
import type { DepartmentStatus } from '../../domain/department-status';
import type { FilePayload, Page, SchemasFor } from './base';
import { filePayloadSchema } from './roster';

export interface FindingView {
  seq: number;
  text: string;
  issueId: number | null;
  ledgerNo: string | null;
  issueStatus: string | null;
}

export interface InspectionView {
  id: number;
  institutionId: number;
  institution: string;
  uscc: string | null;
  districtCode: string;
  districtName: string;
  ownership: string;
  inspectedDate: string;
  period: string;
  body: string;
  bodyKind: string;
  jointDepartments: string[];
  members: string;
  form: string;
  focusCodes: string[];
  focusNames: string[];
  findings: FindingView[];
  measures: string[];
  /** Yuan (元). */
  fine: number | null;
  caseFiled: boolean;
  referredTo: string | null;
  attachments: string[];
  isTypical: boolean;
  isExposed: boolean;
  publicText: string | null;
}

/** The entry form (新增/编辑检查记录). Problems come back as AppError details naming the field in `column`. */
export interface InspectionFormInput {
  institutionId: number;
  inspectedDate: string;
  body: string;
  bodyKind?: string | null;
  jointDepartments?: string[];
  members?: string;
  form: string;
  focusCodes?: string[];
  findings?: { text: string; issueLedgerNo?: string | null }[];
  deadline?: string | null;
  measures?: string[];
  /** Yuan (元). */
  fine?: number | null;
  caseFiled?: boolean;
  referredTo?: string | null;
  attachments?: string[];
  isTypical?: boolean;
  isExposed?: boolean;
  publicText?: string | null;
}

export interface SaveResult<T> {
  record: T;
  /** Ledger issues created for findings / a substantiated lead. */
  issuesCreated: number;
  warnings: Issue[];
}

export interface LeadView {
  id: number;
  leadNo: string;
  receivedDate: string;
  channel: string;
  subjectInstitutionId: number | null;
  subjectText: string;
  institution: string | null;
  districtCode: string | null;
  content: string;
  handlingUnit: string;
  deadline: string;
  status: string;
  verdict: string | null;
  verifiedDate: string | null;
  result: string | null;
  closedDate: string | null;
  focusCode: string | null;
  issueId: number | null;
  ledgerNo: string | null;
  issueStatus: string | null;
  overdue: boolean;
  isTypical: boolean;
  isExposed: boolean;
  publicText: string | null;
}

export interface LeadFormInput {
  leadNo?: string | null;
  receivedDate: string;
  channel: string;
  subjectInstitutionId?: number | null;
  subjectText: string;
  content: string;
  handlingUnit: string;
  deadline: string;
  status?: string;
  verdict?: string | null;
  verifiedDate?: string | null;
  result?: string | null;
  closedDate?: string | null;
  focusCode?: string | null;
  issueLedgerNo?: string | null;
  isTypical?: boolean;
  isExposed?: boolean;
  publicText?: string | null;
}

/** 状态变更: the new status and what it needs (a verdict; a closing date and result for 已办结). */
export interface LeadStatusInput {
  id: number;
  status: string;
  verdict?: string | null;
  verifiedDate?: string | null;
  result?: string | null;
  closedDate?: string | null;
  focusCode?: string | null;
  issueLedgerNo?: string | null;
}

export interface RecordImportReport {
  fileName: string;
  sha256: string;
  sheet: string;
  dryRun: boolean;
  committed: boolean;
  total: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Ledger issues created (findings, substantiated leads) and links made to existing ones. */
  issuesCreated: number;
  issuesLinked: number;
  /** Warnings (errors refuse the file and come back as the AppError's details). */
  issues: Issue[];
}

export type CaseKind = 'issue' | 'inspection' | 'lead';

export interface TypicalCaseRow {
  kind: CaseKind;
  id: number;
  /** 台账编号 / 线索编号 / inspection date + body. */
  ref: string;
  date: string | null;
  institution: string | null;
  districtCode: string | null;
  districtName: string | null;
  focus: string | null;
  summary: string;
  isTypical: boolean;
  isExposed: boolean;
  exposedDate: string | null;
  publicText: string | null;
}

export interface CaseMarkInput {
  kind: CaseKind;
  id: number;
  isTypical: boolean;
  isExposed: boolean;
  publicText?: string | null;
  exposedDate?: string | null;
}

export interface InspectionsContract {
  'inspection:list': (args: { period?: string; upToPeriod?: string; districtCode?: string; institutionId?: number; offset?: number; limit?: number }) => Page<InspectionView>;
  'inspection:create': (args: { input: InspectionFormInput }) => SaveResult<InspectionView>;
  'inspection:update': (args: { id: number; input: InspectionFormInput }) => SaveResult<InspectionView>;
  'inspection:template': (args: Record<string, never>) => FilePayload;
  'inspection:import': (args: { file: FilePayload; dryRun: boolean }) => RecordImportReport;
  'inspection:coverage': (args: { period?: string }) => SocialCoverage;
  'inspection:uninspected': (args: { period?: string; districtCode?: string }) => NotInspectedRow[];
  'lead:list': (args: { status?: string; overdue?: boolean; channel?: string; text?: string; offset?: number; limit?: number }) => Page<LeadView>;
  'lead:create': (args: { input: LeadFormInput }) => SaveResult<LeadView>;
  'lead:update-status': (args: LeadStatusInput) => SaveResult<LeadView>;
  'lead:stats': (args: { period?: string }) => LeadStats;
  'lead:template': (args: Record<string, never>) => FilePayload;
  'lead:import': (args: { file: FilePayload; dryRun: boolean }) => RecordImportReport;
  'case:list': (args: { exposedOnly?: boolean }) => TypicalCaseRow[];
  'case:mark': (args: CaseMarkInput) => TypicalCaseRow | null;
  'case:export': (args: { exposedOnly?: boolean }) => FilePayload;
  'department:status': (args: { period?: string }) => DepartmentStatus;
  'department:templates': (args: { period: string }) => FilePayload;
}

const period = z.string().regex(/^\d{4}-\d{2}-H[12]$/, '报告期代码应为 YYYY-MM-H1/H2');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');
const text = (max: number) => z.string().max(max);
const optText = (max: number) => text(max).nullable().optional();
const paging = { offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(500).optional() };

const inspectionForm = z.object({
  institutionId: z.number().int(),
  inspectedDate: text(20),
  body: text(200),
  bodyKind: optText(30),
  jointDepartments: z.array(text(50)).max(20).optional(),
  members: text(500).optional(),
  form: text(30),
  focusCodes: z.array(text(20)).max(30).optional(),
  findings: z.array(z.object({ text: text(2000), issueLedgerNo: optText(60) }).strict()).max(100).optional(),
  deadline: optText(20),
  measures: z.array(text(30)).max(30).optional(),
  fine: z.number().min(0).max(1e10).nullable().optional(),
  caseFiled: z.boolean().optional(),
  referredTo: optText(200),
  attachments: z.array(text(200)).max(50).optional(),
  isTypical: z.boolean().optional(),
  isExposed: z.boolean().optional(),
  publicText: optText(2000),
}).strict();

const leadForm = z.object({
  leadNo: optText(60),
  receivedDate: text(20),
  channel: text(30),
  subjectInstitutionId: z.number().int().nullable().optional(),
  subjectText: text(200),
  content: text(4000),
  handlingUnit: text(200),
  deadline: text(20),
  status: text(20).optional(),
  verdict: optText(20),
  verifiedDate: optText(20),
  result: optText(4000),
  closedDate: optText(20),
  focusCode: optText(20),
  issueLedgerNo: optText(60),
  isTypical: z.boolean().optional(),
  isExposed: z.boolean().optional(),
  publicText: optText(2000),
}).strict();

const caseKind = z.enum(['issue', 'inspection', 'lead']);

export const inspectionsSchemas = {
  'inspection:list': z.object({ period: period.optional(), upToPeriod: period.optional(), districtCode: z.string().max(12).optional(), institutionId: z.number().int().optional(), ...paging }).strict(),
  'inspection:create': z.object({ input: inspectionForm }).strict(),
  'inspection:update': z.object({ id: z.number().int(), input: inspectionForm }).strict(),
  'inspection:template': z.object({}).strict(),
  'inspection:import': z.object({ file: filePayloadSchema, dryRun: z.boolean() }).strict(),
  'inspection:coverage': z.object({ period: period.optional() }).strict(),
  'inspection:uninspected': z.object({ period: period.optional(), districtCode: z.string().max(12).optional() }).strict(),
  'lead:list': z.object({ status: z.string().max(20).optional(), overdue: z.boolean().optional(), channel: z.string().max(20).optional(), text: z.string().max(100).optional(), ...paging }).strict(),
  'lead:create': z.object({ input: leadForm }).strict(),
  'lead:update-status': z.object({
    id: z.number().int(), status: text(20), verdict: optText(20), verifiedDate: isoDate.nullable().optional(), result: optText(4000),
    closedDate: isoDate.nullable().optional(), focusCode: optText(20), issueLedgerNo: optText(60),
  }).strict(),
  'lead:stats': z.object({ period: period.optional() }).strict(),
  'lead:template': z.object({}).strict(),
  'lead:import': z.object({ file: filePayloadSchema, dryRun: z.boolean() }).strict(),
  'case:list': z.object({ exposedOnly: z.boolean().optional() }).strict(),
  'case:mark': z.object({ kind: caseKind, id: z.number().int(), isTypical: z.boolean(), isExposed: z.boolean(), publicText: optText(2000), exposedDate: isoDate.nullable().optional() }).strict(),
  'case:export': z.object({ exposedOnly: z.boolean().optional() }).strict(),
  'department:status': z.object({ period: period.optional() }).strict(),
  'department:templates': z.object({ period }).strict(),
} satisfies SchemasFor<InspectionsContract>;
