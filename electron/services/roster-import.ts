/**
 * All-or-nothing roster import: read the workbook, find the data sheet and its header by text,
 * validate every row, plan against the stored roster, and only when nothing is wrong write it all
 * in one transaction with one audit entry (file name + SHA-256). Dry runs stop before writing.
 * A row whose 全称/简称 matches a stored institution but whose codes do not is 需要确认: the dry run
 * lists it with its candidates, and the commit needs the clerk's decision for it (合并/新增/跳过) —
 * one such row never refuses the whole file, while hard errors (a bad check digit) still do.
 */
import { createHash } from 'node:crypto';
import { AppError, type Issue } from '../../shared/errors';
import { cellAddress, parseCellAddress } from '../../shared/import/cell-ref';
import { planRosterMerge, type PlannedRow, type RosterDecision, type RosterPlan } from '../../shared/domain/roster-merge';
import { districtLabel } from '../../shared/domain/region';
import { locateRosterHeader, missingColumns, rosterColumn, type RosterField, type RosterHeader } from '../../shared/domain/roster-columns';
import { cleanText, duplicateIssues, rowIssue, validateRosterRow, type RosterRowValues, type RowSource, type ValidRow } from '../../shared/domain/roster-rules';
import type { RosterDecisionRow, RosterImportReport } from '../../shared/ipc/contract/roster';
import { allInstitutions, insertInstitution, updateInstitution } from '../db/repos/institutions-repo';
import { timestamp, type AppContext } from './app-context';
import { audit } from './audit';
import { currentCampaign } from './campaign-service';
import { readWorkbookGrids, type SheetGrid } from './roster-reader';

const PREVIEW_ROWS = 200;
// Footer lines under a table (填表人：…, 注：…) are not institutions.
const FOOTER = /^(注|说明|备注|填表|填报|制表|审核|负责人|单位负责人|联系人|联系电话)\s*[:：\d、.]?/;

export interface RosterImportOptions {
  dryRun: boolean;
  /** The clerk's choices for the rows a dry run listed as 需要确认 (and 跳过 for any row). */
  decisions?: readonly RosterDecision[];
}

interface Located {
  sheet: SheetGrid;
  header: RosterHeader;
}

function locate(sheets: SheetGrid[], fileName: string): Located {
  if (!sheets.length) throw new AppError('validation', `文件“${fileName}”中没有可见的工作表。`);
  for (const sheet of sheets) {
    const header = locateRosterHeader(sheet.rows);
    if (header) return { sheet, header };
  }
  throw new AppError('validation',
    `文件“${fileName}”中没有找到名册表头：应有一行写着“机构名称”“统一社会信用代码”“所属区县”“机构类别”“公立/社会办”等列名（在表的前20行内）。` +
    '请使用“下载名册模板”得到的表格，或在表头行补上这些列名。');
}

function sortIssues(issues: Issue[]): Issue[] {
  const colRank = (i: Issue) => (i.cell ? parseCellAddress(i.cell)?.col ?? 0 : 0);
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || colRank(a) - colRank(b) || (a.severity === b.severity ? 0 : a.severity === '错误' ? -1 : 1));
}

/** Validates the data rows of the located sheet; valid rows plus every located issue. */
function readRows(l: Located, fileName: string, regionCode: string | null): { valid: ValidRow[]; issues: Issue[]; dataRows: number[] } {
  const { sheet, header } = l;
  const fields = Object.keys(header.columns) as RosterField[];
  const valid: ValidRow[] = [];
  const issues: Issue[] = [];
  const dataRows: number[] = [];
  for (let r = header.row + 1; r <= sheet.rows.length; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    const values: RosterRowValues = {};
    for (const f of fields) values[f] = cells[header.columns[f]!.col - 1] ?? '';
    if (fields.every((f) => !cleanText(values[f]))) continue;
    const idCells: RosterField[] = ['uscc', 'licenceNo', 'district', 'category'];
    if (FOOTER.test(cleanText(values.name)) && idCells.every((f) => !cleanText(values[f]))) continue;
    dataRows.push(r);
    const source: RowSource = {
      file: fileName,
      sheet: sheet.name,
      row: r,
      cells: Object.fromEntries(fields.map((f) => [f, { address: cellAddress(r, header.columns[f]!.col), header: header.columns[f]!.header }])),
    };
    // An 18-digit code typed into a number cell has lost its last digits: say so instead of
    // reporting a check-digit error that would send the clerk hunting for a typo.
    const lossy = (['uscc', 'licenceNo'] as RosterField[]).filter((f) => header.columns[f] && sheet.lossy.has(`${r}:${header.columns[f]!.col}`));
    const result = validateRosterRow(values, source, { regionCode });
    const lossyIssues = lossy.map((f) => rowIssue(source, f, '错误', 'roster.number-cell',
      `单元格是数字格式，Excel 只保留15位有效数字，代码已失真（显示为${values[f]}）。请把该列设为“文本”格式后重新输入完整代码`));
    if (lossy.length) {
      const lossyCells = new Set(lossy.map((f) => source.cells![f]!.address));
      const rest = result.ok ? result.warnings : result.issues;
      issues.push(...lossyIssues, ...rest.filter((i) => !i.cell || !lossyCells.has(i.cell)));
      continue;
    }
    if (result.ok) {
      valid.push({ source, input: result.input });
      issues.push(...result.warnings);
    } else issues.push(...result.issues);
  }
  return { valid, issues, dataRows };
}

function headerIssues(l: Located, fileName: string): Issue[] {
  return l.header.duplicates.map((d) => ({
    rule: 'roster.header-duplicate',
    severity: '警告' as const,
    message: `第${l.header.row}行“${d.header}”与“${l.header.columns[d.field]!.header}”都表示“${rosterColumn(d.field).label}”，已使用前一列，忽略此列`,
    file: fileName,
    sheet: l.sheet.name,
    cell: cellAddress(l.header.row, d.col),
    row: l.header.row,
    column: d.header,
  }));
}

/** Decisions naming a row twice or a row that is not an institution row of the file. */
function decisionListIssues(decisions: readonly RosterDecision[], dataRows: ReadonlySet<number>, fileName: string, sheet: string): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<number>();
  for (const d of decisions) {
    const at = { rule: 'roster.decision', severity: '错误' as const, file: fileName, sheet, row: d.row };
    if (seen.has(d.row)) out.push({ ...at, message: `第${d.row}行有两个处理选择，请只保留一个` });
    else if (!dataRows.has(d.row)) out.push({ ...at, message: `第${d.row}行不是名册中的机构行，不能为它选择处理方式，请核对行号` });
    seen.add(d.row);
  }
  return out;
}

function decisionRow(p: PlannedRow): RosterDecisionRow {
  return {
    row: p.row, name: p.input.name, uscc: p.input.uscc, licenceNo: p.input.licenceNo,
    districtCode: p.input.districtCode, districtName: districtLabel(p.input.districtCode), reason: p.reason,
    candidates: p.candidates.map(({ institution: i, matchedBy }) => ({
      id: i.id, name: i.name, aliases: i.aliases, uscc: i.uscc, licenceNo: i.licenceNo,
      districtCode: i.districtCode, districtName: i.districtName, retiredAt: i.retiredAt, matchedBy,
    })),
    decision: p.decision,
  };
}

/** Committing while rows still need a decision: each such row becomes an error naming it. */
function undecidedRefusal(fileName: string, all: Issue[]): AppError {
  const pending = all.filter((i) => i.rule === 'roster.needs-decision');
  const rest = all.filter((i) => i.rule !== 'roster.needs-decision');
  return new AppError('validation',
    `名册“${fileName}”有 ${pending.length} 行需要确认（第${pending.map((i) => i.row).join('、')}行：名称与名册中的机构相同但代码不同或缺少代码），` +
    '尚未导入任何机构。请为每一行选择“合并到已有机构”“作为新机构新增”或“跳过”后再确认导入。',
    sortIssues([...pending.map((i) => ({ ...i, severity: '错误' as const })), ...rest]));
}

function writePlan(ctx: AppContext, plan: RosterPlan): void {
  const at = timestamp(ctx);
  for (const p of plan.rows) {
    if (p.action === 'add') insertInstitution(ctx.db, p.input, at);
    else if (p.action === 'update') updateInstitution(ctx.db, p.id!, p.input, at);
  }
}

/** Imports a roster workbook; throws AppError('validation') listing every issue when any row is wrong. */
export async function importRoster(ctx: AppContext, bytes: Buffer, fileName: string, opts: RosterImportOptions): Promise<RosterImportReport> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const located = locate(await readWorkbookGrids(bytes, fileName), fileName);
  const missing = missingColumns(located.header);
  if (missing.length) {
    const names = missing.map((c) => `“${c.label}”（可写作：${c.synonyms.slice(0, 4).join('、')}）`).join('、');
    throw new AppError('validation', `文件“${fileName}”工作表“${located.sheet.name}”第${located.header.row}行的表头缺少必填列：${names}。请补上这些列后重新导入。`);
  }
  const campaign = currentCampaign(ctx);
  const regionCode = campaign?.regionCode ?? null;
  const { valid, issues, dataRows } = readRows(located, fileName, regionCode);
  if (!dataRows.length) {
    throw new AppError('validation', `文件“${fileName}”工作表“${located.sheet.name}”在表头（第${located.header.row}行）下面没有数据行，请从第${located.header.row + 1}行起逐行填写机构后再导入。`);
  }
  const dups = duplicateIssues(valid);
  issues.push(...headerIssues(located, fileName), ...dups);
  // A row already reported as a repeat would only be reported again by the plan.
  const repeated = new Set(dups.filter((i) => i.severity === '错误').map((i) => i.row));
  const present = Object.keys(located.header.columns) as RosterField[];
  const decisions = opts.decisions ?? [];
  issues.push(...decisionListIssues(decisions, new Set(dataRows), fileName, located.sheet.name));
  const plan = planRosterMerge(valid.filter((v) => !repeated.has(v.source.row)), present, allInstitutions(ctx.db, { includeRetired: true }), decisions);
  const all = sortIssues([...issues, ...plan.issues]);
  const errors = all.filter((i) => i.severity === '错误');
  if (errors.length) {
    const rows = new Set(errors.map((i) => i.row)).size;
    throw new AppError('validation',
      `名册“${fileName}”有 ${errors.length} 处错误（涉及 ${rows} 行），整个文件未导入（全部或全不）。请按下列位置修改后重新导入：`, all);
  }
  const report: RosterImportReport = {
    fileName,
    sha256,
    sheet: located.sheet.name,
    dryRun: opts.dryRun,
    committed: false,
    total: plan.rows.length,
    added: plan.added,
    updated: plan.updated,
    unchanged: plan.unchanged,
    skipped: plan.skipped,
    undecided: plan.undecided,
    decisions: plan.rows.filter((p) => p.candidates.length).map(decisionRow),
    preview: plan.rows.slice(0, PREVIEW_ROWS).map((p) => ({ row: p.row, action: p.action, name: p.input.name, uscc: p.input.uscc, licenceNo: p.input.licenceNo })),
    issues: all,
  };
  if (opts.dryRun) return report;
  if (plan.undecided) throw undecidedRefusal(fileName, all);
  try {
    commit(ctx, plan, report, { campaignId: campaign?.id ?? null, sha256, sheet: located.sheet.name, headerRow: located.header.row });
  } catch (e) {
    // The plan checked identifiers against institutions; a partner department or district unit
    // holding the same code is only caught by the table's UNIQUE constraint (rolled back).
    if (e instanceof Error && /UNIQUE constraint failed: institutions\.(uscc|licence_no)/.test(e.message)) {
      throw new AppError('validation', `名册“${fileName}”中有统一社会信用代码或登记号与已登记的其他报送单位（部门、区县）重复，整个文件未导入。请核对后重新导入。`);
    }
    throw e;
  }
  return { ...report, committed: true };
}

function commit(ctx: AppContext, plan: RosterPlan, report: RosterImportReport, src: { campaignId: number | null; sha256: string; sheet: string; headerRow: number }): void {
  const { campaignId, ...source } = src;
  ctx.db.transaction(() => {
    writePlan(ctx, plan);
    audit(ctx, {
      action: 'roster.import',
      entity: 'roster',
      entityId: report.fileName,
      campaignId,
      detail: {
        total: report.total, added: report.added, updated: report.updated, unchanged: report.unchanged, skipped: report.skipped,
        changes: plan.rows.filter((p) => p.action === 'add' || p.action === 'update')
          .map((p) => ({ row: p.row, action: p.action, uscc: p.input.uscc, licenceNo: p.input.licenceNo, name: p.input.name, before: p.before, ...(p.decision ? { decision: p.decision } : {}) })),
        skippedRows: plan.rows.filter((p) => p.action === 'skip').map((p) => ({ row: p.row, name: p.input.name })),
      },
      source: { file: report.fileName, ...source },
    });
  })();
}
