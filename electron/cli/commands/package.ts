/** package export --period P --out F.zip [--include-personal] | package import F.zip [--dry-run] */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { buildPackage } from '../../packages/package-export';
import { importPackage, PACKAGE_RULES } from '../../packages/package-import';
import { summaryXlsxForPackage } from '../../packages/package-extras';
import { bool, str, type CliCommand } from '../types';

export const packageCommand: CliCommand = {
  name: 'package',
  summary: '上报数据包：export 导出本级数据（含 manifest.json 校验清单）；import 导入下级数据包',
  usage: 'package export --period P --out F.zip [--include-personal] | package import F.zip [--dry-run] [--received D]',
  flags: { period: 'string', out: 'string', 'dry-run': 'boolean', received: 'string', 'include-personal': 'boolean' },
  subcommands: ['export', 'import'],
  async run(ctx, args, io) {
    if (args.positionals[0] === 'import') {
      const file = args.positionals[1];
      if (!file) throw new AppError('usage', '用法：package import F.zip [--dry-run]');
      if (!fs.existsSync(file)) throw new AppError('validation', `文件不存在：${file}`);
      const r = importPackage(ctx, fs.readFileSync(file), { dryRun: bool(args, 'dry-run'), received: str(args, 'received') ?? null, fileName: path.basename(file) });
      if (io.json) { io.printJson(r); return; }
      io.print(`${r.dryRun ? '【试导入，未写入】' : '【已导入】'}${r.sender}${r.senderIsNew ? '（新上报单位）' : ''} ${r.period} 数据包${r.replacesPrevious ? '，替换该单位本期上一份数据包' : ''}`);
      io.print(`  报送：新增 ${r.counts.new}，替换 ${r.counts.replace}，未变 ${r.counts.unchanged}，因本级已直接报送而跳过 ${r.counts['skipped-direct']}；台账问题 ${r.ledgerIssues} 条；新加入名册的机构 ${r.newInstitutions.length} 家`);
      io.print(PACKAGE_RULES.map((t) => `  规则：${t}`).join('\n'));
      return;
    }
    const period = str(args, 'period');
    const out = str(args, 'out');
    if (!period || !out) throw new AppError('usage', '用法：package export --period P --out F.zip');
    // Personal data is masked unless --include-personal (recorded in the manifest and the audit log).
    const includePersonal = bool(args, 'include-personal');
    const { bytes, manifest } = buildPackage(ctx, period, { summaryXlsx: await summaryXlsxForPackage(ctx, period, includePersonal) }, { includePersonal });
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, bytes);
    if (io.json) io.printJson({ out: path.resolve(out), period: manifest.period, campaign: manifest.campaign.code, entries: Object.keys(manifest.entries), personalData: manifest.personalData });
    else io.print(`已生成上报数据包：${path.resolve(out)}（${Object.keys(manifest.entries).length} 个数据文件 + manifest.json；${includePersonal ? '含个人信息，已记入操作日志' : '个人信息已隐去'}）`);
  },
};
