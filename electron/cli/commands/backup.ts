/** backup --out F, restore F */
import { AppError } from '../../../shared/errors';
import { backupTo, restoreFrom } from '../../services/backup-service';
import { str, type CliCommand } from '../types';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: '在线备份数据库到文件',
  usage: 'backup --out F',
  flags: { out: 'string' },
  run(ctx, args, io) {
    const out = str(args, 'out');
    if (!out) throw new AppError('usage', '用法：backup --out 文件');
    const r = backupTo(ctx, out);
    if (io.json) io.printJson({ file: r.file });
    else io.print(`已备份到 ${r.file}（${(r.bytes / 1024).toFixed(0)} KB）`);
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '从备份恢复（先校验完整性和版本，当前数据自动另存）',
  usage: 'restore F',
  flags: {},
  run(ctx, args, io) {
    const file = args.positionals[0];
    if (!file) throw new AppError('usage', '用法：restore 备份文件');
    const r = restoreFrom(ctx, file);
    if (io.json) io.printJson({ schemaVersion: r.schemaVersion, campaigns: r.campaigns, institutions: r.institutions, submissions: r.submissions });
    else io.print(`已恢复：${r.campaigns} 个专项、${r.institutions} 家机构、${r.submissions} 份报送。恢复前的数据已另存为 ${r.previous}`);
  },
};
