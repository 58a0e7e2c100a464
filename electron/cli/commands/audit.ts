/** audit list [--limit N] [--action A] | audit export --out F.xlsx [--action A]: the append-only log. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { AuditEntryView } from '../../../shared/ipc/contract/audit';
import { auditWorkbook, localTime } from '../../reports/audit-export';
import { today } from '../../services/app-context';
import { auditEntries, auditPage } from '../../services/audit-log';
import { str, type CliCommand } from '../types';

const SUB_FLAGS: Record<string, string[]> = { list: ['limit', 'action'], export: ['out', 'action'] };

/** JSON view: no internal row id (the CLI's JSON is deterministic for the same data). */
function entryJson(e: AuditEntryView) {
  return { at: e.at, operator: e.operator, action: e.action, label: e.label, entity: e.entity, entityId: e.entityId, summary: e.summary, detail: e.detail, source: e.source };
}

function limitOf(raw: string | undefined): number {
  if (raw === undefined) return 50;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new AppError('usage', `--limit 应为 1 到 10000 之间的整数：${raw}`);
  return n;
}

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: '操作日志（只增不改）：查看最近记录 / 导出为 Excel',
  usage: 'audit list [--limit N] [--action 代码] | audit export --out F.xlsx [--action 代码]',
  flags: { limit: 'string', action: 'string', out: 'string' },
  subcommands: ['list', 'export'],
  async run(ctx, args, io) {
    const sub = args.positionals[0];
    const extra = Object.keys(args.flags).filter((f) => !SUB_FLAGS[sub].includes(f));
    if (extra.length) throw new AppError('usage', `audit ${sub} 不接受选项：${extra.map((f) => `--${f}`).join(' ')}`);
    if (args.positionals.length > 1) throw new AppError('usage', `audit ${sub} 不接受参数：${args.positionals.slice(1).join(' ')}`);
    const action = str(args, 'action');
    const total = auditPage(ctx, { action, limit: 1 }).total;
    if (sub === 'list') {
      const limit = limitOf(str(args, 'limit'));
      const rows: AuditEntryView[] = [];
      for (const e of auditEntries(ctx, { action })) {
        if (rows.length >= limit) break;
        rows.push(e);
      }
      if (io.json) { io.printJson({ total, entries: rows.map(entryJson) }); return; }
      if (!rows.length) { io.print('（操作日志为空）'); return; }
      for (const e of rows) io.print(`${localTime(e.at)}  ${e.operator}  ${e.label}${e.summary ? `  ${e.summary}` : ''}`);
      io.print(`共 ${total} 条，显示最近 ${rows.length} 条。`);
      return;
    }
    const out = str(args, 'out');
    if (!out) throw new AppError('usage', '请用 --out 指定导出文件，例如：audit export --out 操作日志.xlsx');
    const bytes = await auditWorkbook(auditEntries(ctx, { action }), `操作日志（导出日期：${today(ctx)}）`);
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, bytes);
    if (io.json) io.printJson({ file: path.resolve(out), entries: total });
    else io.print(`已导出 ${total} 条操作日志到 ${path.resolve(out)}`);
  },
};
