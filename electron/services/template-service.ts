/**
 * 下发模板: one fill-in workbook per active institution (or one named institution) for a period,
 * each pre-filled with that institution's still-open ledger issues, written to a folder or zipped
 * for upload to the work WeChat group / OA system.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { AppError } from '../../shared/errors';
import type { Campaign } from '../../shared/domain/campaign';
import type { Institution } from '../../shared/domain/institution';
import { returnFileName } from '../../shared/domain/return-template';
import { normalizeUscc } from '../../shared/domain/uscc';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import * as roster from '../db/repos/institutions-repo';
import { openIssuesBefore, type OpenIssueRow } from '../db/repos/open-issues-repo';
import { getSetting } from '../db/repos/settings-repo';
import { writeReturnTemplate, type ReturnLedgerRow } from '../templates/return-writer';
import type { AppContext } from './app-context';
import { audit } from './audit';
import { requirePeriod, requireWritableCampaign } from './campaign-service';
import type { JobHandle } from './jobs';

/** Settings key: bureau contact printed in every template's 填报说明 (e.g. 医政医管科 张三 0527-…). */
export const TEMPLATE_CONTACT_SETTING = 'template.contact';

export interface TemplateOptions {
  period: string;
  outDir: string;
  /** USCC (or licence number) of one institution; all active institutions when absent. */
  institution?: string | null;
  /** Write one zip into outDir instead of the individual workbooks. */
  zip?: boolean;
}

export interface TemplateFile {
  fileName: string;
  /** Written path; null when the workbook went into the zip. */
  path: string | null;
  name: string;
  uscc: string | null;
  licenceNo: string | null;
  districtCode: string;
  prefilledIssues: number;
}

export interface TemplateBatch {
  period: string;
  periodLabel: string;
  due: string;
  zipPath: string | null;
  files: TemplateFile[];
}

export function toLedgerRow(r: OpenIssueRow): ReturnLedgerRow {
  return {
    ledgerNo: r.ledger_no, focusCode: r.focus_code, category: r.category, source: r.source, foundDate: r.found_date,
    persons: r.persons, description: r.description, amountFen: r.amount_fen, severity: r.severity, measures: r.measures,
    respPerson: r.resp_person, deadline: r.deadline, status: r.status, completionDate: r.completion_date,
    penalties: r.penalties, fineFen: r.fine_fen, caseOpened: r.case_no ? true : null, typical: r.is_typical ? true : null,
    remarks: r.remarks,
  };
}

/** The institutions a batch is for: one named by USCC/licence, or every active one. */
export function templateTargets(ctx: AppContext, institution?: string | null): Institution[] {
  if (!institution) {
    const all = roster.allInstitutions(ctx.db, {});
    if (!all.length) throw new AppError('validation', '机构名册为空，请先导入机构名册（界面“机构名册”或命令 roster import）。');
    return all;
  }
  const key = normalizeUscc(institution);
  const hit = roster.findInstitutionByUscc(ctx.db, key) ?? roster.findInstitutionByLicence(ctx.db, key);
  if (!hit) {
    throw new AppError('validation', `名册中没有统一社会信用代码（或执业许可证登记号）为“${institution}”的机构，请核对代码，或先在“机构名册”中添加该机构。`);
  }
  if (hit.retiredAt) throw new AppError('validation', `机构“${hit.name}”已于 ${hit.retiredAt} 停用，不再下发模板；如需恢复请在“机构名册”中启用。`);
  return [hit];
}

/** One institution's workbook for a period (also used by the UI's single download). */
export async function institutionTemplate(ctx: AppContext, c: Campaign, period: PeriodRow, inst: Institution): Promise<{ bytes: Buffer; prefilled: number }> {
  const open = openIssuesBefore(ctx.db, c.id, inst.id, period.code).map(toLedgerRow);
  const bytes = await writeReturnTemplate({
    campaign: c, period, institution: { uscc: inst.uscc, licenceNo: inst.licenceNo, name: inst.name },
    openIssues: open, contact: getSetting(ctx.db, TEMPLATE_CONTACT_SETTING), createdAt: ctx.now(),
  });
  return { bytes, prefilled: open.length };
}

/** File names are unique within a batch: a repeated name gets the unit's code appended. */
function uniqueName(used: Set<string>, label: string, inst: Institution): string {
  let name = returnFileName(label, inst.name);
  if (used.has(name)) name = returnFileName(label, `${inst.name}-${inst.uscc ?? inst.licenceNo ?? inst.id}`);
  used.add(name);
  return name;
}

export async function generateTemplates(ctx: AppContext, o: TemplateOptions, job?: JobHandle): Promise<TemplateBatch> {
  const c = requireWritableCampaign(ctx, '下发填报模板');
  const period = requirePeriod(c, o.period);
  const targets = templateTargets(ctx, o.institution);
  fs.mkdirSync(o.outDir, { recursive: true });
  const used = new Set<string>();
  const files: TemplateFile[] = [];
  const zipEntries: Zippable = {};
  for (let i = 0; i < targets.length; i++) {
    job?.checkCancelled();
    const inst = targets[i];
    job?.progress(i, targets.length, inst.name);
    const { bytes, prefilled } = await institutionTemplate(ctx, c, period, inst);
    const fileName = uniqueName(used, period.label, inst);
    let written: string | null = null;
    if (o.zip) zipEntries[fileName] = [bytes, { level: 0, mtime: ctx.now() }];
    else {
      written = path.join(o.outDir, fileName);
      fs.writeFileSync(written, bytes);
    }
    files.push({ fileName, path: written, name: inst.name, uscc: inst.uscc, licenceNo: inst.licenceNo, districtCode: inst.districtCode, prefilledIssues: prefilled });
  }
  let zipPath: string | null = null;
  if (o.zip) {
    zipPath = path.join(o.outDir, `${period.label}-填报模板.zip`);
    fs.writeFileSync(zipPath, zipSync(zipEntries));
  }
  job?.progress(targets.length, targets.length, '完成');
  ctx.db.transaction(() => {
    audit(ctx, {
      action: 'template.generate', entity: 'period', entityId: period.code, campaignId: c.id,
      detail: { count: files.length, institution: o.institution ?? null, zip: !!o.zip },
    });
  })();
  return { period: period.code, periodLabel: period.label, due: period.due, zipPath, files };
}
