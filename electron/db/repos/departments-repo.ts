/**
 * Partner departments as reporting units (institutions.kind = 'department'), their current
 * returns and values. A department's unit is found by the name derived from the campaign's
 * department (departmentUnitName), or by an alias equal to the department's short name.
 */
import type { Campaign } from '../../../shared/domain/campaign';
import { DEPARTMENT_CATEGORY, departmentUnitName, isPartnerDepartment } from '../../../shared/domain/department-indicators';
import { normalizeKey } from '../../../shared/import/text';
import type { Db } from '../connection';
import type { UnitRef } from './submissions-repo';

const UNIT_COLUMNS = 'id, name, uscc, licence_no, aliases_json, district_code, retired_at, kind';

export function departmentUnits(db: Db): UnitRef[] {
  return db.prepare(`SELECT ${UNIT_COLUMNS} FROM institutions WHERE kind = 'department' ORDER BY name, id`).all() as UnitRef[];
}

function matchesName(u: UnitRef, text: string): boolean {
  const k = normalizeKey(text);
  return normalizeKey(u.name) === k || (JSON.parse(u.aliases_json) as string[]).some((a) => normalizeKey(a) === k);
}

/** The unit of one of the campaign's partner departments, by department code or unit name. */
export function departmentUnitFor(db: Db, c: Campaign, code: string | null, name: string | null): UnitRef | undefined {
  const units = departmentUnits(db).filter((u) => !u.retired_at);
  const dept = code ? c.departments.find((d) => d.code.toUpperCase() === code.trim().toUpperCase() && isPartnerDepartment(d)) : undefined;
  if (dept) {
    const hit = units.find((u) => matchesName(u, departmentUnitName(dept)));
    if (hit) return hit;
  }
  return name ? units.find((u) => matchesName(u, name)) : undefined;
}

export function insertDepartmentUnit(db: Db, a: { name: string; aliases: string[]; districtCode: string; at: string }): number {
  const info = db.prepare(
    `INSERT INTO institutions (kind, name, aliases_json, district_code, category, ownership, created_at, updated_at)
     VALUES ('department', ?, ?, ?, ?, '公立', ?, ?)`,
  ).run(a.name, JSON.stringify(a.aliases), a.districtCode, DEPARTMENT_CATEGORY, a.at, a.at);
  return Number(info.lastInsertRowid);
}

export interface DepartmentReturnRow {
  institution_id: number;
  period_code: string;
  submission_id: number;
  version: number;
  received_date: string;
  file_name: string;
}

/** Current accepted returns of department units, for one period or all up to `maxPeriod`. */
export function departmentReturns(db: Db, campaignId: number, a: { period?: string; maxPeriod?: string }): DepartmentReturnRow[] {
  return db.prepare(
    `SELECT s.institution_id, s.period_code, s.id AS submission_id, s.version, s.received_date, s.file_name
     FROM submissions s JOIN institutions i ON i.id = s.institution_id
     WHERE s.campaign_id = ? AND i.kind = 'department' AND s.is_current = 1 AND s.state = 'accepted'
       AND (? IS NULL OR s.period_code = ?) AND (? IS NULL OR s.period_code <= ?)
     ORDER BY s.period_code, i.name`,
  ).all(campaignId, a.period ?? null, a.period ?? null, a.maxPeriod ?? null, a.maxPeriod ?? null) as DepartmentReturnRow[];
}

export function submissionValues(db: Db, submissionIds: number[]): { submission_id: number; indicator_code: string; value: number }[] {
  if (!submissionIds.length) return [];
  const st = db.prepare('SELECT submission_id, indicator_code, value FROM indicator_values WHERE submission_id = ? ORDER BY indicator_code');
  return submissionIds.flatMap((id) => st.all(id) as { submission_id: number; indicator_code: string; value: number }[]);
}
