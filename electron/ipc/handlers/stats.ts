import type { HandlersFor } from '../../../shared/ipc/contract';
import type { StatsContract } from '../../../shared/ipc/contract/stats';
import { summaryFileName, summaryWorkbook } from '../../reports/xlsx/summary-workbook';
import type { AppContext } from '../../services/app-context';
import { drillDown } from '../../services/stats-drill';
import { statsChecks, statsMainTable, statsPivot, statsSummary, statsTrend } from '../../services/stats-service';
import { submissionStatus } from '../../services/stats-status';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function statsHandlers(ctx: AppContext): HandlersFor<StatsContract> {
  return {
    'stats:summary': (args) => statsSummary(ctx, args),
    'stats:pivot': (args) => statsPivot(ctx, args),
    'stats:main-table': (args) => statsMainTable(ctx, args),
    'stats:trend': (args) => statsTrend(ctx, args),
    'stats:drill': (args) => drillDown(ctx, args),
    'stats:status': (args) => submissionStatus(ctx, args),
    'stats:checks': (args) => statsChecks(ctx, args),
    'export:summary-xlsx': async ({ period }) => ({
      fileName: summaryFileName(period),
      base64: (await summaryWorkbook(ctx, { period })).toString('base64'),
      mime: XLSX_MIME,
    }),
  };
}
