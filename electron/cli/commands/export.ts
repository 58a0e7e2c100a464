/** export --period P --out F.xlsx [--include-personal]: the 汇总表 workbook (see electron/reports/xlsx/summary-workbook.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { summaryWorkbook } from '../../reports/xlsx/summary-workbook';
import { bool, str, type CliCommand } from '../types';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: '导出汇总表（.xlsx：区县×整治重点、分区县、机构明细、问题台账、报送情况）',
  usage: 'export --period P --out 文件.xlsx [--include-personal]',
  flags: { period: 'string', out: 'string', 'include-personal': 'boolean' },
  async run(ctx, args, io) {
    const period = str(args, 'period');
    const out = str(args, 'out');
    if (!period || !out) throw new AppError('usage', '用法：export --period 报告期 --out 文件.xlsx');
    if (!/\.xlsx$/i.test(out)) throw new AppError('usage', `--out 应为 .xlsx 文件：${out}`);
    // Personal data in the ledger texts is masked unless --include-personal (audited).
    const bytes = await summaryWorkbook(ctx, { period, includePersonal: bool(args, 'include-personal') });
    const file = path.resolve(out);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
    } catch (e) {
      throw new AppError('io', `无法写入 ${file}：${e instanceof Error ? e.message : String(e)}（请检查路径，或先关闭在 Excel/WPS 中打开的同名文件）`);
    }
    if (io.json) io.printJson({ period, file: path.basename(file), sheets: ['区县×整治重点', '分区县汇总（本期+累计）', '机构明细', '问题台账', '报送汇总', '报送情况'] });
    else io.print(`已导出汇总表：${file}`);
  },
};
