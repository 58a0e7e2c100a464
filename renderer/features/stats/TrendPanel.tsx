/** 趋势: chosen indicators over the campaign's periods up to the selected one, as lines and a table. */
import { Alert, Col, Flex, Row, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { DimKey, TrendPoint } from '../../../shared/stats/types';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { figureDisplay, figureHeading, measureOf } from '../../lib/stats-format';
import { MAX_INDICATORS } from '../../lib/stats-params';
import { trendChartSpecs } from '../../lib/stats-trend';
import { ChangeBadge } from './ChangeBadge';
import { ChartCard } from './ChartCard';

const DEFAULT_TREND = ['D1', 'D2', 'E1'];
const ALL = '__all';

export function TrendPanel({ period, cumulative }: { period: string; cumulative: boolean }) {
  const [codes, setCodes] = useState<string[]>(DEFAULT_TREND);
  const [district, setDistrict] = useState<DimKey | null>(null);
  // The district pivot names every indicator and every district the engine knows.
  const catalog = useApiQuery('stats:pivot', { period, dims: ['district'] });
  const q = useApiQuery('stats:trend', { period, indicators: codes, ...(district ? { scope: [district] } : {}) });
  const measure = measureOf(cumulative);
  const specs = useMemo(() => (q.data ? trendChartSpecs(q.data, codes, measure) : []), [q.data, codes, measure]);
  const info = catalog.data?.total ?? {};
  const districts = catalog.data?.rows.map((r) => r.keys[0]) ?? [];

  const columns: TableColumnsType<TrendPoint> = [
    { title: '报告期', key: 'period', fixed: 'left', width: 150, render: (_v, p) => p.period.label },
    ...codes.map((c) => ({
      title: info[c] ? figureHeading(info[c]) : c,
      key: c,
      width: 170,
      render: (_v: unknown, p: TrendPoint) => {
        const f = p.figures[c];
        if (!f) return '—';
        return (
          <Space size={8}>
            <span>{figureDisplay(f, measure).text}</span>
            <ChangeBadge figure={f} basis={cumulative ? 'cumulative' : 'period'} />
          </Space>
        );
      },
    })),
  ];

  return (
    <div className="rd-trend">
      <Flex gap={12} wrap align="center" className="rd-toolbar">
        <Space size={6}>
          <Typography.Text>范围</Typography.Text>
          <Select
            aria-label="趋势范围"
            style={{ width: 150 }}
            value={district?.code ?? ALL}
            options={[{ value: ALL, label: '全市' }, ...districts.map((d) => ({ value: d.code, label: d.label }))]}
            onChange={(v: string) => setDistrict(districts.find((d) => d.code === v) ?? null)}
          />
        </Space>
        <Space size={6}>
          <Typography.Text>指标</Typography.Text>
          <Select
            aria-label="趋势指标"
            mode="multiple"
            style={{ minWidth: 360, maxWidth: 640 }}
            maxCount={MAX_INDICATORS}
            value={codes}
            options={(catalog.data?.indicators ?? codes).map((c) => ({ value: c, label: info[c]?.name ?? c }))}
            optionFilterProp="label"
            onChange={(v: string[]) => v.length && setCodes(v)}
          />
        </Space>
      </Flex>
      {q.error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={describeError(q.error)} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {specs.map((s) => (
          <Col key={s.id} xs={24} xl={specs.length > 1 ? 12 : 24}>
            <ChartCard spec={s} height={300} />
          </Col>
        ))}
      </Row>
      <Table
        size="small"
        bordered
        rowKey={(p) => p.period.code}
        className="rd-trend-table"
        loading={q.loading}
        dataSource={q.data?.points ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 150 + codes.length * 170 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {cumulative ? '累计 = 专项开始至该期末；箭头为与上期累计相比。' : '本期 = 该半月；箭头为与上期相比，比率按百分点比较。'}
      </Typography.Paragraph>
    </div>
  );
}
