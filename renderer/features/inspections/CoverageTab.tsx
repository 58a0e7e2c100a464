/**
 * 覆盖率: 社会办医疗机构检查覆盖率 per district and city-wide to the end of a period, against the
 * campaign's target (red below, green at or above), and the 社会办 institutions not yet inspected
 * — the next round's list.
 */
import { Alert, Card, Col, Empty, Progress, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { DistrictCoverage, NotInspectedRow } from '../../../shared/domain/coverage';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';

const GOOD = '#389e0d';
const BAD = '#cf1322';

function verdict(pass: boolean | null) {
  if (pass === null) return <Tag>无社会办机构</Tag>;
  return pass ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>;
}

export function CoverageTab({ periodOptions }: { periodOptions: { value: string; label: string }[] }) {
  const [period, setPeriod] = useState<string | undefined>();
  const [district, setDistrict] = useState<string | undefined>();
  const cov = useApiQuery('inspection:coverage', period ? { period } : {});
  const d = cov.data;
  const pending = useMemo(() => (d?.notInspected ?? []).filter((r) => !district || r.districtCode === district), [d, district]);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select allowClear placeholder="截至当前报告期" style={{ width: 260 }} value={period} options={periodOptions} onChange={setPeriod} aria-label="截至报告期" />
        {d ? <Typography.Text type="secondary">截至 {d.cutoff}，目标：社会办医疗机构检查覆盖率不低于 {d.target}%</Typography.Text> : null}
      </Space>
      {cov.error ? <Alert type="error" showIcon message={describeError(cov.error)} /> : null}
      {d ? (
        <>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Row gutter={16} align="middle">
              <Col span={5}><Statistic title="全市覆盖率" value={d.cityWide.rateText} valueStyle={{ color: d.cityWide.pass === false ? BAD : GOOD }} /></Col>
              <Col span={5}><Statistic title="已检查社会办机构" value={d.cityWide.inspected} suffix={`/ ${d.cityWide.total} 家`} /></Col>
              <Col span={5}><Statistic title="尚未检查" value={d.notInspected.length} suffix="家" /></Col>
              <Col span={9}>{verdict(d.cityWide.pass)}</Col>
            </Row>
          </Card>
          <Table<DistrictCoverage>
            size="small"
            rowKey="districtCode"
            pagination={false}
            dataSource={d.byDistrict}
            style={{ marginBottom: 16 }}
            locale={{ emptyText: <Empty description="名册中没有社会办医疗机构" /> }}
            onRow={(r) => ({ onClick: () => setDistrict(r.districtCode), style: { cursor: 'pointer' } })}
            columns={[
              { title: '区县', dataIndex: 'districtName', width: 120 },
              { title: '社会办机构', dataIndex: 'total', width: 100, align: 'right' },
              { title: '已检查', dataIndex: 'inspected', width: 90, align: 'right' },
              {
                title: '覆盖率', key: 'rate', render: (_v, r) => (
                  <Space>
                    <Progress percent={Math.min(100, Math.round((r.rate ?? 0) * 10) / 10)} size="small" style={{ width: 180 }} showInfo={false}
                      strokeColor={r.pass === false ? BAD : GOOD} success={{ percent: 0 }} />
                    <span style={{ color: r.pass === false ? BAD : GOOD }}>{r.rateText}</span>
                  </Space>
                ),
              },
              { title: '对照目标', key: 'pass', width: 110, render: (_v, r) => verdict(r.pass) },
              { title: '尚未检查', dataIndex: 'notInspected', width: 90, align: 'right' },
            ]}
          />
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>尚未检查的社会办医疗机构</Typography.Text>
            <Select allowClear placeholder="全部区县" style={{ width: 180 }} value={district} onChange={setDistrict}
              options={d.byDistrict.map((x) => ({ value: x.districtCode, label: `${x.districtName}（${x.notInspected}）` }))} aria-label="未检查名单区县" />
          </Space>
          <Table<NotInspectedRow>
            size="small"
            rowKey="institutionId"
            dataSource={pending}
            pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 家` }}
            columns={[
              { title: '区县', dataIndex: 'districtName', width: 120 },
              { title: '机构名称', dataIndex: 'name' },
              { title: '类别', dataIndex: 'category', width: 140 },
              { title: '统一社会信用代码', key: 'code', width: 200, render: (_v, r) => r.uscc ?? r.licenceNo ?? '' },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
