/**
 * Validation of roster rows (file import and the add/edit form share it): one row of cell texts →
 * a normalised InstitutionInput, or every problem located by row and column in Chinese
 * (`第5行“统一社会信用代码”：校验位错误：第18位应为“X”，实际为“Y”`). Pure: the region limit comes in
 * the context, the database is consulted later (roster-merge.ts).
 */
import type { Issue } from '../errors';
import { checkUscc } from './uscc';
import type { InstitutionInput } from './institution';
import { CATEGORY_LABELS, parseCategory, parseLevel, parseOwnership, parseYesNo } from './institution-category';
import { GBT2260_AS_OF, isReportingDistrict, isWithin, lookupRegion, matchRegions, regionFullName } from './region';
import { rosterColumn, type RosterField } from './roster-columns';

export type RosterRowValues = Partial<Record<RosterField, string | null>>;

/**
 * Where a row came from; cells map a field to its address (C5) and the header text in the file,
 * which issues carry as `column` (a form passes its field keys with no address).
 */
export interface RowSource {
  file?: string;
  sheet?: string;
  row?: number;
  cells?: Partial<Record<RosterField, { address: string; header: string }>>;
}

export interface RosterRuleContext {
  /** The campaign's region limit (null: any valid code). */
  regionCode: string | null;
}

export type RowResult =
  | { ok: true; input: InstitutionInput; warnings: Issue[] }
  | { ok: false; issues: Issue[] };

/** Trim (incl. U+3000, NBSP, zero-width) and collapse inner whitespace; CJK text keeps none. */
export function cleanText(s: string | null | undefined): string {
  if (s == null) return '';
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim()
    .replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '');
}

/** Half-width, no whitespace, upper case: codes and phone numbers typed by hand. */
export function cleanCode(s: string | null | undefined): string {
  return cleanText(s)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** Name comparison key: half-width brackets, no whitespace, upper-case Latin. */
export function nameKey(s: string): string {
  return cleanCode(s);
}

export function rowIssue(src: RowSource, field: RosterField, severity: Issue['severity'], rule: string, text: string): Issue {
  const cell = src.cells?.[field];
  const header = rosterColumn(field).label;
  const where = src.row ? `第${src.row}行` : '';
  return {
    rule,
    severity,
    message: `${where}“${header}”：${text}`,
    ...(src.file ? { file: src.file } : {}),
    ...(src.sheet ? { sheet: src.sheet } : {}),
    ...(cell?.address ? { cell: cell.address } : {}),
    ...(src.row ? { row: src.row } : {}),
    column: cell?.header ?? header,
  };
}

function quote(s: string, max = 30): string {
  return `“${s.length > max ? s.slice(0, max) + '…' : s}”`;
}

/** Resolves the 所属区县 cell within the region; the error text says what to fill in. */
export function resolveDistrict(text: string, regionCode: string | null): { ok: true; code: string } | { ok: false; reason: string } {
  const hits = matchRegions(text, regionCode);
  const regionLabel = regionCode ? regionFullName(regionCode) : '';
  if (hits.length > 1) {
    return { ok: false, reason: `${quote(text)}对应多个行政区划（${hits.slice(0, 5).map((r) => `${regionFullName(r.code)} ${r.code}`).join('、')}），请填写6位区划代码或写明所属市` };
  }
  if (hits.length === 1) {
    const r = hits[0];
    if (!isReportingDistrict(r)) return { ok: false, reason: `${quote(text)}是省级区划，请填写到区县（或地级市本级）` };
    return { ok: true, code: r.code };
  }
  const elsewhere = regionCode ? matchRegions(text, null) : [];
  if (elsewhere.length) {
    const names = elsewhere.slice(0, 3).map((r) => `${regionFullName(r.code)}（${r.code}）`).join('、');
    return { ok: false, reason: `${names}不在本专项区域${regionLabel}（${regionCode}）内，请核对所属区县` };
  }
  if (/^\d{6}$/.test(cleanCode(text))) {
    return { ok: false, reason: `区划代码${quote(text)}不存在（以${GBT2260_AS_OF}区划代码表为准），请核对` };
  }
  return { ok: false, reason: `未找到区县${quote(text)}${regionCode ? `（本专项区域：${regionLabel}）` : ''}，请填写区县名称（如“宿城区”）或6位区划代码` };
}

function splitAliases(s: string, name: string): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const part of s.split(/[、,，;；\n\r|｜]+/)) {
    const a = cleanText(part);
    if (!a || seen.has(nameKey(a))) continue;
    seen.add(nameKey(a));
    out.push(a);
  }
  return out;
}

/** Validates one row; blank optional cells take their defaults (未定级, 否). */
export function validateRosterRow(values: RosterRowValues, src: RowSource, ctx: RosterRuleContext): RowResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const err = (f: RosterField, rule: string, t: string) => errors.push(rowIssue(src, f, '错误', rule, t));
  const warn = (f: RosterField, rule: string, t: string) => warnings.push(rowIssue(src, f, '警告', rule, t));
  const v = (f: RosterField) => cleanText(values[f]);

  const name = v('name');
  if (!name) err('name', 'roster.required', '机构名称不能为空，请填写机构全称');
  else if (name.length > 100) err('name', 'roster.name', `机构名称过长（${name.length}字），请填写规范全称`);

  let uscc: string | null = null;
  const usccText = cleanCode(values.uscc);
  if (usccText) {
    const r = checkUscc(usccText);
    if (!r.ok) err('uscc', 'roster.uscc', r.reason.replace(/^统一社会信用代码/, ''));
    else {
      uscc = r.code;
      if (r.orgCheckWarning) warn('uscc', 'roster.uscc-org', r.orgCheckWarning);
    }
  }

  let licenceNo: string | null = null;
  const licText = cleanCode(values.licenceNo);
  if (licText) {
    if (!/^[0-9A-Z-]+$/.test(licText)) err('licenceNo', 'roster.licence', `登记号${quote(licText)}只能包含数字、大写字母和“-”`);
    else licenceNo = licText;
  }
  if (!usccText && !licText) err('uscc', 'roster.required', '统一社会信用代码不能为空（个体诊所等确无代码的，可只填执业许可证登记号）');

  let districtCode = '';
  const districtText = v('district');
  if (!districtText) err('district', 'roster.required', '所属区县不能为空，请填写区县名称或6位区划代码');
  else {
    const d = resolveDistrict(districtText, ctx.regionCode);
    if (d.ok) districtCode = d.code;
    else err('district', 'roster.district', d.reason);
  }

  const catText = v('category');
  const category = catText ? parseCategory(catText) : null;
  if (!catText) err('category', 'roster.required', '机构类别不能为空，请从下拉列表选择');
  else if (!category) err('category', 'roster.category', `无法识别的机构类别${quote(catText)}，应为：${CATEGORY_LABELS.join('、')}`);

  const ownText = v('ownership');
  const ownership = ownText ? parseOwnership(ownText) : null;
  if (!ownText) err('ownership', 'roster.required', '公立/社会办不能为空，请填写“公立”或“社会办”');
  else if (!ownership) err('ownership', 'roster.ownership', `无法识别${quote(ownText)}，应为“公立”（国有、集体、政府办）或“社会办”（民营、私立、个体等）`);

  const levelText = v('level');
  const level = parseLevel(levelText);
  if (level === undefined) err('level', 'roster.level', `无法识别的医院等级${quote(levelText)}，应如“三级甲等”“二级乙等”“未定级”`);

  const pdText = v('provincialDirect');
  const provincialDirect = parseYesNo(pdText);
  if (provincialDirect === undefined) err('provincialDirect', 'roster.yes-no', `应为“是”或“否”，实际为${quote(pdText)}`);

  if (licenceNo && licenceNo.length === 22 && districtCode && !isWithin(licenceNo.slice(9, 15), districtCode) && lookupRegion(licenceNo.slice(9, 15))) {
    warn('licenceNo', 'roster.licence-district', `登记号第10–15位（${licenceNo.slice(9, 15)}）与所属区县（${districtCode}）不一致，请核对`);
  }

  if (errors.length) return { ok: false, issues: [...errors, ...warnings] };
  const contactPhone = cleanText(values.contactPhone).replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return {
    ok: true,
    warnings,
    input: {
      uscc,
      licenceNo,
      name,
      aliases: splitAliases(v('aliases'), name),
      districtCode,
      category: category!.label,
      ownership: ownership!,
      level: level ?? '未定级',
      provincialDirect: provincialDirect ?? false,
      contactPerson: v('contactPerson') || null,
      contactPhone: contactPhone || null,
    },
  };
}

export interface ValidRow {
  source: RowSource;
  input: InstitutionInput;
}

/** Rows of one file naming the same USCC or licence number twice; the later row is the error. */
export function duplicateIssues(rows: readonly ValidRow[]): Issue[] {
  const out: Issue[] = [];
  const firstUscc = new Map<string, number>();
  const firstLic = new Map<string, number>();
  const firstName = new Map<string, number>();
  for (const r of rows) {
    const row = r.source.row ?? 0;
    const { uscc, licenceNo } = r.input;
    if (uscc) {
      const prev = firstUscc.get(uscc);
      if (prev !== undefined) out.push(rowIssue(r.source, 'uscc', '错误', 'roster.duplicate', `统一社会信用代码${uscc}与第${prev}行重复，同一机构只能填写一行`));
      else firstUscc.set(uscc, row);
    }
    if (licenceNo) {
      const prev = firstLic.get(licenceNo);
      if (prev !== undefined) out.push(rowIssue(r.source, 'licenceNo', '错误', 'roster.duplicate', `执业许可证登记号${licenceNo}与第${prev}行重复`));
      else firstLic.set(licenceNo, row);
    }
    const nk = `${r.input.districtCode}|${nameKey(r.input.name)}`;
    const prevName = firstName.get(nk);
    if (prevName !== undefined) out.push(rowIssue(r.source, 'name', '警告', 'roster.duplicate-name', `与第${prevName}行机构名称相同（同一区县），请确认不是重复填写`));
    else firstName.set(nk, row);
  }
  return out;
}
