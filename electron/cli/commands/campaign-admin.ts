/**
 * campaign archive | unarchive | export | import: read-only archiving and sending a campaign's
 * definition (with a district's roster) down to a district bureau.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, formatIssue } from '../../../shared/errors';
import type { DefinitionImportReport } from '../../../shared/ipc/contract/campaign';
import { archiveCampaign, archiveInfo, unarchiveCampaign } from '../../services/campaign-service';
import { exportDefinition, importDefinition } from '../../services/campaign-transfer';
import type { AppContext } from '../../services/app-context';
import type { Campaign } from '../../../shared/domain/campaign';
import { bool, str, type CliIo, type ParsedArgs } from '../types';

// Same view as `campaign show`: no internal id or creation time.
function view(c: Campaign) {
  const { id: _id, createdAt: _t, ...rest } = c;
  return rest;
}

export const ADMIN_FLAGS: Record<string, string[]> = {
  archive: ['reason'], unarchive: ['reason'], export: ['out', 'district'], import: ['dry-run'],
};

function codeArg(args: ParsedArgs, sub: string): string {
  const code = args.positionals[1];
  if (!code || args.positionals.length > 2) throw new AppError('usage', `用法：campaign ${sub} 专项代码 --reason 理由（专项代码见 campaign list）`);
  return code;
}

function reasonArg(args: ParsedArgs, sub: string): string {
  const reason = str(args, 'reason');
  if (!reason?.trim()) throw new AppError('usage', `campaign ${sub} 需要用 --reason 说明理由，例如：--reason "专项已结束，总结报告已上报"`);
  return reason;
}

export function archiveCmd(ctx: AppContext, args: ParsedArgs, io: CliIo, sub: 'archive' | 'unarchive'): void {
  const code = codeArg(args, sub);
  const reason = reasonArg(args, sub);
  const c = sub === 'archive' ? archiveCampaign(ctx, code, reason) : unarchiveCampaign(ctx, code, reason);
  if (io.json) { io.printJson({ ...view(c), archive: archiveInfo(ctx, code) }); return; }
  io.print(sub === 'archive'
    ? `已归档专项“${c.name}”（${c.code}），现为只读：导入、更正、延期免报、封账、印发文书、下级数据包导入和修改设置都会被拒绝。取消归档：campaign unarchive ${c.code} --reason 理由`
    : `已取消归档专项“${c.name}”（${c.code}），可以继续导入和修改。`);
}

export function exportCmd(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const out = str(args, 'out');
  if (!out) throw new AppError('usage', '请用 --out 指定输出文件，例如：campaign export --out 专项定义.json [--district 321302]');
  const r = exportDefinition(ctx, { district: str(args, 'district') ?? null });
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, r.bytes);
  const summary = { out: file, code: r.file.code, district: r.file.district, institutions: r.file.institutions.length };
  if (io.json) { io.printJson(summary); return; }
  io.print(`已导出专项定义“${r.file.definition.name}”（${r.file.code}）${r.file.district ? `及${r.file.district.name}的 ${summary.institutions} 个机构` : `及名册中的 ${summary.institutions} 个机构`}：${file}\n` +
    `下级单位在其电脑上运行：campaign import ${JSON.stringify(path.basename(file))}（或界面“设置”→“导入专项定义”）。`);
}

function describeImport(r: DefinitionImportReport): string {
  const verb = r.dryRun ? '试导入（未写入任何数据）：将' : '已导入专项定义：';
  const what = { create: '创建专项', update: '更新专项定义', unchanged: '专项定义无变化' }[r.campaign];
  const n = r.institutions;
  const lines = [`${verb}${what}“${r.name}”（${r.code}）；名册新增 ${n.added} 个、更新 ${n.updated} 个、未变化 ${n.unchanged} 个机构${n.skipped ? `、跳过 ${n.skipped} 个` : ''}。`];
  for (const s of r.skipped) lines.push(`  跳过：${s.name}（${s.uscc ?? s.licenceNo ?? '无代码'}）— ${s.reason.replace(/请选择.*$/, '未自动合并，请在机构名册中核对后用名册导入处理')}`);
  lines.push(...r.notes.map((t) => `提示：${t}`));
  return lines.join('\n');
}

export function importCmd(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const files = args.positionals.slice(1);
  if (files.length !== 1) throw new AppError('usage', '用法：campaign import 专项定义.json [--dry-run]');
  const file = path.resolve(files[0]);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('validation', `找不到文件：${file}`);
  const r = importDefinition(ctx, fs.readFileSync(file), path.basename(file), { dryRun: bool(args, 'dry-run') });
  for (const i of r.issues) io.warn(`  [${i.severity}] ${formatIssue(i)}`);
  if (io.json) io.printJson(r);
  else io.print(describeImport(r));
}
