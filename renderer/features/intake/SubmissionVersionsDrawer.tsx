/** One unit's returns for a period: every version received (superseded and sent back ones too), each downloadable as received. */
import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Drawer, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { SubmissionView } from '../../../shared/ipc/contract/intake';
import type { StatusRow } from '../../../shared/stats/types';
import { api, downloadPayload } from '../../api/client';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { stateText } from '../../lib/tracker';

export interface SubmissionVersionsDrawerProps {
  unit: StatusRow | null;
  period: PeriodRow;
  onClose: () => void;
}

function versionTag(s: SubmissionView) {
  if (s.state === 'returned') return <Tag color="red">已退回修改</Tag>;
  return s.current ? <Tag color="green">当前采用</Tag> : <Tag>已被新版本替换</Tag>;
}

export function SubmissionVersionsDrawer({ unit, period, onClose }: SubmissionVersionsDrawerProps) {
  const { message } = AntApp.useApp();
  const [downloading, setDownloading] = useState<number | null>(null);
  const q = useApiQuery('intake:submissions', { period: period.code, institutionId: unit?.institutionId ?? 0 }, { skip: !unit });

  const download = async (s: SubmissionView) => {
    setDownloading(s.id);
    try {
      downloadPayload(await api.invoke('intake:submission-file', { id: s.id }));
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setDownloading(null);
    }
  };

  const rows = [...(q.data ?? [])].sort((a, b) => b.version - a.version);
  return (
    <Drawer open={!!unit} onClose={onClose} width={760} title={unit ? `${unit.name} · ${period.label}` : ''} destroyOnHidden>
      {unit ? (
        <Typography.Paragraph>
          {unit.districtName} · 报送情况：<Typography.Text strong>{stateText(unit)}</Typography.Text>
          {unit.receivedDate ? `（${unit.receivedDate} 收到，截止 ${unit.dueDate}）` : `（截止 ${unit.dueDate}）`}
        </Typography.Paragraph>
      ) : null}
      {q.error ? <Alert type="error" showIcon message={describeError(q.error)} /> : null}
      <Table<SubmissionView>
        size="small"
        rowKey="id"
        className="rd-versions-table"
        loading={q.loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: q.loading ? ' ' : <Empty description="本期没有收到该单位的报表" /> }}
        columns={[
          { title: '版本', dataIndex: 'version', width: 60, render: (v: number) => `第${v}版` },
          { title: '状态', key: 'state', width: 130, render: (_v, s) => versionTag(s) },
          { title: '接收日期', dataIndex: 'receivedDate', width: 110 },
          { title: '文件', dataIndex: 'fileName', render: (v: string) => <span className="rd-file-name">{v}</span> },
          { title: '识别依据', dataIndex: 'identifiedBy', width: 100 },
          { title: '警告', dataIndex: 'warnings', width: 60 },
          {
            title: '', key: 'dl', width: 110,
            render: (_v, s) => <Button size="small" icon={<DownloadOutlined />} loading={downloading === s.id} onClick={() => void download(s)}>原文件</Button>,
          },
        ]}
      />
    </Drawer>
  );
}
