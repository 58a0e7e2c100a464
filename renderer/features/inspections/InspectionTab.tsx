/** 检查记录: the log (backend-paged, newest first) with period and district filters, template, import and the entry drawer. */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Flex, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { InspectionView } from '../../../shared/ipc/contract/inspections';
import { api, downloadPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { matchDistrict } from '../../lib/district-options';
import { useDistricts } from '../roster/use-districts';
import { InspectionDrawer } from './InspectionDrawer';
import { RecordImportModal } from './RecordImportModal';

export function InspectionTab({ periodOptions }: { periodOptions: { value: string; label: string }[] }) {
  const { message } = AntApp.useApp();
  const [period, setPeriod] = useState<string | undefined>();
  const [district, setDistrict] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<InspectionView | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const districts = useDistricts();
  const list = useApiQuery('inspection:list', { ...(period ? { period } : {}), ...(district ? { districtCode: district } : {}), offset: (page - 1) * pageSize, limit: pageSize });

  const template = useAction(async () => {
    try { downloadPayload(await api.invoke('inspection:template', {})); } catch (e) { message.error(describeError(e)); }
  });

  return (
    <>
      <Flex className="rd-toolbar" gap={8} wrap justify="space-between">
        <Space wrap>
          <Select allowClear placeholder="全部报告期" style={{ width: 240 }} value={period} options={periodOptions} onChange={(v) => { setPeriod(v); setPage(1); }} aria-label="报告期" />
          <Select allowClear showSearch placeholder="全部区县" style={{ width: 200 }} value={district} options={districts.filter} filterOption={matchDistrict} onChange={(v: string | undefined) => { setDistrict(v); setPage(1); }} aria-label="区县" />
        </Space>
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={template.pending} onClick={() => void template.run()}>下载检查记录表模板</Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>导入检查记录表</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>新增检查记录</Button>
        </Space>
      </Flex>
      {list.error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={describeError(list.error)} /> : null}
      <Table<InspectionView>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        scroll={{ x: 1480 }}
        columns={[
          { title: '检查日期', dataIndex: 'inspectedDate', width: 104 },
          { title: '区县', dataIndex: 'districtName', width: 90 },
          { title: '被检查机构', dataIndex: 'institution', width: 200, render: (v: string, r) => <>{v}{r.ownership === '社会办' ? <Tag style={{ marginLeft: 4 }}>社会办</Tag> : null}</> },
          { title: '检查主体', dataIndex: 'body', width: 170, render: (v: string, r) => <Tooltip title={r.jointDepartments.length ? `联合：${r.jointDepartments.join('、')}` : r.bodyKind}>{v}</Tooltip> },
          { title: '形式', dataIndex: 'form', width: 96, render: (v: string) => <Tag color={v === '四不两直' || v === '明察暗访' ? 'purple' : 'default'}>{v}</Tag> },
          { title: '检查重点', dataIndex: 'focusNames', width: 140, render: (v: string[]) => v.join('、') },
          {
            title: '发现问题（台账编号）', key: 'findings', width: 320, render: (_v, r) => (r.findings.length
              ? r.findings.map((f) => <div key={f.seq}>{f.seq}. {f.text}{f.ledgerNo ? <Tag style={{ marginLeft: 4 }}>{f.ledgerNo}</Tag> : null}</div>)
              : <span className="rd-muted">未发现问题</span>),
          },
          { title: '处理措施', dataIndex: 'measures', width: 150, render: (v: string[], r) => `${v.join('、')}${r.fine ? `（罚款 ${r.fine} 元）` : ''}` },
          { title: '案例', key: 'case', width: 90, render: (_v, r) => <>{r.isTypical ? <Tag color="gold">典型</Tag> : null}{r.isExposed ? <Tag color="red">已曝光</Tag> : null}</> },
          { title: '', key: 'edit', width: 60, fixed: 'right', render: (_v, r) => <Button size="small" type="link" onClick={() => setEditing(r)}>编辑</Button> },
        ]}
        pagination={{
          current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 次检查`,
          onChange: (p, size) => { setPage(size !== pageSize ? 1 : p); setPageSize(size); },
        }}
      />
      <InspectionDrawer open={editing !== undefined} record={editing ?? null} onClose={() => setEditing(undefined)} onSaved={() => { setEditing(undefined); void list.reload(); }} />
      <RecordImportModal
        open={importing} title="导入检查记录表" what="检查记录"
        run={(file, dryRun) => api.invoke('inspection:import', { file, dryRun })}
        onClose={() => setImporting(false)} onImported={() => { setImporting(false); void list.reload(); }}
      />
    </>
  );
}
