/** 关键指标: the period's headline figures with 累计 and the 环比 arrow; a tile opens 统计分析. */
import { Alert, Card, Typography } from 'antd';
import type { Figure, StatsSummary } from '../../../shared/stats/types';
import { KEY_INDICATORS } from '../../lib/dashboard';
import { describeError } from '../../lib/api-error';
import { figureDisplay } from '../../lib/stats-format';
import { ChangeBadge } from '../stats/ChangeBadge';

function secondLine(f: Figure): string {
  if (f.kind === 'stock') return '截至本期末';
  if (f.kind === 'rate' && f.ratios) {
    const r = f.ratios.period;
    return r.numerator === null || r.denominator === null ? '累计 —' : `${r.numerator} / ${r.denominator}，累计 ${f.ratios.cumulative.text}`;
  }
  const c = figureDisplay(f, 'cumulative');
  return `累计 ${c.text}${c.unit}`;
}

function Tile({ f, onOpen }: { f: Figure; onOpen: (code: string) => void }) {
  const v = figureDisplay(f, 'period');
  return (
    <button type="button" className="rd-dash-tile" data-code={f.code} onClick={() => onOpen(f.code)} title={f.available ? `${f.name}：在统计分析中查看` : f.note}>
      <div className="rd-dash-tile-name" title={f.name}>{f.name}</div>
      <div className="rd-dash-tile-value">
        {v.text}
        {v.unit ? <small>{v.unit}</small> : null}
      </div>
      <div className="rd-dash-tile-sub">{secondLine(f)}</div>
      <ChangeBadge figure={f} />
    </button>
  );
}

export function KeyFiguresCard({ summary, loading, error, onOpen }: {
  summary: StatsSummary | undefined; loading: boolean; error: Error | null; onOpen: (code: string) => void;
}) {
  const figures = summary ? KEY_INDICATORS.map((c) => summary.totals[c]).filter((f): f is Figure => !!f) : [];
  const prev = summary?.previousPeriod;
  return (
    <Card
      size="small"
      title="关键指标"
      className="rd-dash-card rd-dash-figures"
      loading={!summary && loading}
      extra={summary ? <Typography.Text type="secondary">本期 vs {prev ? prev.label : '上期（无）'}</Typography.Text> : null}
    >
      {error ? <Alert type="error" showIcon message={describeError(error)} /> : null}
      <div className="rd-dash-tiles">
        {figures.map((f) => <Tile key={f.code} f={f} onOpen={onOpen} />)}
      </div>
    </Card>
  );
}
