/**
 * The roster workbook's columns: the template's header texts, the synonyms other rosters use, and
 * locating the header row by its text (never by a fixed address), so a roster exported from
 * another system or reordered by hand still imports.
 */

export type RosterField =
  | 'name' | 'aliases' | 'uscc' | 'licenceNo' | 'district' | 'category'
  | 'ownership' | 'level' | 'provincialDirect' | 'contactPerson' | 'contactPhone';

export interface RosterColumn {
  field: RosterField;
  /** Header text written in the template (an asterisk marks a required column). */
  header: string;
  /** Short name used in messages (“统一社会信用代码”). */
  label: string;
  required: boolean;
  width: number;
  synonyms: string[];
}

export const ROSTER_SHEET = '机构名册';
export const ROSTER_HELP_SHEET = '填写说明';

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { field: 'name', header: '机构名称*', label: '机构名称', required: true, width: 36,
    synonyms: ['名称', '机构名称', '单位名称', '医疗机构名称', '医院名称', '机构全称', '单位全称', '医疗机构', '机构'] },
  { field: 'aliases', header: '别名/简称 (多个用、分隔)', label: '别名/简称', required: false, width: 24,
    synonyms: ['别名', '简称', '别名/简称', '简称/别名', '曾用名', '其他名称', '别称'] },
  { field: 'uscc', header: '统一社会信用代码*', label: '统一社会信用代码', required: true, width: 24,
    synonyms: ['统一社会信用代码', '信用代码', '社会信用代码', '统一信用代码', '统一代码', 'USCC', '统一社会信用代码证号'] },
  { field: 'licenceNo', header: '执业许可证登记号', label: '执业许可证登记号', required: false, width: 26,
    synonyms: ['执业许可证登记号', '登记号', '许可证登记号', '执业许可证号', '许可证号', '执业许可证编号', '医疗机构执业许可证登记号', '医疗机构执业许可证号'] },
  { field: 'district', header: '所属区县（名称或代码）*', label: '所属区县', required: true, width: 22,
    synonyms: ['所属区县', '区县', '县区', '所属县区', '所在区县', '区县名称', '区县代码', '行政区划', '行政区划代码', '区划', '区划代码',
      '所属地区', '地区', '辖区', '所属辖区', '区域', '所属区域', '县（市、区）', '县市区', '所属县（市、区）'] },
  { field: 'category', header: '机构类别*', label: '机构类别', required: true, width: 20,
    synonyms: ['机构类别', '类别', '机构类型', '类型', '医疗机构类别', '卫生机构类别', '机构分类', '医疗机构类型'] },
  { field: 'ownership', header: '公立/社会办*', label: '公立/社会办', required: true, width: 14,
    synonyms: ['公立/社会办', '公立社会办', '公立或社会办', '公立/民营', '性质', '机构性质', '举办性质', '办医性质', '所有制', '所有制形式',
      '经济类型', '经济性质', '举办主体', '办医主体', '公立/私立'] },
  { field: 'level', header: '医院等级', label: '医院等级', required: false, width: 12,
    synonyms: ['医院等级', '等级', '级别', '机构等级', '评审等级', '医院级别', '等级评审'] },
  { field: 'provincialDirect', header: '是否省直省管', label: '是否省直省管', required: false, width: 14,
    synonyms: ['是否省直省管', '省直省管', '省直', '是否省直', '省管', '是否省管', '省直/省管'] },
  { field: 'contactPerson', header: '联系人', label: '联系人', required: false, width: 12,
    synonyms: ['联系人', '联络人', '联系人姓名', '负责人'] },
  { field: 'contactPhone', header: '联系电话', label: '联系电话', required: false, width: 16,
    synonyms: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', '联系人电话'] },
];

export function rosterColumn(field: RosterField): RosterColumn {
  return ROSTER_COLUMNS.find((c) => c.field === field)!;
}

/** Header comparison key: no asterisks, no bracketed hints, no whitespace or separators. */
export function headerKey(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00a0\u200b-\u200d\ufeff]/g, '')
    .replace(/\*/g, '')
    .replace(/\([^)]*\)|\[[^\]]*]|【[^】]*】/g, '')
    .replace(/[/、,，:：.。\\-]/g, '')
    .toUpperCase();
}

const EXACT = new Map<string, RosterField>();
const CONTAINED: { key: string; field: RosterField }[] = [];
for (const c of ROSTER_COLUMNS) {
  for (const s of [c.header, c.label, ...c.synonyms]) {
    const k = headerKey(s);
    if (!EXACT.has(k)) EXACT.set(k, c.field);
    if (k.length >= 4) CONTAINED.push({ key: k, field: c.field });
  }
}
CONTAINED.sort((a, b) => b.key.length - a.key.length);

/** The field a header text stands for, or null. Exact synonym first, then a long synonym inside it. */
export function headerField(text: string): RosterField | null {
  const k = headerKey(text);
  if (!k) return null;
  return EXACT.get(k) ?? CONTAINED.find((c) => k.includes(c.key))?.field ?? null;
}

export interface HeaderColumn {
  col: number; // 1-based
  header: string; // as written in the file
}

export interface RosterHeader {
  row: number; // 1-based
  columns: Partial<Record<RosterField, HeaderColumn>>;
  /** Second column mapping to a field already taken (ignored; worth a warning). */
  duplicates: (HeaderColumn & { field: RosterField })[];
}

/**
 * Finds the header row among the first `maxRows` rows of a grid (grid[r-1][c-1] = cell text): the
 * row recognising the most fields, at least a name column and two others. Title rows above it and
 * blank rows/columns are fine.
 */
export function locateRosterHeader(grid: readonly (readonly string[])[], maxRows = 20): RosterHeader | null {
  let best: RosterHeader | null = null;
  let bestCount = 0;
  for (let r = 0; r < Math.min(grid.length, maxRows); r++) {
    const columns: RosterHeader['columns'] = {};
    const duplicates: RosterHeader['duplicates'] = [];
    (grid[r] ?? []).forEach((text, i) => {
      const field = text ? headerField(text) : null;
      if (!field) return;
      const hc = { col: i + 1, header: text.trim() };
      if (columns[field]) duplicates.push({ ...hc, field });
      else columns[field] = hc;
    });
    const count = Object.keys(columns).length;
    if (columns.name && count >= 3 && count > bestCount) {
      best = { row: r + 1, columns, duplicates };
      bestCount = count;
    }
  }
  return best;
}

/** Required columns the header lacks. USCC may be replaced by 执业许可证登记号 (small clinics). */
export function missingColumns(h: RosterHeader): RosterColumn[] {
  return ROSTER_COLUMNS.filter((c) => c.required && !h.columns[c.field] && !(c.field === 'uscc' && h.columns.licenceNo));
}
