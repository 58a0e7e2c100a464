/**
 * 报送情况: totals and rates, the per-district table (click a district to see its units), the
 * per-unit table (已报 / 逾期N天 / 未报, versions; click a unit for its files), the reminder list
 * for the WeChat group in one click, and a CSV export.
 */
import { CopyOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Col, Flex, Modal, Row, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { StatusRow } from '../../../shared/stats/types';
import { downloadPayload } from '../../api/client';
import { describeError } from '../../lib/api-error';
import { bytesToBase64 } from '../../lib/base64';
import { monthDay } from '../../lib/period-choice';
import { filterRows, reminderText, stateText, trackerCsv, type DistrictStatus, type TrackerFilter } from '../../lib/tracker';
import { SubmissionVersionsDrawer } from './SubmissionVersionsDrawer';
import { useTracker } from './use-tracker';

const FILTERS: { value: TrackerFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'attention', label: '未报和逾期' },
  { value: 'missing', label: '未报' },
  { value: 'late', label: '逾期' },
  { value: 'onTime', label: '按时' },
];

const STATE_COLOR: Record<StatusRow['state'], string> = { 已报: 'green', 逾期: 'orange', 未报: 'red' };

/** Clipboard API where allowed (127.0.0.1 and Electron are secure contexts), else the old way. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand('copy');
    ta.remove();
    if (!ok) throw new Error('无法写入剪贴板：请在弹出的窗口中手动选中文字复制');
  }
}

export function TrackerTab({ period, version }: { period: PeriodRow; version: number }) {
  const { message } = AntApp.useApp();
  const q = useTracker(period, version);
  const [filter, setFilter] = useState<TrackerFilter>('all');
  const [district, setDistrict] = useState<string | undefined>(undefined);
  const [unit, setUnit] = useState<StatusRow | null>(null);
  const [reminder, setReminder] = useState<string | null>(null);
  const t = q.data;
  const rows = t ? filterRows(t.rows, filter, district) : [];

  const copyReminder = async () => {
    if (!t) return;
    const text = reminderText(period.label, period.due, t.rows);
    setReminder(text);
    try {
      await copyText(text);
      message.success(`已复制催报名单（未报 ${t.totals.missing} 家、逾期 ${t.totals.late} 家），可直接粘贴到工作群`);
    } catch (e) {
      message.warning(describeError(e));
    }
  };

  const exportCsv = () => {
    if (!t) return;
    const bytes = new TextEncoder().encode(trackerCsv(t.rows));
    downloadPayload({ fileName: `报送情况-${period.label}.csv`, base64: bytesToBase64(bytes), mime: 'text/csv' });
  };

  return (
    <div className="rd-tracker-tab">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {period.label}，截止 {monthDay(period.due)}。按时 = 截止日当天或之前收到；同一单位多次报送以最新版本为准。
        </Typography.Text>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={() => void q.reload()} loading={q.loading}>刷新</Button>
          <Button icon={<DownloadOutlined />} disabled={!t} onClick={exportCsv}>导出</Button>
          <Button type="primary" icon={<CopyOutlined />} disabled={!t} onClick={() => void copyReminder()}>复制催报名单</Button>
        </Space>
      </Flex>
      {q.error ? <Alert type="error" showIcon message={describeError(q.error)} style={{ marginBottom: 12 }} /> : null}
      {t ? (
        <Row gutter={[16, 8]} style={{ marginBottom: 16 }} className="rd-tracker-totals">
          <Col xs={8} md={4}><Statistic title="应报单位" value={t.totals.due} /></Col>
          <Col xs={8} md={4}><Statistic title="按时报送" value={t.totals.onTime} valueStyle={{ color: '#389e0d' }} /></Col>
          <Col xs={8} md={4}><Statistic title="逾期报送" value={t.totals.late} valueStyle={t.totals.late ? { color: '#d46b08' } : undefined} /></Col>
          <Col xs={8} md={4}><Statistic title="未报" value={t.totals.missing} valueStyle={t.totals.missing ? { color: '#cf1322' } : undefined} /></Col>
          <Col xs={8} md={4}><Statistic title="报送率" value={t.totals.reportingRate.text} /></Col>
          <Col xs={8} md={4}><Statistic title="按时报送率" value={t.totals.onTimeRate.text} /></Col>
        </Row>
      ) : null}
      <Typography.Title level={5}>按区县</Typography.Title>
      <Table<DistrictStatus>
        size="small"
        rowKey="code"
        className="rd-tracker-districts"
        loading={q.loading}
        dataSource={t?.districts ?? []}
        pagination={false}
        rowClassName={(d) => (d.code === district ? 'rd-row-selected' : 'rd-row-clickable')}
        onRow={(d) => ({ onClick: () => setDistrict(d.code === district ? undefined : d.code) })}
        columns={[
          { title: '区县', dataIndex: 'name', width: 160 },
          { title: '应报', key: 'due', render: (_v, d) => d.counts.due },
          { title: '按时', key: 'onTime', render: (_v, d) => d.counts.onTime },
          { title: '逾期', key: 'late', render: (_v, d) => d.counts.late || '—' },
          { title: '未报', key: 'missing', render: (_v, d) => (d.counts.missing ? <Typography.Text type="danger">{d.counts.missing}</Typography.Text> : '—') },
          { title: '报送率', key: 'rate', render: (_v, d) => d.counts.reportingRate.text },
          { title: '按时报送率', key: 'onTimeRate', render: (_v, d) => d.counts.onTimeRate.text },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '16px 0 8px' }}>
        <Space>
          <Typography.Title level={5} style={{ margin: 0 }}>按单位</Typography.Title>
          {district ? <Tag closable onClose={() => setDistrict(undefined)}>{t?.districts.find((d) => d.code === district)?.name ?? district}</Tag> : null}
        </Space>
        <Segmented<TrackerFilter> size="small" value={filter} onChange={setFilter} options={FILTERS} aria-label="筛选单位" />
      </Flex>
      <Table<StatusRow>
        size="small"
        rowKey="institutionId"
        className="rd-tracker-units"
        loading={q.loading}
        dataSource={rows}
        rowClassName={() => 'rd-row-clickable'}
        onRow={(r) => ({ onClick: () => setUnit(r) })}
        pagination={rows.length > 50 ? { pageSize: 50, size: 'small', showSizeChanger: false, showTotal: (n) => `共 ${n} 家` } : false}
        columns={[
          { title: '区县', dataIndex: 'districtName', width: 120 },
          { title: '单位', dataIndex: 'name' },
          { title: '报送情况', key: 'state', width: 150, render: (_v, r) => <Tag color={STATE_COLOR[r.state]}>{stateText(r)}</Tag> },
          { title: '接收日期', dataIndex: 'receivedDate', width: 110, render: (v: string | null) => v ?? '—' },
          { title: '采用版本', dataIndex: 'version', width: 90, render: (v: number | null) => (v ? `第${v}版` : '—') },
          {
            title: '收到版本', dataIndex: 'versions', width: 130,
            render: (v: number) => (v > 1 ? <span>{v} 个<Typography.Text type="secondary">（含旧版本）</Typography.Text></span> : v || '—'),
          },
        ]}
      />
      <SubmissionVersionsDrawer unit={unit} period={period} onClose={() => setUnit(null)} />
      <Modal open={reminder !== null} title="催报名单（已复制到剪贴板）" onCancel={() => setReminder(null)} footer={<Button type="primary" onClick={() => setReminder(null)}>关闭</Button>}>
        <pre className="rd-reminder-text">{reminder}</pre>
      </Modal>
    </div>
  );
}
