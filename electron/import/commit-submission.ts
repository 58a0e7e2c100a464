/**
 * Writes one unit's return for one period: the source file (stored once per content), the new
 * submission version superseding the current one, its values with their cell provenance, the
 * ledger plan, and corrections carried over from the version it replaces. Shared by the
 * one-file-one-unit import and the district return split (many units, one file, one transaction);
 * the caller opens the transaction and writes the file's audit entry.
 */
import type { Issue } from '../../shared/errors';
import type { WorkText } from '../../shared/domain/ledger';
import type { ParsedValue } from '../../shared/import/parse-data-sheet';
import type { Db } from '../db/connection';
import * as subs from '../db/repos/submissions-repo';
import { carryCorrections } from '../services/clerk-service';
import { applyLedger, type LedgerPlan } from './ledger-merge';

export interface CommitArgs {
  campaignId: number;
  institutionId: number;
  period: string;
  fileName: string;
  sha: string;
  bytes: Uint8Array;
  receivedDate: string;
  now: string;
  identifiedBy: string;
  templateVersion: string | null;
  values: ParsedValue[];
  work: WorkText;
  /** Warnings kept with the submission (shown in its history). */
  warnings: Issue[];
  ledgerSheet: string;
  plan: LedgerPlan;
  /** No values and no ledger rows (a 零报告). */
  isNil: boolean;
}

export interface Committed {
  submissionId: number;
  version: number;
  /** The version this one superseded, if any. */
  previous: subs.SubmissionRow | undefined;
}

/** Call inside a transaction. */
export function commitSubmission(db: Db, a: CommitArgs): Committed {
  const previous = subs.currentSubmission(db, a.campaignId, a.period, a.institutionId);
  const version = subs.maxVersion(db, a.campaignId, a.period, a.institutionId) + 1;
  subs.storeFile(db, a.sha, a.bytes);
  if (previous) subs.retireCurrent(db, a.campaignId, a.period, a.institutionId);
  const sid = subs.insertSubmission(db, {
    campaignId: a.campaignId, period: a.period, institutionId: a.institutionId, version, fileName: a.fileName, sha: a.sha,
    receivedDate: a.receivedDate, importedAt: a.now, identifiedBy: a.identifiedBy, templateVersion: a.templateVersion, isNil: a.isNil,
    warnings: a.warnings, work: a.work,
  });
  subs.insertValues(db, sid, a.values);
  applyLedger(db, { campaignId: a.campaignId, institutionId: a.institutionId, period: a.period, sheet: a.ledgerSheet, submissionId: sid, replaced: previous?.id ?? null, now: a.now }, a.plan);
  if (previous) carryCorrections(db, previous.id, sid, a.now);
  return { submissionId: sid, version, previous };
}
