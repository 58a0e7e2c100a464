/** Builds return workbooks with exceljs the way the template does, or by hand (for the importer's tests). */
import ExcelJS from 'exceljs';
import { FOCUS_INPUTS, GENERAL_INPUTS } from '../../shared/domain/indicators';
import { LEDGER_COLUMNS } from '../../shared/domain/ledger';
import { META_KEYS } from '../../shared/domain/return-template';

export interface ReturnSpec {
  meta?: { campaign: string; period: string; uscc: string; name?: string } | null;
  focusNames: string[];
  general?: Record<string, unknown>;
  focus?: Record<string, unknown[]>; // code → values per focus column
  ledger?: Record<string, unknown>[]; // header → value
  work?: Record<string, string>;
  title?: string;
}

export async function buildReturn(s: ReturnSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('进展数据');
  data.addRow([s.title ?? '进展数据']);
  data.addRow(['编号', '指标', '单位', '本期数', '说明']);
  for (const d of GENERAL_INPUTS) data.addRow([d.code, d.name, d.unit, s.general?.[d.code] ?? null]);
  data.addRow([]);
  data.addRow(['编号', '指标', '单位', ...s.focusNames]);
  for (const d of FOCUS_INPUTS) data.addRow([d.code, d.name, d.unit, ...(s.focus?.[d.code] ?? [])]);
  const ledger = wb.addWorksheet('问题台账');
  ledger.addRow(['序号', ...LEDGER_COLUMNS.map((c) => c.header)]);
  (s.ledger ?? []).forEach((r, i) => ledger.addRow([i + 1, ...LEDGER_COLUMNS.map((c) => r[c.header] ?? null)]));
  const work = wb.addWorksheet('工作情况');
  for (const [k, v] of Object.entries(s.work ?? {})) work.addRow([k, v]);
  if (s.meta) {
    const meta = wb.addWorksheet('_meta', { state: 'veryHidden' });
    meta.addRow([META_KEYS.campaign, s.meta.campaign]);
    meta.addRow([META_KEYS.period, s.meta.period]);
    meta.addRow([META_KEYS.uscc, s.meta.uscc]);
    meta.addRow([META_KEYS.name, s.meta.name ?? '']);
    meta.addRow([META_KEYS.version, 'R1']);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
