/** 举报线索: figures to date, the backend-paged list with overdue flags, registration, status changes, template and import. */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Checkbox, Col, Flex, Input, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { LEAD_STATUSES } from '../../../shared/domain/lead';
import type { LeadView } from '../../../shared/ipc/contract/inspections';
import { api, downloadPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { LeadDrawer } from './LeadDrawer';
import { LeadStatusModal } from './LeadStatusModal';
import { RecordImportModal } from './RecordImportModal';

const STATUS_COLOR: Record<string, string> = { 待核查: 'default', 核查中: 'processing', 属实: 'red', 部分属实: 'orange', 不属实: 'default', 已办结: 'success' };

export function LeadTab() {
  const { message } = AntApp.useApp();
  const [status, setStatus] = useState<string | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<LeadView | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useApiQuery('lead:list', { ...(status ? { status } : {}), ...(overdue ? { overdue } : {}), ...(text ? { text } : {}), offset: (page - 1) * pageSize, limit: pageSize });
  const stats = useApiQuery('lead:stats', {});
  const reload = () => { void list.reload(); void stats.reload(); };

  const template = useAction(async () => {
    try { downloadPayload(await api.invoke('lead:template', {})); } catch (e) { message.error(describeError(e)); }
  });

  const s = stats.data;
  return (
    <>
      {s ? (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col span={3}><Statistic title="受理" value={s.cumulative.received} suffix="件" /></Col>
            <Col span={3}><Statistic title="已核查" value={s.cumulative.verified} suffix="件" /></Col>
            <Col span={3}><Statistic title="已办结" value={s.cumulative.closed} suffix="件" /></Col>
            <Col span={3}><Statistic title="查实" value={s.cumulative.substantiated} suffix="件" /></Col>
            <Col span={3}><Statistic title="逾期未办结" value={s.overdue} suffix="件" valueStyle={s.overdue ? { color: '#cf1322' } : undefined} /></Col>
            <Col span={3}><Statistic title="核查率" value={s.rates.verification.text} /></Col>
            <Col span={3}><Statistic title="查实率" value={s.rates.substantiation.text} /></Col>
            <Col span={3}><Statistic title="按期办结率" value={s.rates.onTime.text} /></Col>
          </Row>
        </Card>
      ) : null}
      <Flex className="rd-toolbar" gap={8} wrap justify="space-between">
        <Space wrap>
          <Input.Search allowClear placeholder="编号、被举报对象、内容" style={{ width: 240 }} onSearch={(v) => { setText(v.trim()); setPage(1); }} aria-label="搜索线索" />
          <Select allowClear placeholder="全部状态" style={{ width: 140 }} value={status} options={LEAD_STATUSES.map((v) => ({ value: v, label: v }))} onChange={(v) => { setStatus(v); setPage(1); }} aria-label="办理状态" />
          <Checkbox checked={overdue} onChange={(e) => { setOverdue(e.target.checked); setPage(1); }}>只看逾期未办结</Checkbox>
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={template.pending} onClick={() => void template.run()}>下载线索登记表模板</Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>导入线索登记表</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>登记线索</Button>
        </Space>
      </Flex>
      {list.error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={describeError(list.error)} /> : null}
      <Table<LeadView>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        rowClassName={(r) => (r.overdue ? 'rd-row-overdue' : '')}
        scroll={{ x: 1500 }}
        columns={[
          { title: '线索编号', dataIndex: 'leadNo', width: 140 },
          { title: '受理日期', dataIndex: 'receivedDate', width: 100 },
          { title: '渠道', dataIndex: 'channel', width: 80 },
          { title: '被举报对象', dataIndex: 'subjectText', width: 170 },
          { title: '举报内容', dataIndex: 'content', width: 280, ellipsis: { showTitle: true } },
          { title: '承办单位', dataIndex: 'handlingUnit', width: 150 },
          { title: '办理时限', dataIndex: 'deadline', width: 130, render: (v: string, r) => <>{v}{r.overdue ? <Tag color="red" style={{ marginLeft: 4 }}>逾期</Tag> : null}</> },
          { title: '状态', dataIndex: 'status', width: 130, render: (v: string, r) => <><Tag color={STATUS_COLOR[v]}>{v}</Tag>{r.verdict && r.verdict !== v ? r.verdict : null}</> },
          { title: '台账', dataIndex: 'ledgerNo', width: 150, render: (v: string | null, r) => (v ? `${v}（${r.issueStatus}）` : '') },
          { title: '', key: 'op', width: 84, fixed: 'right', render: (_v, r) => <Button size="small" type="link" disabled={r.status === '已办结'} onClick={() => setChanging(r)}>状态变更</Button> },
        ]}
        pagination={{
          current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 条`,
          onChange: (p, size) => { setPage(size !== pageSize ? 1 : p); setPageSize(size); },
        }}
      />
      <LeadDrawer open={adding} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); reload(); }} />
      <LeadStatusModal lead={changing} onClose={() => setChanging(null)} onSaved={() => { setChanging(null); reload(); }} />
      <RecordImportModal
        open={importing} title="导入举报线索登记表" what="线索"
        run={(file, dryRun) => api.invoke('lead:import', { file, dryRun })}
        onClose={() => setImporting(false)} onImported={() => { setImporting(false); reload(); }}
      />
    </>
  );
}
