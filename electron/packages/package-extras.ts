/** The human-readable 汇总表 added to an upward package, for recipients without the app. */
import type { AppContext } from '../services/app-context';
import { summaryWorkbook } from '../reports/xlsx/summary-workbook';

export async function summaryXlsxForPackage(ctx: AppContext, period: string, includePersonal = false): Promise<Uint8Array | undefined> {
  return new Uint8Array(await summaryWorkbook(ctx, { period, includePersonal }));
}
