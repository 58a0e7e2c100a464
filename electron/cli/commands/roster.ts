/** roster template | import | list: the institution roster from the command line. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError, formatIssue } from '../../../shared/errors';
import type { Institution } from '../../../shared/domain/institution';
import { categoryGroup } from '../../../shared/domain/institution-category';
import { allRoster, importRoster, rosterTemplate } from '../../services/roster-service';
import { bool, str, type CliCommand, type CliIo, type ParsedArgs } from '../types';
import type { AppContext } from '../../services/app-context';

/** JSON view of an institution: no internal id, deterministic for the same roster. */
export function institutionView(i: Institution) {
  return {
    districtCode: i.districtCode,
    districtName: i.districtName,
    name: i.name,
    aliases: i.aliases,
    uscc: i.uscc,
    licenceNo: i.licenceNo,
    category: i.category,
    categoryGroup: categoryGroup(i.category),
    ownership: i.ownership,
    level: i.level,
    provincialDirect: i.provincialDirect,
    contactPerson: i.contactPerson,
    contactPhone: i.contactPhone,
    retiredAt: i.retiredAt,
  };
}

const SUB_FLAGS: Record<string, string[]> = { template: ['out'], import: ['dry-run'], list: ['all', 'query', 'district'] };

function checkFlags(sub: string, args: ParsedArgs): void {
  const extra = Object.keys(args.flags).filter((f) => !SUB_FLAGS[sub].includes(f));
  if (extra.length) throw new AppError('usage', `roster ${sub} 不接受选项：${extra.map((f) => `--${f}`).join(' ')}`);
}

async function template(ctx: AppContext, args: ParsedArgs, io: CliIo): Promise<void> {
  const out = str(args, 'out');
  if (!out) throw new AppError('usage', '请用 --out 指定模板文件，例如：roster template --out 机构名册.xlsx');
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await rosterTemplate(ctx));
  if (io.json) io.printJson({ out: file });
  else io.print(`已生成机构名册模板：${file}\n在“机构名册”表第3行起填写，填好后运行：roster import ${JSON.stringify(out)}`);
}

async function importCmd(ctx: AppContext, args: ParsedArgs, io: CliIo): Promise<number> {
  const files = args.positionals.slice(1);
  if (files.length !== 1) throw new AppError('usage', '用法：roster import 名册.xlsx [--dry-run]（一次导入一个文件）');
  const file = path.resolve(files[0]);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('validation', `找不到文件：${file}`);
  const dryRun = bool(args, 'dry-run');
  try {
    const r = await importRoster(ctx, fs.readFileSync(file), path.basename(file), { dryRun });
    for (const i of r.issues) io.warn(`  [${i.severity}] ${formatIssue(i)}`);
    if (io.json) io.printJson(r);
    else {
      const verb = dryRun ? '试导入（未写入任何数据）：将' : '已导入名册：';
      io.print(`${verb}新增 ${r.added} 个、更新 ${r.updated} 个、未变化 ${r.unchanged} 个机构（共 ${r.total} 行，文件“${r.fileName}”，工作表“${r.sheet}”）。`);
    }
    return 0;
  } catch (e) {
    // With --json the rejection is still one JSON document on stdout; messages go to stderr too.
    if (!io.json || !(e instanceof AppError) || e.code !== 'validation') throw e;
    io.printJson({ fileName: path.basename(file), dryRun, committed: false, rejected: true, message: e.message, issues: e.details ?? [] });
    io.warn(`错误：${e.message}`);
    for (const d of e.details ?? []) io.warn(`  [${d.severity}] ${formatIssue(d)}`);
    return 1;
  }
}

function list(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const rows = allRoster(ctx, { includeRetired: bool(args, 'all'), districtCode: str(args, 'district') });
  const q = str(args, 'query')?.trim().toUpperCase();
  const shown = q ? rows.filter((i) => [i.name, ...i.aliases, i.uscc ?? '', i.licenceNo ?? ''].some((t) => t.toUpperCase().includes(q))) : rows;
  if (io.json) { io.printJson(shown.map(institutionView)); return; }
  if (!shown.length) { io.print('（名册中还没有机构。先运行 roster template --out 名册.xlsx 填写后 roster import 导入。）'); return; }
  const lines = shown.map((i) => [
    i.districtCode, i.districtName, i.name, i.uscc ?? i.licenceNo ?? '', i.category, i.ownership, i.level,
    i.provincialDirect ? '省直省管' : '', i.retiredAt ? `已停用 ${i.retiredAt.slice(0, 10)}` : '',
  ].filter(Boolean).join('  '));
  io.print([...lines, `共 ${shown.length} 个机构`].join('\n'));
}

export const rosterCommand: CliCommand = {
  name: 'roster',
  summary: '机构名册：下载模板、导入（全部或全不）、列表',
  usage: 'roster template --out F.xlsx | roster import F.xlsx [--dry-run] | roster list [--all] [--query 文本] [--district 代码]',
  flags: { out: 'string', 'dry-run': 'boolean', all: 'boolean', query: 'string', district: 'string' },
  subcommands: ['template', 'import', 'list'],
  async run(ctx, args, io) {
    const sub = args.positionals[0];
    checkFlags(sub, args);
    if (sub === 'template') return template(ctx, args, io);
    if (sub === 'import') return importCmd(ctx, args, io);
    return list(ctx, args, io);
  },
};
