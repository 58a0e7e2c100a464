import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { IntakeContract, LedgerFilterArgs, LedgerRow } from '../../../shared/ipc/contract/intake';
import { isOverdue, type LedgerStatus } from '../../../shared/domain/ledger';
import type { Campaign } from '../../../shared/domain/campaign';
import { lookupRegionName } from '../../reports/region-name';
import { ledgerWorkbook } from '../../reports/ledger-export';
import { issueHistory, iterateLedger, listLedger, type LedgerFilter, type LedgerListRow } from '../../db/repos/ledger-query-repo';
import { fileBytes, listSubmissions } from '../../db/repos/submissions-repo';
import { collectUploads } from '../../import/collect-files';
import { markUpWorkbook } from '../../import/error-workbook';
import { importFiles } from '../../import/import-service';
import { today, type AppContext } from '../../services/app-context';
import { requireCampaign } from '../../services/campaign-service';
import { generateTemplates } from '../../services/template-service';
import { loadDemoData } from '../../services/demo/demo-service';
import { recordPersonalDataChoice } from '../../services/privacy-choice';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

function toFilter(ctx: AppContext, f: LedgerFilterArgs): LedgerFilter {
  const { overdue, ...rest } = f;
  return { ...rest, overdueAt: overdue ? today(ctx) : undefined };
}

function toRow(ctx: AppContext, c: Campaign, r: LedgerListRow): LedgerRow {
  return {
    id: r.id, ledgerNo: r.ledger_no, institution: r.institution, uscc: r.uscc, districtCode: r.district_code, districtName: lookupRegionName(r.district_code),
    focus: c.focusAreas.find((f) => f.code === r.focus_code)?.name ?? r.focus_code, source: r.source, foundDate: r.found_date, description: r.description,
    deadline: r.deadline, status: r.status, completionDate: r.completion_date, measures: r.measures,
    overdue: isOverdue(r.status as LedgerStatus, r.deadline, today(ctx)), firstPeriod: r.first_period, lastPeriod: r.last_period, missingSince: r.missing_since,
  };
}

export function intakeHandlers(ctx: AppContext): HandlersFor<IntakeContract> {
  return {
    'intake:templates': async ({ period, institutionId, zip }) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-tpl-'));
      try {
        const uscc = institutionId ? (ctx.db.prepare('SELECT coalesce(uscc, licence_no) k FROM institutions WHERE id = ?').get(institutionId) as { k: string } | undefined)?.k : undefined;
        if (institutionId && !uscc) throw new AppError('not-found', '没有找到该机构');
        const batch = await generateTemplates(ctx, { period, outDir: dir, institution: uscc ?? null, zip: zip || !institutionId });
        const file = batch.zipPath ?? batch.files[0].path!;
        return { fileName: path.basename(file), base64: b64(fs.readFileSync(file)), mime: batch.zipPath ? 'application/zip' : XLSX };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    'intake:import-start': ({ files, dryRun, period, received }) => {
      const { files: inputs, refused } = collectUploads(files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64'), received: f.received })));
      return ctx.jobs.start('import', (job) => importFiles(ctx, inputs, refused, { dryRun, period: period ?? null, received: received ?? null }, job));
    },
    'intake:load-demo': ({ institutions, periods }) => ctx.jobs.start('demo', async (job) => {
      const demo = await loadDemoData(ctx, { institutions, periods }, job);
      // Each demo return arrives on its own simulated day, so lateness shows in the tracker.
      const files = demo.files.map((f) => ({ name: path.basename(f.path), bytes: fs.readFileSync(f.path), received: f.receivedDate }));
      return importFiles(ctx, files, [], { dryRun: false }, job);
    }),
    'intake:error-workbook': async ({ file, issues }) => {
      const out = await markUpWorkbook(Buffer.from(file.base64, 'base64'), issues);
      return { fileName: file.fileName.replace(/\.(xlsx|xlsm|xls)$/i, '') + '-错误标注.xlsx', base64: b64(out), mime: XLSX };
    },
    'intake:submissions': ({ period, institutionId }) => {
      const c = requireCampaign(ctx);
      return listSubmissions(ctx.db, c.id, period ?? null, institutionId).map((s) => ({
        id: s.id, period: s.period_code, institution: s.institution_name, uscc: s.uscc, districtCode: s.district_code, version: s.version,
        current: s.is_current === 1, state: s.state, fileName: s.file_name, receivedDate: s.received_date, identifiedBy: s.identified_by,
        warnings: (JSON.parse(s.warnings_json) as unknown[]).length,
      }));
    },
    'intake:submission-file': ({ id }) => {
      const c = requireCampaign(ctx);
      const s = ctx.db.prepare('SELECT file_name, file_sha256 FROM submissions WHERE id = ? AND campaign_id = ?').get(id, c.id) as { file_name: string; file_sha256: string } | undefined;
      const bytes = s && fileBytes(ctx.db, s.file_sha256);
      if (!s || !bytes) throw new AppError('not-found', '没有找到该报送文件');
      return { fileName: path.basename(s.file_name), base64: b64(bytes), mime: XLSX };
    },
    'ledger:list': ({ offset = 0, limit = 50, ...f }) => {
      const c = requireCampaign(ctx);
      const page = listLedger(ctx.db, c.id, toFilter(ctx, f), offset, limit);
      return { rows: page.rows.map((r) => toRow(ctx, c, r)), total: page.total, offset, limit };
    },
    'ledger:history': ({ id }) => issueHistory(ctx.db, id).map((h) => ({
      period: h.period_code, version: h.version, current: h.is_current === 1, fileName: h.file_name, sheet: h.sheet, row: h.row,
      status: h.status, deadline: h.deadline, measures: h.measures, receivedDate: h.received_date,
    })),
    'ledger:export': async ({ includePersonal, ...f }) => {
      const c = requireCampaign(ctx);
      // Personal data is masked unless asked for in this export; asking is audited.
      if (includePersonal) recordPersonalDataChoice(ctx, { export: 'ledger-export', campaignId: c.id, scope: { ...f } });
      const bytes = await ledgerWorkbook(c, iterateLedger(ctx.db, c.id, toFilter(ctx, f)), `${c.name}问题台账（导出日期：${today(ctx)}）`, { includePersonal });
      return { fileName: `问题台账-${today(ctx)}.xlsx`, base64: b64(bytes), mime: XLSX };
    },
  };
}
