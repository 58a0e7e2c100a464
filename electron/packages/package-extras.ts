/** The human-readable 汇总表 added to an upward package (filled in once the exporter lands). */
import type { AppContext } from '../services/app-context';

export async function summaryXlsxForPackage(_ctx: AppContext, _period: string): Promise<Uint8Array | undefined> {
  return undefined;
}
