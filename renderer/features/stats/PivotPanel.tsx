/**
 * 透视表: any one or two of 区县 / 整治重点 / 机构类别 / 公立社会办 / 省直省管, the chosen
 * indicators, 本期 or 累计; every number opens the institutions or ledger rows behind it.
 */
import { SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { indicatorDef } from '../../../shared/domain/indicators';
import { DIM_LABELS } from '../../../shared/stats/pivot';
import { DIMS, type Dim, type DimKey, type Figure } from '../../../shared/stats/types';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { drillIndicator, figureDisplay, measureOf } from '../../lib/stats-format';
import { MAX_INDICATORS, usableIndicators, withColumnDim, withRowDim, type StatsView } from '../../lib/stats-params';
import { drillScope, pivotGrid, scopeLabel } from '../../lib/stats-pivot';
import { DrillDrawer, type DrillRequest } from './DrillDrawer';
import { pivotColumns } from './pivot-columns';

const DIM_OPTIONS = DIMS.map((d) => ({ value: d, label: DIM_LABELS[d] }));
const NO_COLUMN = '__none';

export function PivotPanel({ period, view, onView }: { period: string; view: StatsView; onView: (v: StatsView) => void }) {
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const two = view.dims.length > 1;
  const main = useApiQuery('stats:pivot', { period, dims: view.dims });
  const data = main.data;
  const chosen = useMemo(() => usableIndicators(view.indicators, data?.indicators ?? []), [view.indicators, data]);
  // Row and column totals of a two-dimension table are the engine's one-dimension pivots.
  const byRow = useApiQuery('stats:pivot', { period, dims: [view.dims[0]], indicators: chosen.length ? chosen : ['D1'] }, { skip: !two || !chosen.length });
  const byCol = useApiQuery('stats:pivot', { period, dims: [view.dims[1] ?? view.dims[0]], indicators: chosen.length ? chosen : ['D1'] }, { skip: !two || !chosen.length });
  const measure = measureOf(view.cumulative);
  const grid = useMemo(() => (data ? pivotGrid(data, two ? byRow.data : undefined, two ? byCol.data : undefined) : null), [data, two, byRow.data, byCol.data]);
  const info = data?.total ?? {};
  const indicatorOptions = (data?.indicators ?? []).map((c) => ({ value: c, label: info[c]?.name ?? c, title: `${c} ${info[c]?.name ?? ''}` }));

  const openDrill = (f: Figure, keys: (DimKey | null)[]) => {
    const target = drillIndicator(f.code);
    const targetName = info[target]?.name ?? indicatorDef(target)?.name ?? target;
    const basis = view.cumulative ? '累计' : '本期';
    let note: string | undefined;
    if (target !== f.code) note = `${f.name}是比率，下面列出其分子“${targetName}”对应的明细。`;
    else if (f.kind === 'rate') note = `${f.name}：下面列出应报单位及其报送情况。`;
    setDrill({
      query: { period, cumulative: view.cumulative, indicator: target, ...drillScope(keys) },
      heading: `${scopeLabel(keys)} · ${f.name}（${basis}） ${figureDisplay(f, measure).text}`,
      note,
      money: info[target]?.money ?? false,
      unit: info[target]?.unit ?? indicatorDef(target)?.unit,
    });
  };

  const setDims = (dims: Dim[]) => onView({ ...view, dims });
  const error = main.error ?? byRow.error ?? byCol.error;

  return (
    <div className="rd-pivot">
      <Flex gap={12} wrap align="center" className="rd-toolbar">
        <Space size={6}>
          <Typography.Text>行</Typography.Text>
          <Select aria-label="行维度" style={{ width: 130 }} value={view.dims[0]} options={DIM_OPTIONS} onChange={(d: Dim) => setDims(withRowDim(view.dims, d))} />
        </Space>
        <Tooltip title="交换行列">
          <Button aria-label="交换行列" icon={<SwapOutlined />} disabled={!two} onClick={() => setDims([view.dims[1], view.dims[0]])} />
        </Tooltip>
        <Space size={6}>
          <Typography.Text>列</Typography.Text>
          <Select
            aria-label="列维度"
            style={{ width: 130 }}
            value={view.dims[1] ?? NO_COLUMN}
            options={[{ value: NO_COLUMN, label: '（不分列）' }, ...DIM_OPTIONS.filter((o) => o.value !== view.dims[0])]}
            onChange={(d: string) => setDims(withColumnDim(view.dims, d === NO_COLUMN ? null : (d as Dim)))}
          />
        </Space>
        <Space size={6} style={{ flex: 1, minWidth: 320 }}>
          <Typography.Text>指标</Typography.Text>
          <Select
            aria-label="指标"
            mode="multiple"
            style={{ minWidth: 300, maxWidth: 640 }}
            maxCount={MAX_INDICATORS}
            value={chosen}
            options={indicatorOptions}
            optionFilterProp="title"
            loading={main.loading}
            onChange={(codes: string[]) => codes.length && onView({ ...view, indicators: codes })}
          />
        </Space>
      </Flex>
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={describeError(error)} action={<Button size="small" onClick={() => void main.reload()}>重试</Button>} /> : null}
      {data && view.dims.includes('focus') ? (
        <Typography.Paragraph type="secondary" className="rd-pivot-hint">按整治重点统计时只有分整治重点填报的指标（问题、检查、查处、罚没等）。</Typography.Paragraph>
      ) : null}
      <Table
        size="small"
        bordered
        className="rd-pivot-table"
        rowKey="key"
        loading={main.loading || byRow.loading || byCol.loading}
        dataSource={grid?.rows ?? []}
        columns={grid ? pivotColumns({ grid, indicators: chosen, info, measure, onDrill: openDrill }) : []}
        rowClassName={(r) => (r.head ? '' : 'rd-pivot-total-row')}
        pagination={false}
        scroll={{ x: 'max-content' }}
        sticky
      />
      {data ? (
        <ul className="rd-stats-notes">
          <li>数值为{view.cumulative ? '累计（专项开始至本期末）' : '本期'}数，截至 {data.cutoff}；点击数字查看对应机构或问题明细。</li>
          {data.notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
      ) : null}
      <DrillDrawer request={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
