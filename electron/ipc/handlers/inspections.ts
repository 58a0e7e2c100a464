/** IPC handlers of the inspection / lead / coverage / department / typical-case channels. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { HandlersFor } from '../../../shared/ipc/contract';
import type { InspectionsContract } from '../../../shared/ipc/contract/inspections';
import type { AppContext } from '../../services/app-context';
import { today } from '../../services/app-context';
import { exportTypicalCases, listTypicalCases, markCase } from '../../services/case-service';
import { notInspected, socialCoverage } from '../../services/coverage-service';
import { departmentStatus, generateDepartmentTemplates } from '../../services/department-service';
import { importInspections, inspectionTemplate } from '../../services/inspection-import';
import { createInspection, listInspections, updateInspection } from '../../services/inspection-service';
import { importLeads, leadTemplate } from '../../services/lead-import';
import { createLead, leadStatsFor, listLeads, updateLeadStatus } from '../../services/lead-service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const bytesOf = (f: { base64: string }) => new Uint8Array(Buffer.from(f.base64, 'base64'));

export function inspectionsHandlers(ctx: AppContext): HandlersFor<InspectionsContract> {
  return {
    'inspection:list': (args) => listInspections(ctx, args),
    'inspection:create': ({ input }) => createInspection(ctx, input),
    'inspection:update': ({ id, input }) => updateInspection(ctx, id, input),
    'inspection:template': async () => ({ fileName: '检查记录表.xlsx', base64: b64(await inspectionTemplate(ctx)), mime: XLSX }),
    'inspection:import': ({ file, dryRun }) => importInspections(ctx, bytesOf(file), file.fileName, { dryRun }),
    'inspection:coverage': ({ period }) => socialCoverage(ctx, period),
    'inspection:uninspected': ({ period, districtCode }) => notInspected(ctx, period, districtCode),
    'lead:list': (args) => listLeads(ctx, args),
    'lead:create': ({ input }) => createLead(ctx, input),
    'lead:update-status': (args) => updateLeadStatus(ctx, args),
    'lead:stats': ({ period }) => leadStatsFor(ctx, period),
    'lead:template': async () => ({ fileName: '举报线索登记表.xlsx', base64: b64(await leadTemplate(ctx)), mime: XLSX }),
    'lead:import': ({ file, dryRun }) => importLeads(ctx, bytesOf(file), file.fileName, { dryRun }),
    'case:list': ({ exposedOnly }) => listTypicalCases(ctx, { exposedOnly }),
    'case:mark': (args) => markCase(ctx, args),
    'case:export': async ({ exposedOnly }) => ({ fileName: `典型案例-${today(ctx)}.xlsx`, base64: b64(await exportTypicalCases(ctx, { exposedOnly })), mime: XLSX }),
    'department:status': ({ period }) => departmentStatus(ctx, period),
    'department:templates': async ({ period }) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-dept-'));
      try {
        const r = await generateDepartmentTemplates(ctx, { period, outDir: dir, zip: true });
        return { fileName: path.basename(r.zipPath!), base64: b64(fs.readFileSync(r.zipPath!)), mime: 'application/zip' };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
