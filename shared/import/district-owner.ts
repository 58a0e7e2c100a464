/**
 * Which institution a row of a district return belongs to: its USCC when the cell holds a
 * well-formed one, else its name. Rows are grouped by this key; the service resolves keys against
 * the roster (name, alias or code) and merges keys that turn out to be the same institution.
 */
import type { Issue } from '../errors';
import { normalizeUscc } from '../domain/uscc';
import { addr, textAt, type GridCell, type GridSheet } from './grid';
import type { IdColumns } from './district-columns';
import { normalizeKey } from './text';

const USCC_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Where an institution is named in the workbook (for messages and resolution). */
export interface DistrictUnitRef {
  uscc: string | null;
  name: string | null;
  sheet: string;
  /** The cell naming it (the name cell, or the USCC cell when there is no name). */
  cell: string;
  row: number;
}

export interface RowOwner { key: string; ref: DistrictUnitRef }

/**
 * The owner of row r, null when the row names no institution. A malformed USCC next to a name is
 * a warning (the name identifies the row); a malformed USCC alone is an error.
 */
export function rowOwner(s: GridSheet, r: number, ids: IdColumns, issues: Issue[]): RowOwner | null {
  const name = ids.nameCol ? textAt(s, r, ids.nameCol) : '';
  const rawUscc = ids.usccCol ? textAt(s, r, ids.usccCol) : '';
  const code = rawUscc ? normalizeUscc(rawUscc) : '';
  const valid = USCC_FORMAT.test(code);
  const cell = name && ids.nameCol ? addr(r, ids.nameCol) : addr(r, ids.usccCol ?? ids.nameCol ?? 1);
  if (rawUscc && !valid) {
    const at = addr(r, ids.usccCol!);
    issues.push(name
      ? { rule: 'district.uscc-format', severity: '警告', sheet: s.name, cell: at, row: r, message: `${s.name}!${at}：统一社会信用代码“${rawUscc}”格式不正确（应为 18 位），已按机构名称“${name}”识别` }
      : { rule: 'district.uscc-format', severity: '错误', sheet: s.name, cell: at, row: r, message: `${s.name}!${at}：统一社会信用代码“${rawUscc}”格式不正确（应为 18 位），且没有填写机构名称，无法确定是哪家机构` });
    if (!name) return null;
  }
  if (valid) return { key: `U:${code}`, ref: { uscc: code, name: name || null, sheet: s.name, cell, row: r } };
  if (name) return { key: `N:${normalizeKey(name)}`, ref: { uscc: null, name, sheet: s.name, cell, row: r } };
  return null;
}

/** Maps keys of rows that name an institution only by name (or only by code) to the key of a
 * 进展数据 row naming it both ways, so one institution's rows land in one group. */
export class OwnerKeys {
  private byCode = new Map<string, string>();
  private byName = new Map<string, string>();

  learn(o: RowOwner): void {
    if (o.ref.uscc) this.byCode.set(o.ref.uscc, o.key);
    if (o.ref.name) this.byName.set(normalizeKey(o.ref.name), o.key);
  }

  canonical(o: RowOwner): string {
    if (o.ref.uscc) return this.byCode.get(o.ref.uscc) ?? o.key;
    return (o.ref.name && this.byName.get(normalizeKey(o.ref.name))) || o.key;
  }
}

/** A view of a sheet showing the header rows and only the rows in `rows`; addresses unchanged. */
export function rowsView(s: GridSheet, headerEnd: number, rows: ReadonlySet<number>): GridSheet {
  let last = headerEnd;
  for (const r of rows) if (r > last) last = r;
  return {
    name: s.name,
    hidden: s.hidden,
    rowCount: last,
    colCount: s.colCount,
    cell(r: number, c: number): GridCell | undefined {
      return r <= headerEnd || rows.has(r) ? s.cell(r, c) : undefined;
    },
  };
}
