/**
 * Writes the half-month return workbook: 填报说明, 进展数据, 问题台账, 工作情况 and the very hidden
 * `_meta`, in that order (shared/domain/return-template.ts names them; the importer finds blocks
 * by header text). Sheets are protected without a password with only input cells unlocked, and
 * the workbook structure is locked.
 */
import ExcelJS from 'exceljs';
import { ListRegistry } from './list-registry';
import { addDataSheet } from './return-data-sheet';
import { addGuideSheet } from './return-guide-sheet';
import { addLedgerSheet } from './return-ledger-sheet';
import type { ReturnLayout, ReturnTemplateInput } from './return-types';
import { addMetaSheet, addWorkSheet } from './return-work-sheet';
import { finalizeXlsx } from './xlsx-finalize';

export type {
  ReturnCampaign, ReturnFill, ReturnInstitution, ReturnLayout, ReturnLedgerRow, ReturnTemplateInput,
} from './return-types';
export { DEFAULT_EMPTY_LEDGER_ROWS } from './return-ledger-sheet';

export interface BuiltReturn {
  workbook: ExcelJS.Workbook;
  layout: ReturnLayout;
}

/** Builds the workbook in memory (the demo generator edits it further before saving). */
export async function buildReturnWorkbook(input: ReturnTemplateInput): Promise<BuiltReturn> {
  const wb = new ExcelJS.Workbook();
  const created = input.createdAt ?? new Date();
  wb.creator = input.campaign.authority;
  wb.lastModifiedBy = input.campaign.authority;
  wb.created = created;
  wb.modified = input.modifiedAt ?? created;
  wb.title = `${input.period.label}-${input.institution.name}`;
  wb.subject = input.campaign.name;
  const lists = new ListRegistry();
  await addGuideSheet(wb, input);
  const data = await addDataSheet(wb, input);
  const ledger = await addLedgerSheet(wb, input, lists);
  const work = await addWorkSheet(wb, input);
  await addMetaSheet(wb, input, lists);
  // Open on 进展数据, the sheet most clerks fill first.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return { workbook: wb, layout: { data, ledger, work } };
}

/** Serialises a workbook; `lockStructure` adds the workbook structure lock. */
export async function workbookToBuffer(wb: ExcelJS.Workbook, opts: { lockStructure: boolean; mtime?: Date }): Promise<Buffer> {
  // Stored uncompressed here: finalizeXlsx deflates once, with fixed entry times.
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return finalizeXlsx(new Uint8Array(raw as ArrayBuffer), { lockStructure: opts.lockStructure, mtime: opts.mtime ?? wb.modified ?? new Date() });
}

/** The fill-in template for one institution and period, as .xlsx bytes. */
export async function writeReturnTemplate(input: ReturnTemplateInput): Promise<Buffer> {
  const { workbook } = await buildReturnWorkbook(input);
  return workbookToBuffer(workbook, { lockStructure: true, mtime: input.modifiedAt ?? input.createdAt });
}
