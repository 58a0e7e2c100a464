/**
 * Partner departments (市场监管, 公安, 药监, 行政审批 …): each of the campaign's departments other
 * than the health bureau itself reports as a unit (institutions.kind = 'department'), created here
 * from the campaign's list; their returns arrive through the ordinary `import` pipeline (the
 * template's _meta says return_kind 'department'). This file makes the units, writes the
 * templates, and reports who has sent what.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Campaign, Department } from '../../shared/domain/campaign';
import { departmentIndicators, departmentRole, departmentUnitName, isPartnerDepartment } from '../../shared/domain/department-indicators';
import type { DepartmentStatus, DepartmentStatusRow, DepartmentValue } from '../../shared/domain/department-status';
import { returnFileName } from '../../shared/domain/return-template';
import type { PeriodRow } from '../../shared/ipc/contract/campaign';
import { classifyReturn } from '../../shared/stats/reporting';
import * as repo from '../db/repos/departments-repo';
import { writeDepartmentTemplate } from '../templates/department-writer';
import { timestamp, today, type AppContext } from './app-context';
import { audit } from './audit';
import { periodRows, requireCampaign, requirePeriod, requireWritableCampaign } from './campaign-service';

export function partnerDepartments(c: Campaign): Department[] {
  return c.departments.filter(isPartnerDepartment);
}

/** Six-digit code of the campaign's region (its city), where department units are filed. */
function regionDistrict(c: Campaign): string {
  const r = (c.regionCode ?? '').replace(/\D/g, '');
  return r ? r.padEnd(6, '0').slice(0, 6) : '000000';
}

/** Creates the reporting unit of every partner department that has none yet; returns the new names. */
export function ensureDepartmentUnits(ctx: AppContext, c: Campaign): string[] {
  const created: string[] = [];
  const missing = partnerDepartments(c).filter((d) => !repo.departmentUnitFor(ctx.db, c, d.code, null));
  if (!missing.length) return created;
  ctx.db.transaction(() => {
    const at = timestamp(ctx);
    for (const d of missing) {
      const name = departmentUnitName(d);
      repo.insertDepartmentUnit(ctx.db, { name, aliases: name === d.name ? [] : [d.name], districtCode: regionDistrict(c), at });
      created.push(name);
    }
    audit(ctx, { action: 'department.units', entity: 'roster', campaignId: c.id, detail: { created }, source: { ui: 'departments' } });
  })();
  return created;
}

function valuesOf(dept: Department, byCode: Map<string, number>): DepartmentValue[] {
  return departmentIndicators(dept).map((d) => ({ code: d.code, name: d.name, unit: d.unit, value: byCode.get(d.code) ?? null, money: d.input === 'money' }));
}

/** Who has reported for a period (default: the latest period already due), with their figures. */
export function departmentStatus(ctx: AppContext, periodCode?: string | null): DepartmentStatus {
  const c = requireCampaign(ctx);
  ensureDepartmentUnits(ctx, c);
  const period = periodCode ? requirePeriod(c, periodCode) : defaultPeriod(ctx, c);
  const upTo = repo.departmentReturns(ctx.db, c.id, { maxPeriod: period.code });
  const values = repo.submissionValues(ctx.db, upTo.map((r) => r.submission_id));
  const rows = partnerDepartments(c).map((d): DepartmentStatusRow => {
    const unit = repo.departmentUnitFor(ctx.db, c, d.code, null)!;
    const mine = upTo.filter((r) => r.institution_id === unit.id);
    const current = mine.find((r) => r.period_code === period.code) ?? null;
    const sum = (ids: Set<number>) => {
      const m = new Map<string, number>();
      for (const v of values) if (ids.has(v.submission_id)) m.set(v.indicator_code, (m.get(v.indicator_code) ?? 0) + v.value);
      return m;
    };
    const cls = classifyReturn(period.due, current?.received_date ?? null);
    return {
      code: d.code, department: d.name, unitName: unit.name, role: departmentRole(d), state: cls.state, daysLate: cls.daysLate,
      receivedDate: current?.received_date ?? null, version: current?.version ?? null, fileName: current?.file_name ?? null,
      values: valuesOf(d, sum(new Set(current ? [current.submission_id] : []))),
      cumulative: valuesOf(d, sum(new Set(mine.map((r) => r.submission_id)))),
    };
  });
  return {
    period: period.code, periodLabel: period.label, due: period.due,
    reported: rows.filter((r) => r.state !== '未报').length, total: rows.length, rows,
  };
}

function defaultPeriod(ctx: AppContext, c: Campaign): PeriodRow {
  const all = periodRows(c);
  const day = today(ctx);
  return [...all].reverse().find((p) => p.due <= day) ?? all[0];
}

export interface DepartmentTemplateFile {
  fileName: string;
  path: string | null;
  department: string;
  unitName: string;
}

/** One template per partner department for a period, into a folder or one zip. */
export async function generateDepartmentTemplates(ctx: AppContext, o: { period: string; outDir: string; zip?: boolean }): Promise<{ zipPath: string | null; files: DepartmentTemplateFile[] }> {
  const c = requireWritableCampaign(ctx, '下发部门填报模板');
  const period = requirePeriod(c, o.period);
  ensureDepartmentUnits(ctx, c);
  fs.mkdirSync(o.outDir, { recursive: true });
  const files: DepartmentTemplateFile[] = [];
  const entries: Zippable = {};
  for (const d of partnerDepartments(c)) {
    const unitName = departmentUnitName(d);
    const bytes = await writeDepartmentTemplate({ campaign: c, period, department: d, createdAt: ctx.now() });
    const fileName = returnFileName(period.label, unitName);
    let written: string | null = null;
    if (o.zip) entries[fileName] = [bytes, { level: 0, mtime: ctx.now() }];
    else fs.writeFileSync((written = path.join(o.outDir, fileName)), bytes);
    files.push({ fileName, path: written, department: d.name, unitName });
  }
  let zipPath: string | null = null;
  if (o.zip) fs.writeFileSync((zipPath = path.join(o.outDir, `${period.label}-部门报送模板.zip`)), zipSync(entries));
  ctx.db.transaction(() => {
    audit(ctx, { action: 'department.template', entity: 'period', entityId: period.code, campaignId: c.id, detail: { count: files.length, zip: !!o.zip } });
  })();
  return { zipPath, files };
}
