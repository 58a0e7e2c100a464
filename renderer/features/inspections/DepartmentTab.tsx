/** 部门报送: which partner departments have sent their return for a period, and their figures (本期 / 累计). */
import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DepartmentStatusRow, DepartmentValue } from '../../../shared/domain/department-status';
import { api, downloadPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';

const STATE_COLOR: Record<string, string> = { 已报: 'success', 逾期: 'warning', 未报: 'error' };

function shown(v: DepartmentValue): string {
  if (v.value === null) return '—';
  return v.money ? `${(v.value / 100).toFixed(2)} 元` : `${v.value} ${v.unit}`;
}

export function DepartmentTab({ periodOptions, defaultPeriod }: { periodOptions: { value: string; label: string }[]; defaultPeriod?: string }) {
  const { message } = AntApp.useApp();
  const [period, setPeriod] = useState<string | undefined>(defaultPeriod);
  const status = useApiQuery('department:status', period ? { period } : {});
  const s = status.data;

  const templates = useAction(async () => {
    const p = period ?? s?.period;
    if (!p) return;
    try { downloadPayload(await api.invoke('department:templates', { period: p })); } catch (e) { message.error(describeError(e)); }
  });

  return (
    <>
      <Flex className="rd-toolbar" gap={8} wrap justify="space-between">
        <Space wrap>
          <Select placeholder="报告期" style={{ width: 260 }} value={period ?? s?.period} options={periodOptions} onChange={setPeriod} aria-label="报告期" />
          {s ? <Typography.Text type="secondary">截止 {s.due}；已报 {s.reported} / {s.total} 个部门。部门报送表收回后在“报送”页与机构报表一起导入。</Typography.Text> : null}
        </Space>
        <Button icon={<DownloadOutlined />} loading={templates.pending} onClick={() => void templates.run()}>下载部门报送模板（zip）</Button>
      </Flex>
      {status.error ? <Alert type="error" showIcon message={describeError(status.error)} /> : null}
      <Table<DepartmentStatusRow>
        size="small"
        rowKey="code"
        loading={status.loading}
        dataSource={s?.rows ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (r) => (
            <Table<DepartmentValue & { cum: DepartmentValue }>
              size="small" rowKey="code" pagination={false}
              dataSource={r.values.map((v, i) => ({ ...v, cum: r.cumulative[i] }))}
              columns={[
                { title: '编号', dataIndex: 'code', width: 70 },
                { title: '指标', dataIndex: 'name' },
                { title: '本期', key: 'p', width: 140, align: 'right', render: (_v, v) => shown(v) },
                { title: '累计', key: 'c', width: 140, align: 'right', render: (_v, v) => shown(v.cum) },
              ]}
            />
          ),
        }}
        columns={[
          { title: '部门', dataIndex: 'unitName', width: 160 },
          { title: '报送情况', dataIndex: 'state', width: 110, render: (v: string, r) => <Tag color={STATE_COLOR[v]}>{v}{r.daysLate ? ` ${r.daysLate}天` : ''}</Tag> },
          { title: '收到日期', dataIndex: 'receivedDate', width: 110, render: (v: string | null) => v ?? '' },
          { title: '本期主要数据', key: 'values', render: (_v, r) => r.values.filter((v) => v.value !== null && v.value !== 0).slice(0, 4).map((v) => `${v.name} ${shown(v)}`).join('；') },
        ]}
      />
    </>
  );
}
