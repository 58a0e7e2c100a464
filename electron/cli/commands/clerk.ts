/**
 * The clerk's week from the command line: exceptions (延期/免报), send-backs (退回修改) and
 * corrections (更正). Units are named by USCC or licence number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { normalizeUscc } from '../../../shared/domain/uscc';
import { correctLedger, correctValue, removeException, sendBack, setException } from '../../services/clerk-service';
import type { AppContext } from '../../services/app-context';
import { str, type CliCommand, type ParsedArgs } from '../types';

function unitId(ctx: AppContext, code: string | undefined): number {
  if (!code) throw new AppError('usage', '请用 --institution 指定机构的统一社会信用代码或执业许可证登记号');
  const k = normalizeUscc(code);
  const r = ctx.db.prepare('SELECT id FROM institutions WHERE uscc = ? OR licence_no = ?').get(k, k) as { id: number } | undefined;
  if (!r) throw new AppError('validation', `名册中没有代码为“${code}”的机构`);
  return r.id;
}

function need(args: ParsedArgs, name: string): string {
  const v = str(args, name);
  if (!v) throw new AppError('usage', `缺少 --${name}`);
  return v;
}

export const exceptionCommand: CliCommand = {
  name: 'exception',
  summary: '延期 / 免报 / 撤销（须说明理由）',
  usage: 'exception extend|exempt|remove --institution USCC --period P [--until YYYY-MM-DD] --reason 文字',
  flags: { institution: 'string', period: 'string', until: 'string', reason: 'string' },
  subcommands: ['extend', 'exempt', 'remove'],
  run(ctx, args, io) {
    const sub = args.positionals[0];
    const id = unitId(ctx, str(args, 'institution'));
    const period = need(args, 'period');
    const reason = need(args, 'reason');
    if (sub === 'remove') {
      removeException(ctx, id, period, reason);
      if (io.json) io.printJson({ removed: true }); else io.print('已撤销');
      return;
    }
    const r = setException(ctx, { institutionId: id, period, kind: sub === 'extend' ? 'extension' : 'exemption', newDue: str(args, 'until') ?? null, reason });
    if (io.json) io.printJson(r);
    else io.print(`${r.institution} ${r.period}：${r.kind === 'extension' ? `延期至 ${r.newDue}` : '本期免报'}（${r.reason}）`);
  },
};

export const submissionCommand: CliCommand = {
  name: 'submission',
  summary: '退回修改（生成标注文件）',
  usage: 'submission return ID --reason 文字 --out F.xlsx',
  flags: { reason: 'string', out: 'string' },
  subcommands: ['return'],
  async run(ctx, args, io) {
    const id = Number(args.positionals[1]);
    if (!Number.isInteger(id)) throw new AppError('usage', '用法：submission return 报送编号 --reason 理由 --out 文件');
    const r = await sendBack(ctx, id, need(args, 'reason'));
    const out = need(args, 'out');
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, r.bytes);
    if (io.json) io.printJson({ returned: id, file: path.resolve(out) }); else io.print(`已退回，标注文件：${path.resolve(out)}`);
  },
};

export const correctCommand: CliCommand = {
  name: 'correct',
  summary: '更正单个数值或台账字段（保留原值，须说明理由）',
  usage: 'correct value --submission ID --indicator CODE [--focus F1] --value V --reason 文字 | correct ledger --issue ID --field F --value V --reason 文字',
  flags: { submission: 'string', indicator: 'string', focus: 'string', value: 'string', reason: 'string', issue: 'string', field: 'string' },
  subcommands: ['value', 'ledger'],
  run(ctx, args, io) {
    const r = args.positionals[0] === 'value'
      ? correctValue(ctx, { submissionId: Number(need(args, 'submission')), indicator: need(args, 'indicator'), focus: str(args, 'focus') ?? '', value: need(args, 'value'), reason: need(args, 'reason') })
      : correctLedger(ctx, { issueId: Number(need(args, 'issue')), field: need(args, 'field'), value: need(args, 'value'), reason: need(args, 'reason') });
    if (io.json) io.printJson(r); else io.print(`已更正：${String(r.old ?? '（空）')} → ${String(r.new)}`);
  },
};
