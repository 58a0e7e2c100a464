/**
 * The roster workbook handed to clerks: sheet 1 "机构名册" is the data sheet (a title row, then
 * ONE header row, frozen; dropdowns for 类别/公立·社会办/等级/省直/区县; code columns formatted as
 * text so an 18-digit code keeps all its digits); sheet 2 "填写说明" explains every column and
 * lists the campaign region's districts (the 区县 dropdown reads them from there).
 */
import ExcelJS from 'exceljs';
import { HOSPITAL_LEVELS, OWNERSHIPS } from '../../shared/domain/institution';
import { CATEGORY_LABELS, INSTITUTION_CATEGORIES } from '../../shared/domain/institution-category';
import { childrenOf, districtLabel, districtsOf, GBT2260_AS_OF, lookupRegion, regionFullName } from '../../shared/domain/region';
import { ROSTER_COLUMNS, ROSTER_HELP_SHEET, ROSTER_SHEET, type RosterField } from '../../shared/domain/roster-columns';
import { columnLetter } from '../../shared/import/cell-ref';

export const ROSTER_HEADER_ROW = 2;
/** Rows prepared with dropdowns and text format (a city roster rarely exceeds this). */
const INPUT_ROWS = 3000;
const FONT = '宋体';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

const NOTES: Partial<Record<RosterField, string>> = {
  name: '填写执业许可证上的机构全称。',
  aliases: '常用简称、曾用名，多个用“、”分隔；用于识别报送文件。',
  uscc: '18位统一社会信用代码（不含字母 I、O、S、V、Z）。确无代码的个体诊所可只填执业许可证登记号。',
  licenceNo: '《医疗机构执业许可证》登记号，可不填。',
  district: '填写区县名称（如“宿城区”）或6位行政区划代码；市直单位填“××市本级”。',
  category: '从下拉列表选择；也接受“乡镇卫生院”“中医院”等常见写法。',
  ownership: '公立＝国有、集体（政府办）；社会办＝民营、私立、个体、股份等。',
  level: '如“三级甲等”；非医院或未评审填“未定级”或留空。',
  provincialDirect: '省直省管机构直接报送，填“是”；其余填“否”或留空。',
};

export interface RosterTemplateOptions {
  regionCode: string | null;
  campaignName: string | null;
}

function listValidation(formula: string, title: string, strict: boolean): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    // Warning style: the dropdown suggests canonical values, synonyms typed by hand still go in.
    errorStyle: strict ? 'stop' : 'warning',
    errorTitle: title,
    error: strict ? `请从下拉列表选择${title}` : `建议从下拉列表选择${title}；确需其他写法请点“是”`,
  };
}

function districtRows(regionCode: string | null): [string, string][] {
  if (!regionCode) return [];
  const rows: [string, string][] = districtsOf(regionCode).map((r) => [r.code, r.name]);
  const region = lookupRegion(regionCode);
  if (region?.level === 'city' && childrenOf(region.code).length) rows.push([region.code, districtLabel(region.code)]);
  return rows;
}

function dataSheet(wb: ExcelJS.Workbook, o: RosterTemplateOptions, districtRange: string | null): void {
  const ws = wb.addWorksheet(ROSTER_SHEET, {
    views: [{ state: 'frozen', ySplit: ROSTER_HEADER_ROW, xSplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${ROSTER_HEADER_ROW}:${ROSTER_HEADER_ROW}` },
  });
  const last = columnLetter(ROSTER_COLUMNS.length);
  ws.mergeCells(`A1:${last}1`);
  const title = ws.getCell('A1');
  // Header finders look for “名称”; a campaign name containing it must not make the title look like one.
  title.value = `机构名册${o.campaignName ? `（${o.campaignName.replace(/名称/g, '')}）` : ''}`;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  const header = ws.getRow(ROSTER_HEADER_ROW);
  header.height = 32;
  ROSTER_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.field !== 'name' && c.field !== 'aliases') col.numFmt = '@';
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 11, bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const note = NOTES[c.field];
    if (note) cell.note = note;
  });
  const first = ROSTER_HEADER_ROW + 1;
  const lastRow = ROSTER_HEADER_ROW + INPUT_ROWS;
  const colOf = (f: RosterField) => columnLetter(ROSTER_COLUMNS.findIndex((c) => c.field === f) + 1);
  const range = (f: RosterField) => `${colOf(f)}${first}:${colOf(f)}${lastRow}`;
  // exceljs's typings omit the sheet-level range API it has at runtime; one range per column keeps
  // the file small where 3000 per-cell rules would not.
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  dv.add(range('category'), listValidation(`"${CATEGORY_LABELS.join(',')}"`, '机构类别', false));
  dv.add(range('ownership'), listValidation(`"${OWNERSHIPS.join(',')}"`, '公立/社会办', false));
  dv.add(range('level'), listValidation(`"${HOSPITAL_LEVELS.join(',')}"`, '医院等级', false));
  dv.add(range('provincialDirect'), listValidation('"是,否"', '是否省直省管', false));
  if (districtRange) dv.add(range('district'), listValidation(districtRange, '所属区县', false));
}

function helpSheet(wb: ExcelJS.Workbook, o: RosterTemplateOptions, districts: [string, string][]): string | null {
  const ws = wb.addWorksheet(ROSTER_HELP_SHEET);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 52;
  ws.getColumn(3).width = 20;
  ws.getColumn(4).width = 60;
  const put = (values: (string | null)[], bold = false) => {
    const row = ws.addRow(values);
    // A sentence on its own runs across the empty cells to its right; table cells wrap.
    const wrap = values.length > 1;
    row.eachCell((cell) => {
      cell.font = { name: FONT, size: 11, bold };
      cell.alignment = { vertical: 'top', wrapText: wrap };
    });
    return row;
  };
  put(['机构名册填写说明'], true).getCell(1).font = { name: FONT, size: 14, bold: true };
  put(['1. 在“机构名册”表第3行起逐行填写，每个机构一行；不要改动表头行，可以增删空行、调整列顺序。']);
  put(['2. 带“*”的列必须填写。统一社会信用代码按 GB 32100 校验第18位校验码，错一位即整表不导入。']);
  put(['3. 导入为“全部或全不”：任何一行有错，整个文件都不写入，错误清单会指明行号和列名，改正后重新导入即可。']);
  put(['4. 已在名册中的机构（按统一社会信用代码、其次按执业许可证登记号识别）会按本表更新；表中没有的列保留原值。']);
  put(['5. 机构撤销、合并后请在软件名册中“停用”，不要删除，以便保留历史报送记录。']);
  put([]);
  put(['列名', '填写要求'], true);
  for (const c of ROSTER_COLUMNS) put([c.header, NOTES[c.field] ?? '可不填。']);
  put([]);
  put(['机构类别', 'WS 218 代码', '统计分组', '也可写作'], true);
  for (const c of INSTITUTION_CATEGORIES) put([c.label, c.ws218, c.group, c.synonyms.slice(0, 6).join('、')]);
  put([]);
  put(['医院等级', HOSPITAL_LEVELS.join('、')]);
  put(['公立/社会办', '公立：经济类型为国有、集体（含政府办）；社会办：其他（民营、私立、个体、股份制、合资等）。']);
  put([]);
  if (!o.regionCode) {
    put(['所属区县', '本专项未限定区域：可填写任一区县的名称（可带省市名）或6位行政区划代码。']);
    put(['区划代码表', `截至 ${GBT2260_AS_OF}`]);
    return null;
  }
  put([`所属区县（${regionFullName(o.regionCode)}，区划代码表截至 ${GBT2260_AS_OF}）`], true);
  const head = put(['区划代码', '名称（可直接填写）'], true);
  const start = head.number + 1;
  for (const [code, name] of districts) put([code, name]);
  return districts.length ? `'${ROSTER_HELP_SHEET}'!$B$${start}:$B$${start + districts.length - 1}` : null;
}

/** The roster template as .xlsx bytes. */
export async function buildRosterTemplate(o: RosterTemplateOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'rectify-desk';
  const districts = districtRows(o.regionCode);
  // The data sheet must come first; the help sheet is built first only to learn the list's range.
  const scratch = new ExcelJS.Workbook();
  const districtRange = helpSheet(scratch, o, districts);
  dataSheet(wb, o, districtRange);
  helpSheet(wb, o, districts);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
