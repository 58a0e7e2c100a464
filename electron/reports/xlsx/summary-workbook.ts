/**
 * 汇总表 (the statistics workbook sent upward with the bulletin) for one period:
 * 区县×整治重点 (累计), 分区县汇总 (本期 + 累计), 机构明细, 问题台账 (current state), 报送汇总, 报送情况.
 * Numbers are written as numbers (counts as integers, rates as fractions shown 0.0%, money in
 * 万元 on the district sheets and in 元 on the unit and ledger sheets — the unit is in each
 * header); "—" marks a rate whose denominator is 0. Every text cell is neutralised against
 * formula injection by sheet-kit.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Campaign } from '../../../shared/domain/campaign';
import { chineseDate } from '../../../shared/domain/period';
import { districtLabel } from '../../../shared/domain/region';
import { DASH } from '../../../shared/stats/arithmetic';
import type { Figure, FigureSet, MainTable, ReportingCounts, Ratio, StatsPivot, SubmissionStatus } from '../../../shared/stats/types';
import { countLedger, currentLedger } from '../../db/repos/stats-repo';
import type { AppContext } from '../../services/app-context';
import { requireCampaign } from '../../services/campaign-service';
import { statsMainTable, statsPivot } from '../../services/stats-service';
import { submissionStatus } from '../../services/stats-status';
import { unitFigures, type UnitFigures } from '../../services/stats-units';
import { finishSheet, startSheet, writeRow, type CellValue, type LeafColumn } from './sheet-kit';
import { maskOptional } from '../../../shared/privacy/mask';
import { recordPersonalDataChoice } from '../../services/privacy-choice';

/** Rows of the 问题台账 sheet at most (the full ledger has its own export on the 问题台账 page). */
export const LEDGER_SHEET_LIMIT = 100_000;

/** Per focus area the main sheet shows the ledger core; the 合计 group shows every column. */
const FOCUS_COLUMNS = ['D1', 'D2', 'D3', 'D5'];
const DISTRICT_FLOWS = ['B1', 'C1', 'C2', 'D1', 'E1', 'E6', 'G1'];
const DISTRICT_RATES = ['B2', 'D3', 'G5', 'I2'];
const DISTRICT_STOCKS = ['D2', 'D4', 'D5'];

function ratioCell(r: Ratio): CellValue {
  return r.percent === null ? DASH : r.percent / 100;
}

/** Cell value of a figure: fraction for rates, 万元 for money, the count otherwise. */
function figureCell(f: Figure | undefined, m: 'period' | 'cumulative'): CellValue {
  if (!f || !f.available) return DASH;
  if (f.ratios) return ratioCell(f.ratios[m]);
  const v = f[m];
  if (v === null) return null;
  return f.money ? v / 1_000_000 : v;
}

function leaf(f: Figure, header = f.name): LeafColumn {
  const unit = f.kind === 'rate' ? '%' : f.money ? '万元' : f.unit;
  return { header: `${header}（${unit}）`, width: f.kind === 'rate' ? 9 : 10, format: f.kind === 'rate' ? 'percent' : f.money ? 'money' : 'int' };
}

function mainSheet(wb: ExcelJS.Workbook, c: Campaign, m: MainTable): void {
  const proto = m.totalRow.total;
  const focusCodes = FOCUS_COLUMNS.filter((code) => m.indicators.includes(code));
  const sheet = startSheet(wb, {
    name: '区县×整治重点', frozenCols: 1,
    title: `${m.campaignName}进展情况汇总表（分区县、分整治重点）`,
    subtitle: `统计口径：累计（${c.startDate}至${m.cutoff}）　截至${chineseDate(m.cutoff)}　金额单位：万元`,
    groups: [
      { group: null, columns: [{ header: '区县', width: 12, format: 'text' }] },
      ...m.columns.map((col) => ({ group: col.label, columns: focusCodes.map((code) => leaf(proto[code])) })),
      { group: '合计', columns: m.indicators.map((code) => leaf(proto[code])) },
    ],
  });
  const line = (label: string, cells: FigureSet[], total: FigureSet) =>
    [label, ...cells.flatMap((f) => focusCodes.map((code) => figureCell(f[code], 'cumulative'))), ...m.indicators.map((code) => figureCell(total[code], 'cumulative'))];
  for (const r of m.rows) writeRow(sheet, line(r.key.label, r.cells, r.total));
  writeRow(sheet, line('合计', m.totalRow.cells, m.totalRow.total), true);
  finishSheet(sheet, m.notes);
}

function districtSheet(wb: ExcelJS.Workbook, p: StatsPivot): void {
  const t = p.total;
  const sheet = startSheet(wb, {
    name: '分区县汇总（本期+累计）', frozenCols: 1,
    title: `${p.campaignName}进展情况统计表（分区县）`,
    subtitle: `${p.period.label}（${p.period.start}至${p.cutoff}）本期及累计　截至${chineseDate(p.cutoff)}　金额单位：万元`,
    groups: [
      { group: null, columns: [{ header: '区县', width: 12, format: 'text' }] },
      ...[...DISTRICT_FLOWS, ...DISTRICT_RATES].map((code) => {
        const l = leaf(t[code]);
        return { group: l.header, columns: [{ ...l, header: '本期' }, { ...l, header: '累计' }] };
      }),
      ...DISTRICT_STOCKS.map((code) => ({ group: null, columns: [leaf(t[code], `${t[code].name}（截至本期）`)] })),
    ],
  });
  const line = (label: string, f: FigureSet) => [
    label,
    ...[...DISTRICT_FLOWS, ...DISTRICT_RATES].flatMap((code) => [figureCell(f[code], 'period'), figureCell(f[code], 'cumulative')]),
    ...DISTRICT_STOCKS.map((code) => figureCell(f[code], 'cumulative')),
  ];
  for (const r of p.rows) writeRow(sheet, line(r.keys[0].label, r.figures));
  writeRow(sheet, line('合计', t), true);
  finishSheet(sheet, p.notes);
}

const yuan = (fen: number | null): CellValue => (fen === null ? null : fen / 100);

function unitSheet(wb: ExcelJS.Workbook, c: Campaign, cutoff: string, units: UnitFigures[]): void {
  const cols: LeafColumn[] = [
    { header: '序号', width: 6, format: 'int' }, { header: '区县', width: 10, format: 'text' }, { header: '机构名称', width: 26, format: 'text' },
    { header: '统一社会信用代码', width: 21, format: 'text' }, { header: '机构类别', width: 12, format: 'text' },
    { header: '公立／社会办', width: 8, format: 'text' }, { header: '省直省管', width: 6, format: 'text' }, { header: '本期报送', width: 10, format: 'text' },
    { header: '已完成自查', width: 6, format: 'text' }, { header: '出动检查人员（人次）', width: 10, format: 'int' },
    { header: '开展检查（家次）', width: 9, format: 'int' }, { header: '发现问题（个）', width: 8, format: 'int' },
    { header: '已整改（个）', width: 8, format: 'int' }, { header: '整改率（%）', width: 8, format: 'percent' },
    { header: '整改中（个）', width: 8, format: 'int' }, { header: '逾期未整改（个）', width: 8, format: 'int' },
    { header: '立案查处（起）', width: 8, format: 'int' }, { header: '罚没款（元）', width: 13, format: 'money' },
  ];
  const sheet = startSheet(wb, {
    name: '机构明细', frozenCols: 3, groups: [{ group: null, columns: cols }], title: `${c.name}机构明细表`,
    subtitle: `累计（${c.startDate}至${cutoff}）；发现问题按首次报告期计（不含不属实），已整改、整改中、逾期未整改为截至日状态`,
  });
  units.forEach((u, i) => {
    const state = u.state === '逾期' ? `逾期${u.daysLate}天` : u.state;
    writeRow(sheet, [
      i + 1, u.districtName, u.name, u.uscc, u.category, u.ownership, u.direct ? '是' : '否', state, u.selfInspected ? '是' : '否',
      u.values.C1, u.values.C2, u.d1, u.d2, ratioCell(u.d3), u.d4, u.d5, u.values.E1, yuan(u.values.E6),
    ]);
  });
  finishSheet(sheet);
}

function ledgerSheet(wb: ExcelJS.Workbook, ctx: AppContext, c: Campaign, upTo: string, cutoff: string, includePersonal: boolean): void {
  // Privacy: names and numbers in 问题描述/整改措施 are masked unless this export includes them.
  const text = (v: string | null) => (includePersonal ? v : maskOptional(v));
  const cols: LeafColumn[] = [
    { header: '序号', width: 7, format: 'int' }, { header: '台账编号', width: 16, format: 'text' }, { header: '区县', width: 10, format: 'text' },
    { header: '责任主体', width: 22, format: 'text' }, { header: '统一社会信用代码', width: 21, format: 'text' },
    { header: '整治重点', width: 10, format: 'text' }, { header: '问题类别', width: 10, format: 'text' }, { header: '问题来源', width: 10, format: 'text' },
    { header: '发现日期', width: 11, format: 'date' }, { header: '问题描述', width: 36, format: 'text' }, { header: '整改措施', width: 28, format: 'text' },
    { header: '整改时限', width: 11, format: 'date' }, { header: '整改状态', width: 12, format: 'text' }, { header: '完成日期', width: 11, format: 'date' },
    { header: '是否逾期', width: 7, format: 'text' }, { header: '罚没金额（元）', width: 12, format: 'money' },
    { header: '首次报告期', width: 11, format: 'text' }, { header: '最近报告期', width: 11, format: 'text' },
  ];
  const sheet = startSheet(wb, {
    name: '问题台账', frozenCols: 4, groups: [{ group: null, columns: cols }], title: `${c.name}问题台账`,
    subtitle: `截至${chineseDate(cutoff)}首次报告的问题，状态为台账当前状态；逾期 = 未整改且整改时限早于${cutoff}`,
  });
  const focus = new Map(c.focusAreas.map((f) => [f.code, f.name]));
  let n = 0;
  for (const r of currentLedger(ctx.db, c.id, upTo, LEDGER_SHEET_LIMIT)) {
    const open = r.status === '待整改' || r.status === '整改中';
    writeRow(sheet, [
      ++n, r.ledger_no, districtLabel(r.district_code), r.institution, r.uscc, focus.get(r.focus_code) ?? r.focus_code, r.category, r.source,
      r.found_date, text(r.description), text(r.measures), r.deadline, r.status, r.completion_date,
      open && r.deadline !== null && r.deadline < cutoff ? '是' : '否', yuan(r.fine_fen), r.first_period, r.last_period,
    ]);
  }
  const total = countLedger(ctx.db, c.id, upTo);
  finishSheet(sheet, total > LEDGER_SHEET_LIMIT ? [`共 ${total} 条，本表列出前 ${LEDGER_SHEET_LIMIT} 条；完整台账请在“问题台账”页面导出。`] : []);
}

function countsCells(r: ReportingCounts): CellValue[] {
  return [r.due, r.onTime, r.late, r.missing, ratioCell(r.reportingRate), ratioCell(r.onTimeRate)];
}

function statusSheets(wb: ExcelJS.Workbook, s: SubmissionStatus): void {
  const sum = startSheet(wb, {
    name: '报送汇总', frozenCols: 1, title: `${s.period.label}报送情况汇总`, subtitle: `报送截止日期：${chineseDate(s.period.due)}`,
    groups: [{ group: null, columns: [
      { header: '区县', width: 14, format: 'text' }, { header: '应报（个）', width: 9, format: 'int' }, { header: '按时报送（个）', width: 10, format: 'int' },
      { header: '逾期报送（个）', width: 10, format: 'int' }, { header: '未报（个）', width: 9, format: 'int' },
      { header: '报送率（%）', width: 10, format: 'percent' }, { header: '按时报送率（%）', width: 11, format: 'percent' },
    ] }],
  });
  for (const d of s.byDistrict) writeRow(sum, [d.key.label, ...countsCells(d.counts)]);
  writeRow(sum, ['合计', ...countsCells(s.totals)], true);
  finishSheet(sum);

  const units = startSheet(wb, {
    name: '报送情况', frozenCols: 3, title: `${s.period.label}报送情况`, subtitle: `报送截止日期：${chineseDate(s.period.due)}；逾期天数 = 收到日期 − 截止日期`,
    groups: [{ group: null, columns: [
      { header: '序号', width: 6, format: 'int' }, { header: '区县', width: 10, format: 'text' }, { header: '单位名称', width: 26, format: 'text' },
      { header: '截止日期', width: 11, format: 'date' }, { header: '报送状态', width: 14, format: 'text' }, { header: '收到日期', width: 11, format: 'date' },
      { header: '逾期天数（天）', width: 9, format: 'int' }, { header: '计入版本', width: 8, format: 'int' }, { header: '收到版本数', width: 8, format: 'int' },
    ] }],
  });
  s.rows.forEach((r, i) => {
    const state = r.state === '未报' && r.returned ? '未报（已退回）' : r.state;
    writeRow(units, [i + 1, r.districtName, r.name, r.dueDate, state, r.receivedDate, r.state === '逾期' ? r.daysLate : null, r.version, r.versions]);
  });
  finishSheet(units);
}

/**
 * The 汇总表 of `period` as .xlsx bytes, written by exceljs's streaming writer: each row is
 * committed to the zip as soon as it is written, so memory stays flat however long the ledger.
 */
export async function summaryWorkbook(ctx: AppContext, args: { period: string; includePersonal?: boolean }): Promise<Buffer> {
  const c = requireCampaign(ctx);
  const main = statsMainTable(ctx, { period: args.period });
  const districts = statsPivot(ctx, { period: args.period, dims: ['district'] });
  const status = submissionStatus(ctx, { period: args.period });
  const units = unitFigures(ctx, { period: args.period });
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (b: Buffer) => chunks.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = '专项整治报送统计';
  mainSheet(wb, c, main);
  districtSheet(wb, districts);
  unitSheet(wb, c, main.cutoff, units);
  ledgerSheet(wb, ctx, c, main.period.code, main.cutoff, args.includePersonal === true);
  statusSheets(wb, status);
  await wb.commit();
  if (args.includePersonal) recordPersonalDataChoice(ctx, { export: 'summary-workbook', campaignId: c.id, scope: { period: main.period.code } });
  return Buffer.concat(chunks);
}

/** File name for the download: 汇总表_2023-06-H1.xlsx. */
export function summaryFileName(period: string): string {
  return `汇总表_${period}.xlsx`;
}
