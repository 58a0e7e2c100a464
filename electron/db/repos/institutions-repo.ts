/** The roster (institutions table). SQL lives here only; callers get domain objects. */
import type Database from 'better-sqlite3';
import type { Db } from '../connection';
import type { Institution, InstitutionInput, Ownership, UnitKind } from '../../../shared/domain/institution';
import { districtLabel, regionPrefix } from '../../../shared/domain/region';

interface InstitutionRow {
  id: number;
  kind: UnitKind;
  uscc: string | null;
  licence_no: string | null;
  name: string;
  aliases_json: string;
  district_code: string;
  category: string;
  ownership: Ownership;
  level: string;
  provincial_direct: number;
  contact_person: string | null;
  contact_phone: string | null;
  retired_at: string | null;
}

function toInstitution(r: InstitutionRow): Institution {
  return {
    id: r.id,
    kind: r.kind,
    uscc: r.uscc,
    licenceNo: r.licence_no,
    name: r.name,
    aliases: JSON.parse(r.aliases_json) as string[],
    districtCode: r.district_code,
    districtName: districtLabel(r.district_code),
    category: r.category,
    ownership: r.ownership,
    level: r.level,
    provincialDirect: r.provincial_direct === 1,
    contactPerson: r.contact_person,
    contactPhone: r.contact_phone,
    retiredAt: r.retired_at,
  };
}

const COLUMNS = `id, kind, uscc, licence_no, name, aliases_json, district_code, category, ownership, level, provincial_direct,
  contact_person, contact_phone, retired_at`;
// Roster order everywhere: district code, then name (binary order: deterministic on every machine).
const ORDER = 'ORDER BY district_code, name, id';

export interface InstitutionFilter {
  /** Part of the name, an alias, the USCC or the licence number. */
  query?: string;
  /** A district, or a city/province code meaning everything inside it. */
  districtCode?: string;
  includeRetired?: boolean;
}

function whereClause(f: InstitutionFilter): { sql: string; params: string[] } {
  const parts = ["kind = 'institution'"];
  const params: string[] = [];
  if (!f.includeRetired) parts.push('retired_at IS NULL');
  if (f.districtCode) {
    parts.push("district_code LIKE ? ESCAPE '\\'");
    params.push(`${escapeLike(regionPrefix(f.districtCode))}%`);
  }
  const q = f.query?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    parts.push("(name LIKE ? ESCAPE '\\' OR aliases_json LIKE ? ESCAPE '\\' OR uscc LIKE ? ESCAPE '\\' OR licence_no LIKE ? ESCAPE '\\')");
    params.push(like, like, like, like);
  }
  return { sql: `WHERE ${parts.join(' AND ')}`, params };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function listInstitutions(db: Db, f: InstitutionFilter & { offset?: number; limit?: number }): { rows: Institution[]; total: number } {
  const w = whereClause(f);
  const total = (db.prepare(`SELECT count(*) AS n FROM institutions ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = db.prepare(`SELECT ${COLUMNS} FROM institutions ${w.sql} ${ORDER} LIMIT ? OFFSET ?`)
    .all(...w.params, f.limit ?? 50, f.offset ?? 0) as InstitutionRow[];
  return { rows: rows.map(toInstitution), total };
}

/** Every institution matching the filter, in roster order (no paging: CLI lists, import matching). */
export function allInstitutions(db: Db, f: InstitutionFilter = {}): Institution[] {
  const w = whereClause(f);
  return (db.prepare(`SELECT ${COLUMNS} FROM institutions ${w.sql} ${ORDER}`).all(...w.params) as InstitutionRow[]).map(toInstitution);
}

export function getInstitution(db: Db, id: number): Institution | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM institutions WHERE id = ?`).get(id) as InstitutionRow | undefined;
  return r ? toInstitution(r) : null;
}

export function findInstitutionByUscc(db: Db, uscc: string): Institution | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM institutions WHERE uscc = ?`).get(uscc) as InstitutionRow | undefined;
  return r ? toInstitution(r) : null;
}

export function findInstitutionByLicence(db: Db, licenceNo: string): Institution | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM institutions WHERE licence_no = ?`).get(licenceNo) as InstitutionRow | undefined;
  return r ? toInstitution(r) : null;
}

function params(i: InstitutionInput) {
  return {
    uscc: i.uscc,
    licence_no: i.licenceNo,
    name: i.name,
    aliases_json: JSON.stringify(i.aliases),
    district_code: i.districtCode,
    category: i.category,
    ownership: i.ownership,
    level: i.level,
    provincial_direct: i.provincialDirect ? 1 : 0,
    contact_person: i.contactPerson,
    contact_phone: i.contactPhone,
  };
}

// Imports write thousands of rows: prepare the write statements once per connection.
const statements = new WeakMap<Db, Map<string, Database.Statement>>();
function cached(db: Db, sql: string): Database.Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let st = m.get(sql);
  if (!st) m.set(sql, (st = db.prepare(sql)));
  return st;
}

export function insertInstitution(db: Db, i: InstitutionInput, at: string): number {
  const info = cached(db, 
    `INSERT INTO institutions (kind, uscc, licence_no, name, aliases_json, district_code, category, ownership, level,
       provincial_direct, contact_person, contact_phone, created_at, updated_at)
     VALUES ('institution', @uscc, @licence_no, @name, @aliases_json, @district_code, @category, @ownership, @level,
       @provincial_direct, @contact_person, @contact_phone, @at, @at)`,
  ).run({ ...params(i), at });
  return Number(info.lastInsertRowid);
}

export function updateInstitution(db: Db, id: number, i: InstitutionInput, at: string): void {
  cached(db, 
    `UPDATE institutions SET uscc = @uscc, licence_no = @licence_no, name = @name, aliases_json = @aliases_json,
       district_code = @district_code, category = @category, ownership = @ownership, level = @level,
       provincial_direct = @provincial_direct, contact_person = @contact_person, contact_phone = @contact_phone, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(i), at, id });
}

/** Retire (a date) or restore (null); the row stays for history. */
export function setInstitutionRetired(db: Db, id: number, retiredAt: string | null, at: string): void {
  db.prepare('UPDATE institutions SET retired_at = ?, updated_at = ? WHERE id = ?').run(retiredAt, at, id);
}
