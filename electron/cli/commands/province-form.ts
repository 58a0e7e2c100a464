/**
 * province-form map | mapping | fill: the province-issued 汇总表 filled with our figures.
 * `map --form F.xlsx` lists the form's fillable cells with their labels, the stored mapping and a
 * suggestion; `--set M.json` saves a mapping (the JSON `mapping` prints), `--accept-suggestions`
 * saves the suggestions for cells not yet mapped. `fill --period P --out G.xlsx` writes a copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError, formatIssue } from '../../../shared/errors';
import type { FormCellMapping } from '../../../shared/domain/province-form';
import { formCellMappingSchema, type ProvinceFormView } from '../../../shared/ipc/contract/province-form';
import type { AppContext } from '../../services/app-context';
import { fillProvinceForm, provinceFormView, saveProvinceFormMapping, storedMapping, type Upload } from '../../services/province-form-service';
import { bool, str, type CliCommand, type CliIo, type ParsedArgs } from '../types';

const SUB_FLAGS: Record<string, string[]> = { map: ['form', 'set', 'accept-suggestions'], mapping: ['out'], fill: ['form', 'period', 'out'] };

function readUpload(file: string | undefined): Upload | null {
  if (!file) return null;
  const full = path.resolve(file);
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) throw new AppError('validation', `找不到文件：${full}`);
  return { bytes: fs.readFileSync(full), fileName: path.basename(full) };
}

const mappingFile = z.union([z.array(formCellMappingSchema), z.object({ cells: z.array(formCellMappingSchema) }).passthrough()]);

function readMappingFile(file: string): FormCellMapping[] {
  const full = path.resolve(file);
  if (!fs.existsSync(full)) throw new AppError('validation', `找不到对应关系文件：${full}`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('validation', `对应关系文件“${path.basename(full)}”不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  const r = mappingFile.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new AppError('validation', `对应关系文件“${path.basename(full)}”格式不对（${i.path.join('.') || '顶层'}：${i.message}）。每项应如 {"sheet":"汇总表","cell":"C5","indicator":"C2","focus":"","measure":"period","scope":"total"}。`);
  }
  return Array.isArray(r.data) ? r.data : r.data.cells;
}

const MEASURE = { period: '本期', cumulative: '累计' } as const;

function mappingText(m: FormCellMapping, v: ProvinceFormView): string {
  const ind = v.options.indicators.find((i) => i.code === m.indicator);
  const focus = m.focus ? v.options.focusAreas.find((f) => f.code === m.focus)?.name ?? m.focus : '全部重点';
  const scope = m.scope === 'total' ? '全部' : v.options.districts.find((d) => d.code === m.scope)?.name ?? m.scope;
  return `${m.indicator} ${ind?.name ?? ''}（${focus}，${MEASURE[m.measure]}，${scope}${m.unit ? `，${m.unit}` : ''}）`;
}

function viewText(v: ProvinceFormView): string {
  const lines = [`汇总表“${v.formName}”${v.sameAsStored ? '（即已保存的汇总表）' : ''}可填数的单元格：`];
  for (const s of v.sheets) {
    if (!s.cells.length) continue;
    lines.push(`工作表“${s.name}”：`);
    for (const c of s.cells) {
      const tail = c.mapping ? `→ 已对应：${mappingText(c.mapping, v)}` : c.suggestion ? `→ 建议：${mappingText(c.suggestion, v)}` : '→ 未对应';
      lines.push(`  ${c.cell.padEnd(6)} 行：${c.rowLabel}　列：${c.colLabel}　${tail}`);
    }
  }
  for (const m of v.unplaced) lines.push(`注意：已保存的 ${m.sheet}!${m.cell}（${mappingText(m, v)}）在此汇总表中不能填数，请重新对应。`);
  const mapped = v.sheets.reduce((n, s) => n + s.cells.filter((c) => c.mapping).length, 0);
  lines.push(`已对应 ${mapped} 个单元格。保存对应关系：province-form map --form 文件 --set 对应.json（格式见 province-form mapping 的输出）或 --accept-suggestions。`);
  return lines.join('\n');
}

async function map(ctx: AppContext, args: ParsedArgs, io: CliIo): Promise<void> {
  const upload = readUpload(str(args, 'form'));
  const set = str(args, 'set');
  const accept = bool(args, 'accept-suggestions');
  if (set && accept) throw new AppError('usage', '--set 与 --accept-suggestions 只能选一个');
  if (set || accept) {
    let cells: FormCellMapping[];
    if (set) cells = readMappingFile(set);
    else {
      const v = await provinceFormView(ctx, upload);
      cells = v.sheets.flatMap((s) => s.cells.map((c) => c.mapping ?? c.suggestion).filter((m): m is FormCellMapping => m !== null));
    }
    const saved = await saveProvinceFormMapping(ctx, upload, cells);
    if (io.json) io.printJson(saved);
    else io.print(`已保存汇总表“${saved.formName}”的对应关系：${saved.cells.length} 个单元格。填写：province-form fill --period 报告期 --out 输出.xlsx`);
    return;
  }
  const v = await provinceFormView(ctx, upload);
  if (io.json) io.printJson(v);
  else io.print(viewText(v));
}

function mapping(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const m = storedMapping(ctx);
  if (!m) throw new AppError('validation', '还没有保存汇总表对应关系：先运行 province-form map --form 汇总表.xlsx。');
  const out = str(args, 'out');
  if (out) {
    fs.writeFileSync(path.resolve(out), JSON.stringify(m, null, 2) + '\n');
    if (!io.json) io.print(`已写出对应关系：${path.resolve(out)}（修改后用 province-form map --set 保存）`);
  }
  if (io.json || !out) io.printJson(m);
}

async function fill(ctx: AppContext, args: ParsedArgs, io: CliIo): Promise<void> {
  const period = str(args, 'period');
  const out = str(args, 'out');
  if (!period || !out) throw new AppError('usage', '用法：province-form fill --period 2023-06-H1 --out 已填汇总表.xlsx [--form 汇总表.xlsx]');
  const r = await fillProvinceForm(ctx, { period, upload: readUpload(str(args, 'form')) });
  const file = path.resolve(out);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, r.bytes);
  for (const b of r.report.blank) io.warn(`  [警告] ${formatIssue({ rule: 'province-form.blank', severity: '警告', sheet: b.sheet, cell: b.cell, message: b.reason })}`);
  if (io.json) io.printJson({ ...r.report, out: file });
  else io.print(`已填写汇总表（${r.report.periodLabel}）：${r.report.filled} 个单元格${r.report.blank.length ? `，${r.report.blank.length} 个无数据保持原样` : ''}：${file}`);
}

export const provinceFormCommand: CliCommand = {
  name: 'province-form',
  summary: '省里下发的汇总表：查看单元格并设置对应指标（map）、查看对应关系（mapping）、按报告期填写（fill）',
  usage: 'province-form map [--form F.xlsx] [--set M.json | --accept-suggestions] | mapping [--out M.json] | fill --period P --out G.xlsx [--form F.xlsx]',
  flags: { form: 'string', set: 'string', 'accept-suggestions': 'boolean', out: 'string', period: 'string' },
  subcommands: ['map', 'mapping', 'fill'],
  async run(ctx, args, io) {
    const sub = args.positionals[0];
    const extra = Object.keys(args.flags).filter((f) => !SUB_FLAGS[sub].includes(f));
    if (extra.length) throw new AppError('usage', `province-form ${sub} 不接受选项：${extra.map((f) => `--${f}`).join(' ')}`);
    if (args.positionals.length > 1) throw new AppError('usage', `province-form ${sub} 不接受参数：${args.positionals.slice(1).join(' ')}（文件请用 --form 指定）`);
    if (sub === 'map') return map(ctx, args, io);
    if (sub === 'mapping') return mapping(ctx, args, io);
    return fill(ctx, args, io);
  },
};
