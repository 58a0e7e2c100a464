/**
 * The institution roster (机构名册): list/search, add/edit through the roster-row rules, retire and
 * restore (rows are kept for history), the template, the district tree, and the import
 * (roster-import.ts). Every write is audited inside its transaction.
 */
import { AppError, type Issue } from '../../shared/errors';
import type { Institution, InstitutionInput } from '../../shared/domain/institution';
import { regionTree } from '../../shared/domain/region';
import type { RosterField } from '../../shared/domain/roster-columns';
import { validateRosterRow, type RosterRowValues } from '../../shared/domain/roster-rules';
import { sameInput, toInput } from '../../shared/domain/roster-merge';
import type { Page } from '../../shared/ipc/contract/base';
import type { DistrictNode, InstitutionForm } from '../../shared/ipc/contract/roster';
import * as repo from '../db/repos/institutions-repo';
import { timestamp, today, type AppContext } from './app-context';
import { audit } from './audit';
import { currentCampaign } from './campaign-service';
import { buildRosterTemplate } from './roster-template';

export { importRoster, type RosterImportOptions } from './roster-import';

export interface RosterListOptions {
  query?: string;
  districtCode?: string;
  includeRetired?: boolean;
  offset?: number;
  limit?: number;
}

/** The current campaign's region limit (null when there is no campaign or no limit). */
export function rosterRegion(ctx: AppContext): string | null {
  return currentCampaign(ctx)?.regionCode ?? null;
}

/** A page of the roster, sorted by district code then name. */
export function listRoster(ctx: AppContext, o: RosterListOptions = {}): Page<Institution> {
  const offset = o.offset ?? 0;
  const limit = o.limit ?? 50;
  const { rows, total } = repo.listInstitutions(ctx.db, { ...o, offset, limit });
  return { rows, total, offset, limit };
}

/** The whole roster (active only unless asked), sorted by district code then name. */
export function allRoster(ctx: AppContext, o: { includeRetired?: boolean; districtCode?: string } = {}): Institution[] {
  return repo.allInstitutions(ctx.db, o);
}

export function getInstitution(ctx: AppContext, id: number): Institution {
  const i = repo.getInstitution(ctx.db, id);
  if (!i) throw new AppError('not-found', `名册中没有编号为 ${id} 的机构（可能已被删除），请刷新后重试。`);
  return i;
}

export function findInstitutionByUscc(ctx: AppContext, uscc: string): Institution | null {
  return repo.findInstitutionByUscc(ctx.db, uscc);
}

// Form field keys as the UI names them (issues on save carry these in `column`).
const FORM_KEY: Record<RosterField, keyof InstitutionForm> = {
  name: 'name', aliases: 'aliases', uscc: 'uscc', licenceNo: 'licenceNo', district: 'districtCode', category: 'category',
  ownership: 'ownership', level: 'level', provincialDirect: 'provincialDirect', contactPerson: 'contactPerson', contactPhone: 'contactPhone',
};

function formValues(f: InstitutionForm): RosterRowValues {
  const text = (v: string | null | undefined) => v ?? '';
  return {
    name: f.name,
    aliases: Array.isArray(f.aliases) ? f.aliases.join('、') : text(f.aliases),
    uscc: text(f.uscc),
    licenceNo: text(f.licenceNo),
    district: f.districtCode,
    category: f.category,
    ownership: f.ownership,
    level: text(f.level),
    provincialDirect: typeof f.provincialDirect === 'boolean' ? (f.provincialDirect ? '是' : '否') : text(f.provincialDirect),
    contactPerson: text(f.contactPerson),
    contactPhone: text(f.contactPhone),
  };
}

function formIssue(field: RosterField, message: string): Issue {
  return { rule: 'roster.identity', severity: '错误', message, column: FORM_KEY[field] };
}

/** Validates a form against the rules and the stored roster (USCC/licence used by another unit). */
function validateForm(ctx: AppContext, id: number | undefined, form: InstitutionForm): InstitutionInput {
  // No addresses: each issue names the form field key so the UI can show it beside that field.
  const cells = Object.fromEntries((Object.keys(FORM_KEY) as RosterField[]).map((f) => [f, { address: '', header: FORM_KEY[f] }]));
  const r = validateRosterRow(formValues(form), { cells }, { regionCode: rosterRegion(ctx) });
  if (!r.ok) {
    const errors = r.issues.filter((i) => i.severity === '错误');
    throw new AppError('validation', `机构信息有 ${errors.length} 处需要修改：${errors.map((i) => i.message).join('；')}`, r.issues);
  }
  const clashes: Issue[] = [];
  const byUscc = r.input.uscc ? repo.findInstitutionByUscc(ctx.db, r.input.uscc) : null;
  if (byUscc && byUscc.id !== id) clashes.push(formIssue('uscc', `统一社会信用代码${r.input.uscc}已属于名册中的“${byUscc.name}”（${byUscc.districtName}），同一机构不能重复登记`));
  const byLic = r.input.licenceNo ? repo.findInstitutionByLicence(ctx.db, r.input.licenceNo) : null;
  if (byLic && byLic.id !== id) clashes.push(formIssue('licenceNo', `执业许可证登记号${r.input.licenceNo}已属于名册中的“${byLic.name}”`));
  if (clashes.length) throw new AppError('validation', clashes.map((c) => c.message).join('；'), clashes);
  return r.input;
}

/** Adds (no id) or edits an institution; validated like a roster row, audited with before/after. */
export function saveInstitution(ctx: AppContext, id: number | undefined, form: InstitutionForm): Institution {
  const before = id === undefined ? null : getInstitution(ctx, id);
  const input = validateForm(ctx, id, form);
  if (before && sameInput(toInput(before), input)) return before;
  const savedId = ctx.db.transaction(() => {
    const at = timestamp(ctx);
    const newId = before ? (repo.updateInstitution(ctx.db, before.id, input, at), before.id) : repo.insertInstitution(ctx.db, input, at);
    audit(ctx, {
      action: before ? 'roster.update' : 'roster.add',
      entity: 'institution',
      entityId: input.uscc ?? input.licenceNo,
      campaignId: currentCampaign(ctx)?.id ?? null,
      detail: { before: before ? toInput(before) : null, after: input },
      source: { ui: before ? 'edit' : 'add' },
    });
    return newId;
  })();
  return getInstitution(ctx, savedId);
}

/** Retires (停用: closed, merged) or restores an institution; it stays in the table for history. */
export function setRetired(ctx: AppContext, id: number, retired: boolean): Institution {
  const i = getInstitution(ctx, id);
  if (Boolean(i.retiredAt) === retired) return i;
  ctx.db.transaction(() => {
    repo.setInstitutionRetired(ctx.db, id, retired ? today(ctx) : null, timestamp(ctx));
    audit(ctx, {
      action: retired ? 'roster.retire' : 'roster.restore',
      entity: 'institution',
      entityId: i.uscc ?? i.licenceNo,
      campaignId: currentCampaign(ctx)?.id ?? null,
      detail: { name: i.name, retiredAt: retired ? today(ctx) : null, previous: i.retiredAt },
      source: { ui: retired ? 'retire' : 'restore' },
    });
  })();
  return getInstitution(ctx, id);
}

/** The roster template (.xlsx bytes) for the current campaign's region. */
export async function rosterTemplate(ctx: AppContext): Promise<Buffer> {
  const c = currentCampaign(ctx);
  return buildRosterTemplate({ regionCode: c?.regionCode ?? null, campaignName: c?.name ?? null });
}

/** The district tree of the campaign region (every code when the campaign has no limit). */
export function rosterDistricts(ctx: AppContext): DistrictNode[] {
  return regionTree(rosterRegion(ctx)).map((r) => ({ code: r.code, name: r.name, parentCode: r.parent, level: r.level }));
}
