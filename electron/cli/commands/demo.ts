/** demo --institutions N --periods K --out DIR [--preset P] [--start D] [--seed S] [--split-by-district] [--with-department-returns DIR2] */
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { isIsoDate } from '../../../shared/domain/period';
import { generateDemo, type DemoResult } from '../../services/demo/demo-service';
import { tierLabel } from '../../services/demo/profiles';
import { bool, str, type CliCommand, type ParsedArgs } from '../types';

function intFlag(args: ParsedArgs, name: string, fallback: number): number {
  const v = str(args, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v)) throw new AppError('usage', `--${name} 应为非负整数：${v}`);
  return Number(v);
}

/** Per-district totals: what makes the unevenness visible at a glance. */
function districtRows(r: DemoResult) {
  return r.districts.map((d) => {
    const mine = r.institutions.filter((i) => i.districtCode === d.code);
    const due = mine.length * r.periods.length;
    const sent = mine.reduce((s, i) => s + i.submitted, 0);
    const issues = mine.reduce((s, i) => s + i.issues, 0);
    const rectified = mine.reduce((s, i) => s + i.rectified, 0);
    const late = r.files.filter((f) => f.districtCode === d.code && f.daysLate > 0).length;
    return {
      code: d.code, name: d.name, tier: d.tier, institutions: mine.length, returns: sent, missing: due - sent, late,
      issues, rectified, overdue: mine.reduce((s, i) => s + i.overdue, 0),
    };
  });
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: '生成演示数据：专项、名册和已填好的填报表（不导入）',
  usage: 'demo --institutions N --periods K --out DIR [--preset P] [--start D] [--seed S] [--split-by-district] [--with-department-returns DIR2]',
  flags: { institutions: 'string', periods: 'string', out: 'string', preset: 'string', start: 'string', seed: 'string', 'split-by-district': 'boolean', 'with-department-returns': 'string' },
  async run(ctx, args, io) {
    const out = str(args, 'out');
    if (!out) throw new AppError('usage', '请用 --out 指定填报表的输出文件夹');
    const start = str(args, 'start');
    if (start !== undefined && !isIsoDate(start)) throw new AppError('usage', `--start 日期格式不正确：${start}（应为 YYYY-MM-DD）`);
    const r = await generateDemo(ctx, {
      institutions: intFlag(args, 'institutions', 30), periods: intFlag(args, 'periods', 2), outDir: path.resolve(out),
      preset: str(args, 'preset'), start, seed: str(args, 'seed') === undefined ? undefined : intFlag(args, 'seed', 0),
      splitByDistrict: bool(args, 'split-by-district'),
      departmentReturnsDir: str(args, 'with-department-returns') ? path.resolve(str(args, 'with-department-returns')!) : undefined,
    });
    if (r.periodsClamped) io.warn(`提示：专项只有 ${r.periods.length} 个报告期，已按 ${r.periods.length} 期生成。`);
    const rows = districtRows(r);
    const missing = rows.reduce((s, d) => s + d.missing, 0);
    const messy = r.files.filter((f) => f.mess.length).length;
    if (io.json) {
      io.printJson({
        campaign: r.campaignCode, campaignCreated: r.campaignCreated, seed: r.seed, institutionsAdded: r.institutionsAdded,
        periods: r.periods, files: r.files.length, missing, messy, districts: rows, inspectionLog: r.inspectionLog,
        departmentReturns: r.departmentFiles.map((f) => ({ file: path.basename(f.path), department: f.department, period: f.period })),
        returns: r.files.map((f) => ({ file: path.relative(r.outDir, f.path), uscc: f.uscc, period: f.period, receivedDate: f.receivedDate, daysLate: f.daysLate, mess: f.mess })),
      });
      return;
    }
    io.print(`${r.campaignCreated ? '已创建专项' : '使用现有专项'}：${r.campaignCode}；名册新增 ${r.institutionsAdded} 家机构（随机种子 ${r.seed}）。`);
    io.print(`已生成 ${r.files.length} 份填报表（${r.periods.join('、')}），缺报 ${missing} 份，${messy} 份带手工修改痕迹；未导入。`);
    io.print('区县          机构  已报  缺报  迟报  问题  已整改  逾期  设定');
    for (const d of rows) {
      io.print(`${d.code} ${d.name.padEnd(4, '　')}  ${String(d.institutions).padStart(4)}  ${String(d.returns).padStart(4)}  ${String(d.missing).padStart(4)}  ` +
        `${String(d.late).padStart(4)}  ${String(d.issues).padStart(4)}  ${String(d.rectified).padStart(6)}  ${String(d.overdue).padStart(4)}  ${tierLabel(d.tier)}`);
    }
    io.print(`数据库中另记检查 ${r.inspectionLog.inspections} 次（发现问题 ${r.inspectionLog.findings} 个）、举报线索 ${r.inspectionLog.leads} 条（查实 ${r.inspectionLog.substantiatedLeads} 条，逾期未办结 ${r.inspectionLog.overdueLeads} 条）。`);
    if (r.departmentFiles.length) io.print(`部门报送表 ${r.departmentFiles.length} 份：${path.dirname(r.departmentFiles[0].path)}`);
    io.print(`输出文件夹：${r.outDir}`);
    io.print(`导入：rectify import "${r.outDir}"`);
  },
};
