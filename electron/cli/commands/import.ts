/** import PATH… [--period P] [--dry-run] [--received YYYY-MM-DD] */
import { AppError } from '../../../shared/errors';
import { STATUS_LABEL } from '../../../shared/import/import-report';
import { collectPaths } from '../../import/collect-files';
import { importFiles } from '../../import/import-service';
import { bool, str, type CliCommand } from '../types';

export const importCommand: CliCommand = {
  name: 'import',
  summary: '导入填报表（文件、文件夹、zip），--dry-run 只检查不写入',
  usage: 'import PATH… [--period P] [--dry-run] [--received YYYY-MM-DD]',
  flags: { period: 'string', 'dry-run': 'boolean', received: 'string' },
  async run(ctx, args, io) {
    if (!args.positionals.length) throw new AppError('usage', '请给出要导入的文件、文件夹或 zip 路径');
    const { files, refused } = collectPaths(args.positionals);
    if (!files.length && !refused.length) throw new AppError('validation', '没有找到可导入的 .xlsx/.xls 文件');
    const dryRun = bool(args, 'dry-run');
    const report = await importFiles(ctx, files, refused, { dryRun, period: str(args, 'period') ?? null, received: str(args, 'received') ?? null });
    if (io.json) io.printJson(report);
    else {
      io.print(`${dryRun ? '【试导入，未写入数据库】' : '【导入结果】'}共 ${report.totals.files} 个文件：` +
        `可导入 ${report.totals.accepted}，有警告 ${report.totals.warning}，替换旧版本 ${report.totals.superseded}，` +
        `未变化 ${report.totals.unchanged}，拒绝 ${report.totals.rejected}`);
      for (const f of report.files) {
        const who = f.institution ? `${f.institution} ${f.period ?? ''}${f.version ? ` 第${f.version}版` : ''}` : '';
        io.print(`  [${STATUS_LABEL[f.status]}] ${f.file}${who ? ' → ' + who : ''}${f.identifiedBy ? `（识别依据：${f.identifiedBy}）` : ''}` +
          (f.status === 'rejected' || f.status === 'unchanged' ? '' : `  数据 ${f.values} 项；台账 新增 ${f.ledger.new}、变化 ${f.ledger.changed}、未变 ${f.ledger.unchanged}`));
      }
    }
    for (const f of report.files) for (const i of f.issues) if (i.severity === '错误' || !io.json) io.warn(`  [${i.severity}] ${i.message.startsWith(f.file) ? i.message : `${f.file}：${i.message}`}`);
    if (report.totals.rejected > 0) {
      io.warn(`有 ${report.totals.rejected} 个文件被拒绝（见上方错误，含工作表和单元格位置）；其余文件${dryRun ? '可以导入' : '已导入'}。`);
      return 1;
    }
    return 0;
  },
};
