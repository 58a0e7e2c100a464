/** department template --period P --out DIR [--zip] | department status [--period P]: partner departments' returns. */
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { fenToYuan } from '../../../shared/domain/indicators';
import type { DepartmentValue } from '../../../shared/domain/department-status';
import { departmentStatus, generateDepartmentTemplates } from '../../services/department-service';
import { bool, str, type CliCommand } from '../types';
import { checkSubFlags } from './record-cli';

const SUB_FLAGS: Record<string, string[]> = { template: ['period', 'out', 'zip'], status: ['period'] };

const shown = (v: DepartmentValue) => (v.value === null ? '未报' : `${v.money ? fenToYuan(v.value).toFixed(2) : v.value}${v.money ? '元' : v.unit}`);

export const departmentCommand: CliCommand = {
  name: 'department',
  summary: '协作部门报送：生成部门模板、查看各部门报送情况和数据（部门报送表用 import 导入）',
  usage: 'department template --period P --out DIR [--zip] | department status [--period P]',
  flags: { period: 'string', out: 'string', zip: 'boolean' },
  subcommands: ['template', 'status'],
  async run(ctx, args, io) {
    const sub = args.positionals[0];
    checkSubFlags('department', sub, args, SUB_FLAGS);
    if (sub === 'template') {
      const period = str(args, 'period');
      const out = str(args, 'out');
      if (!period) throw new AppError('usage', '请用 --period 指定报告期（如 2023-06-H1）');
      if (!out) throw new AppError('usage', '请用 --out 指定输出文件夹');
      const r = await generateDepartmentTemplates(ctx, { period, outDir: path.resolve(out), zip: bool(args, 'zip') });
      if (io.json) io.printJson({ period, zip: r.zipPath, files: r.files });
      else io.print(`已生成部门报送模板 ${r.files.length} 份（${r.files.map((f) => f.unitName).join('、')}）：${r.zipPath ?? path.resolve(out)}\n收回后用 import 命令导入。`);
      return;
    }
    const s = departmentStatus(ctx, str(args, 'period'));
    if (io.json) { io.printJson(s); return; }
    io.print(`${s.periodLabel}部门报送情况（截止 ${s.due}）：已报 ${s.reported}/${s.total}`);
    for (const r of s.rows) {
      io.print(`  ${r.unitName}：${r.state}${r.daysLate ? `（迟 ${r.daysLate} 天）` : ''}${r.receivedDate ? ` ${r.receivedDate} 收到` : ''}`);
      if (r.state !== '未报') io.print(`    ${r.values.filter((v) => v.value !== null).map((v) => `${v.name} ${shown(v)}`).join('；') || '（未填数据）'}`);
    }
  },
};
