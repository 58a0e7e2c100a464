/** IPC handlers of the audit-log channels (AuditContract). */
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { AuditContract } from '../../../shared/ipc/contract/audit';
import { auditWorkbook } from '../../reports/audit-export';
import { today, type AppContext } from '../../services/app-context';
import { auditEntries, auditPage } from '../../services/audit-log';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function auditHandlers(ctx: AppContext): HandlersFor<AuditContract> {
  return {
    'audit:list': (args) => auditPage(ctx, args),
    'audit:export': async ({ action }) => {
      const bytes = await auditWorkbook(auditEntries(ctx, { action }), `操作日志（导出日期：${today(ctx)}）`);
      return { fileName: `操作日志-${today(ctx)}.xlsx`, base64: bytes.toString('base64'), mime: XLSX_MIME };
    },
  };
}
