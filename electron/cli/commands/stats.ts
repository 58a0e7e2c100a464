/**
 * stats --period P [--cumulative] [--by district,focus,category,ownership,direct] [--indicators C1,D3]
 * Without --by: every figure of the city with 上期 and 环比, and the reporting counts. With --by: a
 * breakdown table. --json prints the service result as one deterministic document.
 */
import { AppError } from '../../../shared/errors';
import { figureChangeText, figureText, displayUnit, MEASURE_LABELS, type Measure } from '../../../shared/stats/format';
import { DIM_LABELS } from '../../../shared/stats/pivot';
import type { ReportingCounts } from '../../../shared/stats/types';
import { parseDims, parseIndicators, statsPivot, statsSummary } from '../../services/stats-service';
import { textTable } from '../text-table';
import { bool, str, type CliCommand } from '../types';

/** Columns of a breakdown when --indicators is not given. */
export const BY_INDICATORS = ['A1', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'D3', 'D4', 'D5', 'E1', 'E6', 'I2'];

export function splitList(v: string | undefined): string[] {
  return (v ?? '').split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean);
}

function reportingLine(label: string, r: ReportingCounts): string {
  return `${label}：应报${r.due}  已报${r.reported}（按时${r.onTime}、逾期${r.late}）  未报${r.missing}  报送率${r.reportingRate.text}  按时报送率${r.onTimeRate.text}`;
}

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: '统计数据：本期 / 累计 / 环比，可按区县、整治重点、机构类别、公立/社会办、省直省管分组',
  usage: 'stats --period P [--cumulative] [--by district,focus,category,ownership,direct] [--indicators 编号,…]',
  flags: { period: 'string', cumulative: 'boolean', by: 'string', indicators: 'string' },
  run(ctx, args, io) {
    const period = str(args, 'period');
    if (!period) throw new AppError('usage', '请用 --period 指定报告期，如 --period 2023-06-H1（可用 periods 命令查看）');
    const measure: Measure = bool(args, 'cumulative') ? 'cumulative' : 'period';
    const dims = parseDims(splitList(str(args, 'by')));
    const indicators = parseIndicators(splitList(str(args, 'indicators')));
    if (dims.length) {
      const p = statsPivot(ctx, { period, dims, indicators: indicators.length ? indicators : BY_INDICATORS });
      if (io.json) { io.printJson({ mode: measure, ...p }); return; }
      const codes = p.indicators;
      const header = [...dims.map((d) => DIM_LABELS[d]), ...codes.map((c) => `${p.total[c].name}（${displayUnit(p.total[c])}）`)];
      const rows = p.rows.map((r) => [...r.keys.map((k) => k.label), ...codes.map((c) => (r.figures[c] ? figureText(r.figures[c], measure) : ''))]);
      rows.push([...dims.map((_, i) => (i === 0 ? '合计' : '')), ...codes.map((c) => figureText(p.total[c], measure))]);
      io.print([`${p.campaignName}  ${p.period.label}（截至${p.cutoff}） ${MEASURE_LABELS[measure]}`, '', textTable(header, rows), '', ...p.notes.map((n) => `注：${n}`)].join('\n'));
      return;
    }
    const s = statsSummary(ctx, { period });
    if (io.json) { io.printJson({ mode: measure, ...s }); return; }
    const prev: Measure = measure === 'period' ? 'previous' : 'previousCumulative';
    const basis = measure === 'period' ? 'period' : 'cumulative';
    const rows = Object.values(s.totals).filter((f) => !indicators.length || indicators.includes(f.code)).map((f) => [
      f.code, f.name, displayUnit(f), figureText(f, measure), figureText(f, prev), figureChangeText(f, basis),
    ]);
    io.print([
      `${s.campaignName}  ${s.period.label}（截至${s.cutoff}）`,
      '',
      textTable(['编号', '指标', '单位', MEASURE_LABELS[measure], MEASURE_LABELS[prev], '环比'], rows),
      '',
      reportingLine('本期报送', s.reporting.period),
      reportingLine('累计报送', s.reporting.cumulative),
      '',
      ...s.notes.map((n) => `注：${n}`),
    ].join('\n'));
  },
};
