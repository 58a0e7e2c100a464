/** lead template | import | list | stats: complaint leads. */
import { AppError } from '../../../shared/errors';
import type { LeadView } from '../../../shared/ipc/contract/inspections';
import type { AppContext } from '../../services/app-context';
import { importLeads, leadTemplate } from '../../services/lead-import';
import { leadStatsFor, listLeads } from '../../services/lead-service';
import { bool, str, type CliCommand, type CliIo, type ParsedArgs } from '../types';
import { checkSubFlags, importRecords, writeTemplate } from './record-cli';

const SUB_FLAGS: Record<string, string[]> = { template: ['out'], import: ['dry-run'], list: ['status', 'overdue'], stats: ['period'] };

export function leadJson(v: LeadView) {
  return {
    leadNo: v.leadNo, receivedDate: v.receivedDate, channel: v.channel, subject: v.subjectText, institution: v.institution, districtCode: v.districtCode,
    content: v.content, handlingUnit: v.handlingUnit, deadline: v.deadline, status: v.status, verdict: v.verdict, verifiedDate: v.verifiedDate,
    result: v.result, closedDate: v.closedDate, focusCode: v.focusCode, ledgerNo: v.ledgerNo, issueStatus: v.issueStatus, overdue: v.overdue,
    isTypical: v.isTypical, isExposed: v.isExposed, publicText: v.publicText,
  };
}

function allLeads(ctx: AppContext, status: string | undefined, overdue: boolean): LeadView[] {
  const out: LeadView[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = listLeads(ctx, { status, overdue, offset, limit: 500 });
    out.push(...page.rows);
    if (out.length >= page.total || !page.rows.length) return out;
  }
}

function list(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const rows = allLeads(ctx, str(args, 'status'), bool(args, 'overdue'));
  if (io.json) { io.printJson(rows.map(leadJson)); return; }
  if (!rows.length) { io.print('（没有符合条件的线索。可用 lead template --out 举报线索登记表.xlsx 取得模板。）'); return; }
  for (const v of rows) {
    io.print(`${v.leadNo}  ${v.receivedDate}  ${v.channel}  ${v.subjectText}  ${v.status}${v.verdict && v.verdict !== v.status ? `（${v.verdict}）` : ''}` +
      `  时限 ${v.deadline}${v.overdue ? '  【已逾期】' : ''}${v.ledgerNo ? `  台账 ${v.ledgerNo}` : ''}`);
  }
  io.print(`共 ${rows.length} 条，其中逾期未办结 ${rows.filter((r) => r.overdue).length} 条`);
}

function stats(ctx: AppContext, args: ParsedArgs, io: CliIo): void {
  const s = leadStatsFor(ctx, str(args, 'period'));
  if (io.json) { io.printJson(s); return; }
  const c = s.cumulative;
  io.print(`截至 ${s.asOf}：受理 ${c.received} 件，已核查 ${c.verified} 件，已办结 ${c.closed} 件，查实 ${c.substantiated} 件；逾期未办结 ${s.overdue} 件。`);
  io.print(`核查率 ${s.rates.verification.text}，办结率 ${s.rates.closure.text}，查实率 ${s.rates.substantiation.text}，按期办结率 ${s.rates.onTime.text}（${s.closedOnTime}/${s.dueByCutoff}）。`);
  if (s.period) io.print(`本期：受理 ${s.period.received} 件，核查 ${s.period.verified} 件，办结 ${s.period.closed} 件，查实 ${s.period.substantiated} 件。`);
}

export const leadCommand: CliCommand = {
  name: 'lead',
  summary: '举报线索：模板、导入（全部或全不）、列表（标出逾期）、统计',
  usage: 'lead template --out F.xlsx | lead import F.xlsx [--dry-run] | lead list [--status 状态] [--overdue] | lead stats [--period P]',
  flags: { out: 'string', 'dry-run': 'boolean', status: 'string', overdue: 'boolean', period: 'string' },
  subcommands: ['template', 'import', 'list', 'stats'],
  async run(ctx, args, io) {
    const sub = args.positionals[0];
    checkSubFlags('lead', sub, args, SUB_FLAGS);
    if (sub === 'template') return writeTemplate(args, io, { cmd: 'lead', what: '举报线索登记表', make: () => leadTemplate(ctx) });
    if (sub === 'import') return importRecords(ctx, args, io, { cmd: 'lead', what: '举报线索', run: importLeads });
    if (sub === 'stats') return stats(ctx, args, io);
    if (sub === 'list') return list(ctx, args, io);
    throw new AppError('usage', `未知子命令：${sub}`);
  },
};
