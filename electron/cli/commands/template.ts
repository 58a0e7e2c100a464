/** template --period P --out DIR [--institution USCC] [--zip] | template --period P --district CODE --out DIR */
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { chineseDate } from '../../../shared/domain/period';
import { generateTemplates } from '../../services/template-service';
import { generateDistrictTemplate } from '../../services/district-template-service';
import { bool, str, type CliCommand } from '../types';

export const templateCommand: CliCommand = {
  name: 'template',
  summary: '生成本期填报模板（每家机构一份，含隐藏元数据和下拉框；--zip 打包）',
  usage: 'template --period P --out DIR [--institution USCC | --district CODE] [--zip]',
  flags: { period: 'string', out: 'string', institution: 'string', zip: 'boolean', district: 'string' },
  async run(ctx, args, io) {
    const period = str(args, 'period');
    const out = str(args, 'out');
    if (!period) throw new AppError('usage', '请用 --period 指定报告期（如 2023-06-H1，可用 periods 命令查看）');
    if (!out) throw new AppError('usage', '请用 --out 指定输出文件夹');
    const district = str(args, 'district');
    if (district) {
      // 区县汇总填报表: one workbook for a district that collects from its own hospitals.
      if (str(args, 'institution') || bool(args, 'zip')) throw new AppError('usage', '--district 生成一份区县汇总填报表，不能与 --institution 或 --zip 同时使用');
      const t = await generateDistrictTemplate(ctx, { period, district, outDir: path.resolve(out) });
      if (io.json) io.printJson({ period: t.period, label: t.periodLabel, due: t.due, district: t.district, districtName: t.districtName, file: t.fileName, path: t.path, institutions: t.institutions, prefilledIssues: t.prefilledIssues });
      else io.print(`已生成${t.districtName}${t.periodLabel}区县汇总填报表（${t.institutions} 家机构${t.prefilledIssues ? `，预填未整改完成的问题 ${t.prefilledIssues} 条` : ''}，报送截止 ${chineseDate(t.due)}）：${t.path}`);
      return;
    }
    const batch = await generateTemplates(ctx, {
      period, outDir: path.resolve(out), institution: str(args, 'institution') ?? null, zip: bool(args, 'zip'),
    });
    if (io.json) {
      io.printJson({
        period: batch.period, label: batch.periodLabel, due: batch.due, count: batch.files.length, zip: batch.zipPath,
        files: batch.files.map((f) => ({ file: f.fileName, path: f.path, name: f.name, uscc: f.uscc, prefilledIssues: f.prefilledIssues })),
      });
      return;
    }
    const prefilled = batch.files.filter((f) => f.prefilledIssues > 0).length;
    io.print(`已生成${batch.periodLabel}填报模板 ${batch.files.length} 份（报送截止 ${chineseDate(batch.due)}）` +
      (prefilled ? `，其中 ${prefilled} 份已预填未整改完成的问题` : '') + '。');
    io.print(batch.zipPath ? `压缩包：${batch.zipPath}` : `文件夹：${path.resolve(out)}`);
  },
};
