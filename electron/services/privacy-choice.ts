/**
 * Personal data (whistleblowers, patients, named staff) is masked in everything exported unless
 * the clerk explicitly asks for it in that one export; each such choice is written to the audit
 * log (who, when, which export, for what scope), so it can be answered for later.
 */
import type { AppContext } from './app-context';
import { audit } from './audit';

export type PersonalDataExport = 'ledger-export' | 'upward-package' | 'summary-workbook' | 'document';

export const PERSONAL_EXPORT_LABELS: Record<PersonalDataExport, string> = {
  'ledger-export': '问题台账导出',
  'upward-package': '上报数据包',
  'summary-workbook': '汇总表',
  document: '公文（通报、总结报告）',
};

export const PERSONAL_DATA_AUDIT_ACTION = 'privacy.include-personal';

/** Audits an export made WITH personal data. Safe inside or outside a transaction. */
export function recordPersonalDataChoice(ctx: AppContext, a: { export: PersonalDataExport; campaignId: number | null; scope?: Record<string, unknown> }): void {
  ctx.db.transaction(() => audit(ctx, {
    action: PERSONAL_DATA_AUDIT_ACTION, entity: 'export', entityId: a.export, campaignId: a.campaignId,
    detail: { export: PERSONAL_EXPORT_LABELS[a.export], includePersonal: true, ...(a.scope ? { scope: a.scope } : {}) },
  }))();
}

/** How the manifest/headers state it: 'masked' (default) or 'included'. */
export function personalDataMode(includePersonal: boolean | undefined): 'masked' | 'included' {
  return includePersonal ? 'included' : 'masked';
}
