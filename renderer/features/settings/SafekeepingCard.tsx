/**
 * 数据安全与留痕: download a backup and restore one (verified by the backend before anything is
 * replaced), lock (封账) or re-open a period with a reason, and read/export the append-only audit log.
 */
import { App as AntApp, Button, Card, Input, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { LockView } from '../../../shared/ipc/contract/safekeeping';
import { api, downloadPayload, fileToPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';

function askReason(title: string, onOk: (reason: string) => Promise<void>) {
  let reason = '';
  Modal.confirm({
    title,
    content: <Input.TextArea autoFocus rows={3} placeholder="请说明理由（必填，将记入审计日志）" onChange={(e) => { reason = e.target.value; }} />,
    okText: '确定',
    cancelText: '取消',
    onOk: async () => {
      if (!reason.trim()) throw new Error('须说明理由');
      await onOk(reason.trim());
    },
  });
}

function LockTable() {
  const { message } = AntApp.useApp();
  const { data, reload } = useApiQuery('period:locks', {});
  const set = (p: LockView, locked: boolean) => askReason(`${locked ? '封账' : '重新开放'} ${p.label}`, async (reason) => {
    try {
      await api.invoke('period:set-lock', { period: p.period, locked, reason });
      message.success(locked ? '已封账' : '已重新开放');
      reload();
    } catch (e) {
      message.error(describeError(e));
      throw e;
    }
  });
  return (
    <Table<LockView> size="small" rowKey="period" pagination={false} dataSource={data ?? []} columns={[
      { title: '报告期', dataIndex: 'label' },
      { title: '状态', render: (_, r) => (r.locked ? <Tag color="red">已封账</Tag> : <Tag>可导入</Tag>) },
      { title: '理由', render: (_, r) => r.reason ?? '' },
      { title: '操作', render: (_, r) => <Button size="small" danger={!r.locked} onClick={() => set(r, !r.locked)}>{r.locked ? '重新开放' : '封账'}</Button> },
    ]} />
  );
}

function AuditTable() {
  const [page, setPage] = useState(1);
  const { data } = useApiQuery('audit:list', { offset: (page - 1) * 20, limit: 20 });
  const exp = useAction(async () => downloadPayload(await api.invoke('audit:export', {})));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button size="small" loading={exp.pending} onClick={() => void exp.run()}>导出审计日志（Excel）</Button>
      <Table size="small" rowKey="id" dataSource={data?.rows ?? []}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: '时间', render: (_, r) => r.at.replace('T', ' ').slice(0, 19), width: 170 },
          { title: '操作员', dataIndex: 'operator', width: 100 },
          { title: '操作', dataIndex: 'label', width: 140 },
          { title: '内容', dataIndex: 'summary' },
        ]} />
    </Space>
  );
}

export function SafekeepingCard() {
  const { message } = AntApp.useApp();
  const backup = useAction(async () => {
    downloadPayload(await api.invoke('backup:create', {}));
    message.success('已生成备份并下载');
  });
  const restore = (file: File) => {
    Modal.confirm({
      title: `用“${file.name}”恢复数据？`,
      content: '先校验备份文件的完整性和版本，通过后才替换当前数据；当前数据会先自动另存一份。',
      okText: '校验并恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await api.invoke('backup:restore', { file: await fileToPayload(file) });
          message.success(`已恢复：${r.campaigns} 个专项、${r.institutions} 家机构、${r.submissions} 份报送`);
          window.location.reload();
        } catch (e) {
          message.error(describeError(e));
        }
      },
    });
    return false;
  };
  return (
    <Card title="数据安全与留痕" size="small">
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        <Space wrap>
          <Button loading={backup.pending} onClick={() => void backup.run()}>下载备份</Button>
          <Upload accept=".db,.sqlite" showUploadList={false} beforeUpload={restore}><Button danger>从备份恢复…</Button></Upload>
          <Typography.Text type="secondary">每天首次启动和数据库升级前会自动备份（保留最近 10 份）。</Typography.Text>
        </Space>
        <div>
          <Typography.Title level={5}>报告期封账</Typography.Title>
          <LockTable />
        </div>
        <div>
          <Typography.Title level={5}>审计日志</Typography.Title>
          <AuditTable />
        </div>
      </Space>
    </Card>
  );
}
