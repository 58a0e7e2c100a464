/** Shared by `inspection` and `lead`: the template/import sub-commands and their output. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, formatIssue } from '../../../shared/errors';
import type { RecordImportReport } from '../../../shared/ipc/contract/inspections';
import type { AppContext } from '../../services/app-context';
import { bool, str, type CliIo, type ParsedArgs } from '../types';

export function checkSubFlags(cmd: string, sub: string, args: ParsedArgs, allowed: Record<string, string[]>): void {
  const extra = Object.keys(args.flags).filter((f) => !(allowed[sub] ?? []).includes(f));
  if (extra.length) throw new AppError('usage', `${cmd} ${sub} 不接受选项：${extra.map((f) => `--${f}`).join(' ')}`);
}

export async function writeTemplate(args: ParsedArgs, io: CliIo, o: { cmd: string; what: string; make: () => Promise<Buffer> }): Promise<void> {
  const out = str(args, 'out');
  if (!out) throw new AppError('usage', `请用 --out 指定模板文件，例如：${o.cmd} template --out ${o.what}.xlsx`);
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await o.make());
  if (io.json) io.printJson({ out: file });
  else io.print(`已生成${o.what}模板：${file}\n填好后运行：${o.cmd} import ${JSON.stringify(out)}`);
}

export async function importRecords(ctx: AppContext, args: ParsedArgs, io: CliIo, o: {
  cmd: string; what: string;
  run: (ctx: AppContext, bytes: Uint8Array, name: string, opt: { dryRun: boolean }) => Promise<RecordImportReport>;
}): Promise<number> {
  const files = args.positionals.slice(1);
  if (files.length !== 1) throw new AppError('usage', `用法：${o.cmd} import 文件.xlsx [--dry-run]（一次导入一个文件）`);
  const file = path.resolve(files[0]);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('validation', `找不到文件：${file}`);
  const dryRun = bool(args, 'dry-run');
  try {
    const r = await o.run(ctx, new Uint8Array(fs.readFileSync(file)), path.basename(file), { dryRun });
    for (const i of r.issues) io.warn(`  [${i.severity}] ${formatIssue(i)}`);
    if (io.json) io.printJson(r);
    else {
      io.print(`${dryRun ? '试导入（未写入任何数据）：将' : `已导入${o.what}：`}新增 ${r.added} 条、更新 ${r.updated} 条、未变化 ${r.unchanged} 条` +
        `（共 ${r.total} 行，工作表“${r.sheet}”）；问题台账新增 ${r.issuesCreated} 条、关联已有 ${r.issuesLinked} 条。`);
    }
    return 0;
  } catch (e) {
    if (!io.json || !(e instanceof AppError) || e.code !== 'validation') throw e;
    io.printJson({ fileName: path.basename(file), dryRun, committed: false, rejected: true, message: e.message, issues: e.details ?? [] });
    io.warn(`错误：${e.message}`);
    for (const d of e.details ?? []) io.warn(`  [${d.severity}] ${formatIssue(d)}`);
    return 1;
  }
}
