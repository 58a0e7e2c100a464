/** period lock|reopen P --reason TEXT, period history */
import { AppError } from '../../../shared/errors';
import { requireCampaign, requirePeriod } from '../../services/campaign-service';
import { lockHistory, lockPeriod, reopenPeriod } from '../../services/period-lock-service';
import { str, type CliCommand } from '../types';

export const periodCommand: CliCommand = {
  name: 'period',
  summary: '报告期封账 / 重新开放（需说明理由） / 查看记录',
  usage: 'period lock|reopen P --reason 文字 | period history',
  flags: { reason: 'string' },
  subcommands: ['lock', 'reopen', 'history'],
  run(ctx, args, io) {
    const c = requireCampaign(ctx);
    const [sub, code] = args.positionals;
    if (sub === 'history') {
      const h = lockHistory(ctx.db, c.id);
      if (io.json) io.printJson(h.map(({ at: _a, ...e }) => e));
      else io.print(h.length ? h.map((e) => `${e.at.slice(0, 16)}  ${e.period_code}  ${e.action === 'lock' ? '封账' : '重新开放'}  ${e.operator}：${e.reason}`).join('\n') : '（没有封账记录）');
      return;
    }
    if (!code) throw new AppError('usage', `用法：period ${sub} 报告期 --reason 理由`);
    const reason = str(args, 'reason');
    if (!reason) throw new AppError('usage', '请用 --reason 说明理由');
    const p = requirePeriod(c, code);
    const e = sub === 'lock' ? lockPeriod(ctx, c, p.code, reason) : reopenPeriod(ctx, c, p.code, reason);
    if (io.json) io.printJson({ period: e.period_code, action: e.action, reason: e.reason });
    else io.print(`${p.label}（${p.code}）已${e.action === 'lock' ? '封账' : '重新开放'}：${e.reason}`);
  },
};
