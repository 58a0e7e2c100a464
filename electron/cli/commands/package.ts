/** package export --period P --out F.zip */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { buildPackage } from '../../packages/package-export';
import { summaryXlsxForPackage } from '../../packages/package-extras';
import { str, type CliCommand } from '../types';

export const packageCommand: CliCommand = {
  name: 'package',
  summary: '上报数据包：export 导出本级数据（含 manifest.json 校验清单）',
  usage: 'package export --period P --out F.zip',
  flags: { period: 'string', out: 'string', 'dry-run': 'boolean' },
  subcommands: ['export'],
  async run(ctx, args, io) {
    const period = str(args, 'period');
    const out = str(args, 'out');
    if (!period || !out) throw new AppError('usage', '用法：package export --period P --out F.zip');
    const { bytes, manifest } = buildPackage(ctx, period, { summaryXlsx: await summaryXlsxForPackage(ctx, period) });
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, bytes);
    if (io.json) io.printJson({ out: path.resolve(out), period: manifest.period, campaign: manifest.campaign.code, entries: Object.keys(manifest.entries) });
    else io.print(`已生成上报数据包：${path.resolve(out)}（${Object.keys(manifest.entries).length} 个数据文件 + manifest.json）`);
  },
};
