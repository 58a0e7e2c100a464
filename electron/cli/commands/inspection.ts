/** inspection template | import | list | coverage: the inspection log and 社会办 coverage. */
import { AppError } from '../../../shared/errors';
import type { InspectionView } from '../../../shared/ipc/contract/inspections';
import type { AppContext } from '../../services/app-context';
import { socialCoverage } from '../../services/coverage-service';
import { importInspections, inspectionTemplate } from '../../services/inspection-import';
import { listInspections } from '../../services/inspection-service';
import { str, type CliCommand, type CliIo, type ParsedArgs } from '../types';
import { checkSubFlags, importRecords, writeTemplate } from './record-cli';

const SUB_FLAGS: Record<string, string[]> = { template: ['out'], import: ['dry-run'], list: ['period', 'district'], coverage: ['period'] };

/** JSON view: no internal ids, the same document for the same data. */
export function inspectionJson(v: InspectionView) {
  return {
    date: v.inspectedDate, period: v.period, districtCode: v.districtCode, districtName: v.districtName, institution: v.institution, uscc: v.uscc,
    ownership: v.ownership, body: v.body, bodyKind: v.bodyKind, jointDepartments: v.jointDepartments, members: v.members, form: v.form,
    focus: v.focusNames, findings: v.findings.map((f) => ({ text: f.text, ledgerNo: f.ledgerNo, issueStatus: f.issueStatus })),
    measures: v.measures, fine: v.fine, caseFiled: v.caseFiled, referredTo: v.referredTo, attachments: v.attachments,
    isTypical: v.isTypical, isExposed: v.isExposed, publicText: v.publicText,
  };
}

function allInspections(ctx: AppContext, period: string | undefined, district: string | undefined): InspectionView[] {
  const out: InspectionView[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = listInspections(ctx, { period, districtCode: district, offset, limit: 500 });
    out.push(...page.rows);
    if (out.length >= page.total || !page.rows.length) return out;
  }
}

function list(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const rows = allInspections(ctx, str(args, 'period'), str(args, 'district'));
  if (io.json) { io.printJson(rows.map(inspectionJson)); return; }
  if (!rows.length) { io.print('（没有检查记录。可用 inspection template --out 检查记录表.xlsx 取得模板，填好后 inspection import 导入。）'); return; }
  for (const v of rows) {
    const findings = v.findings.length ? `发现问题 ${v.findings.length} 个（${v.findings.map((f) => f.ledgerNo).join('、')}）` : '未发现问题';
    io.print(`${v.inspectedDate}  ${v.districtName}  ${v.institution}（${v.ownership}）  ${v.body} ${v.form}  ${findings}${v.measures.length ? `  ${v.measures.join('、')}` : ''}`);
  }
  io.print(`共 ${rows.length} 次检查，涉及 ${new Set(rows.map((r) => r.institutionId)).size} 家机构`);
}

function coverage(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const cov = socialCoverage(ctx, str(args, 'period'));
  if (io.json) { io.printJson(cov); return; }
  const mark = (pass: boolean | null) => (pass === null ? '—' : pass ? '达标' : '未达标');
  io.print(`社会办医疗机构检查覆盖率（截至 ${cov.cutoff}，目标 ≥ ${cov.target}%）`);
  for (const d of cov.byDistrict) io.print(`  ${d.districtCode} ${d.districtName}  ${d.inspected}/${d.total}  ${d.rateText}  ${mark(d.pass)}`);
  io.print(`  全市  ${cov.cityWide.inspected}/${cov.cityWide.total}  ${cov.cityWide.rateText}  ${mark(cov.cityWide.pass)}`);
  if (cov.notInspected.length) io.print(`尚未检查的社会办机构 ${cov.notInspected.length} 家（--json 可得完整名单）`);
}

export const inspectionCommand: CliCommand = {
  name: 'inspection',
  summary: '检查记录：模板、导入（全部或全不）、列表、社会办检查覆盖率',
  usage: 'inspection template --out F.xlsx | inspection import F.xlsx [--dry-run] | inspection list [--period P] [--district 代码] | inspection coverage [--period P]',
  flags: { out: 'string', 'dry-run': 'boolean', period: 'string', district: 'string' },
  subcommands: ['template', 'import', 'list', 'coverage'],
  async run(ctx, args, io) {
    const sub = args.positionals[0];
    checkSubFlags('inspection', sub, args, SUB_FLAGS);
    if (sub === 'template') return writeTemplate(args, io, { cmd: 'inspection', what: '检查记录表', make: () => inspectionTemplate(ctx) });
    if (sub === 'import') return importRecords(ctx, args, io, { cmd: 'inspection', what: '检查记录', run: importInspections });
    if (sub === 'coverage') return coverage(ctx, args, io);
    if (sub === 'list') return list(ctx, args, io);
    throw new AppError('usage', `未知子命令：${sub}`);
  },
};
