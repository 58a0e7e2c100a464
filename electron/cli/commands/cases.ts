/** cases export --out F.xlsx [--exposed]: typical cases for publication. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { exportTypicalCases, listTypicalCases } from '../../services/case-service';
import { bool, str, type CliCommand } from '../types';

export const casesCommand: CliCommand = {
  name: 'cases',
  summary: '典型案例：导出标记为典型案例或已曝光的记录（--exposed 只导出已曝光）',
  usage: 'cases export --out F.xlsx [--exposed]',
  flags: { out: 'string', exposed: 'boolean' },
  subcommands: ['export'],
  async run(ctx, args, io) {
    const out = str(args, 'out');
    if (!out) throw new AppError('usage', '请用 --out 指定导出文件，例如：cases export --out 典型案例.xlsx');
    const exposedOnly = bool(args, 'exposed');
    const file = path.resolve(out);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await exportTypicalCases(ctx, { exposedOnly }));
    const rows = listTypicalCases(ctx, { exposedOnly });
    if (io.json) io.printJson({ out: file, count: rows.length, cases: rows.map(({ id: _id, ...r }) => r) });
    else io.print(`已导出典型案例 ${rows.length} 条（其中已曝光 ${rows.filter((r) => r.isExposed).length} 条）：${file}`);
  },
};
