/**
 * status --period P: 已报 / 逾期 / 未报 per district and per unit, days late, versions, and the
 * reminder text to paste into the WeChat group. --json: one document without internal ids.
 */
import { AppError } from '../../../shared/errors';
import type { StatusRow, SubmissionStatus } from '../../../shared/stats/types';
import { chineseDate } from '../../../shared/domain/period';
import { submissionStatus } from '../../services/stats-status';
import { textTable } from '../text-table';
import { str, type CliCommand } from '../types';

/** The JSON view: internal row ids dropped (determinism across data folders). */
export function statusView(s: SubmissionStatus) {
  return {
    ...s,
    rows: s.rows.map(({ institutionId: _id, ...r }: StatusRow) => r),
    ...(s.exempt ? { exempt: s.exempt.map(({ institutionId: _id, ...e }) => e) } : {}),
  };
}

function stateText(r: StatusRow): string {
  if (r.state === '逾期') return `逾期${r.daysLate}天`;
  if (r.state === '未报' && r.returned) return '未报（已退回）';
  return r.state;
}

export const statusCommand: CliCommand = {
  name: 'status',
  summary: '报送情况：按区县和单位列出已报 / 逾期 / 未报、逾期天数、版本，并生成催报提醒',
  usage: 'status --period P',
  flags: { period: 'string' },
  run(ctx, args, io) {
    const period = str(args, 'period');
    if (!period) throw new AppError('usage', '请用 --period 指定报告期，如 --period 2023-06-H1（可用 periods 命令查看）');
    const s = submissionStatus(ctx, { period });
    if (io.json) { io.printJson(statusView(s)); return; }
    const districts = s.byDistrict.map((d) => [
      d.key.label, String(d.counts.due), String(d.counts.onTime), String(d.counts.late), String(d.counts.missing),
      d.counts.reportingRate.text, d.counts.onTimeRate.text,
    ]);
    const t = s.totals;
    districts.push(['合计', String(t.due), String(t.onTime), String(t.late), String(t.missing), t.reportingRate.text, t.onTimeRate.text]);
    const units = s.rows.map((r) => [r.districtName, r.name, stateText(r), r.receivedDate ?? '', r.version === null ? '' : `第${r.version}版`, String(r.versions)]);
    io.print([
      `${s.period.label}（${s.period.code}）报送情况  截止日期：${chineseDate(s.period.due)}`,
      '',
      textTable(['区县', '应报', '按时', '逾期', '未报', '报送率', '按时报送率'], districts),
      '',
      textTable(['区县', '单位', '状态', '收到日期', '计入版本', '收到版本数'], units),
      '',
      '催报提醒（可直接复制到工作群）：',
      s.reminder,
    ].join('\n'));
  },
};
