/**
 * roster template | import | list: the institution roster from the command line. `import --dry-run`
 * lists the rows 需要确认 (name matches a stored institution, codes do not) with their candidates;
 * `import --decisions F.json` commits with the clerk's 合并/新增/跳过 for them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError, formatIssue } from '../../../shared/errors';
import type { Institution } from '../../../shared/domain/institution';
import { rosterDecisionSchema, type RosterDecision, type RosterImportReport } from '../../../shared/ipc/contract/roster';
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

const SUB_FLAGS: Record<string, string[]> = { template: ['out'], import: ['dry-run', 'decisions'], list: ['all', 'query', 'district'] };

const decisionFileSchema = z.union([z.array(rosterDecisionSchema), z.object({ decisions: z.array(rosterDecisionSchema) }).strict()]);

/** decisions.json: `[{ "row": 5, "action": "merge", "targetId": 12 }, …]` (or `{ "decisions": [...] }`). */
export function readDecisionFile(file: string): RosterDecision[] {
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new AppError('validation', `找不到决定文件：${full}`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('validation', `决定文件“${path.basename(full)}”不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = decisionFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('validation',
      `决定文件“${path.basename(full)}”格式不对（${first.path.join('.') || '顶层'}：${first.message}）。应为数组，每项如 {"row": 5, "action": "merge", "targetId": 12}，action 为 merge（合并）、add（新增）或 skip（跳过）。`);
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.decisions;
}

const ACTION_CN: Record<RosterDecision['action'], string> = { merge: '合并', add: '新增', skip: '跳过' };

/** The 需要确认 rows as text: each row, its candidates with the id a decision names, and the choice. */
function decisionText(r: RosterImportReport): string {
  if (!r.decisions.length) return '';
  const lines = [`需要确认的行（${r.decisions.length}）：名称或简称与名册中的机构相同，但代码不同或缺少代码。`];
  for (const d of r.decisions) {
    const code = d.uscc ?? (d.licenceNo ? `登记号${d.licenceNo}` : '无代码');
    const chosen = d.decision ? `  → 已选择：${ACTION_CN[d.decision.action]}${d.decision.targetId !== undefined ? `（编号 ${d.decision.targetId}）` : ''}` : '  → 尚未选择';
    lines.push(`  第${d.row}行 ${d.name}（${d.districtName}，${code}）${chosen}`);
    for (const c of d.candidates) {
      lines.push(`      候选 编号 ${c.id}：${c.name}（${c.districtName}，${c.uscc ?? (c.licenceNo ? `登记号${c.licenceNo}` : '无代码')}，${c.matchedBy}相同${c.retiredAt ? '，已停用' : ''}）`);
    }
  }
  const example = r.decisions.filter((d) => !d.decision).map((d) => (d.candidates.length === 1
    ? { row: d.row, action: 'merge', targetId: d.candidates[0].id }
    : { row: d.row, action: 'add' }));
  if (example.length) {
    lines.push('请写一个决定文件（JSON，每行一项；action：merge 合并到候选、add 作为新机构新增、skip 跳过），例如：');
    lines.push(`  ${JSON.stringify(example)}`);
    lines.push('然后运行：roster import 文件.xlsx --decisions 决定.json');
  }
  return lines.join('\n');
}

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
  if (files.length !== 1) throw new AppError('usage', '用法：roster import 名册.xlsx [--dry-run] [--decisions 决定.json]（一次导入一个文件）');
  const file = path.resolve(files[0]);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('validation', `找不到文件：${file}`);
  const dryRun = bool(args, 'dry-run');
  const decisionFile = str(args, 'decisions');
  try {
    const decisions = decisionFile ? readDecisionFile(decisionFile) : [];
    const r = await importRoster(ctx, fs.readFileSync(file), path.basename(file), { dryRun, decisions });
    for (const i of r.issues) io.warn(`  [${i.severity}] ${formatIssue(i)}`);
    if (io.json) io.printJson(r);
    else {
      const verb = dryRun ? '试导入（未写入任何数据）：将' : '已导入名册：';
      const extra = `${r.skipped ? `、跳过 ${r.skipped} 行` : ''}${r.undecided ? `、需要确认 ${r.undecided} 行` : ''}`;
      io.print(`${verb}新增 ${r.added} 个、更新 ${r.updated} 个、未变化 ${r.unchanged} 个机构${extra}（共 ${r.total} 行，文件“${r.fileName}”，工作表“${r.sheet}”）。`);
      const text = decisionText(r);
      if (text) io.print(text);
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
  summary: '机构名册：下载模板、导入（全部或全不；同名不同代码的行需确认合并/新增/跳过）、列表',
  usage: 'roster template --out F.xlsx | roster import F.xlsx [--dry-run] [--decisions 决定.json] | roster list [--all] [--query 文本] [--district 代码]',
  flags: { out: 'string', 'dry-run': 'boolean', decisions: 'string', all: 'boolean', query: 'string', district: 'string' },
  subcommands: ['template', 'import', 'list'],
  async run(ctx, args, io) {
    const sub = args.positionals[0];
    checkFlags(sub, args);
    if (sub === 'template') return template(ctx, args, io);
    if (sub === 'import') return importCmd(ctx, args, io);
    return list(ctx, args, io);
  },
};
