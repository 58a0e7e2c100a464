/**
 * 存档: every issued document with its number, period, title, date and hash; 打开 downloads the
 * archived .docx (the exact bytes that were issued) and shows the review record archived with
 * it — who the data proposed, who was excluded and why.
 */
import { FileWordOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Drawer, Empty, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { ArchivedDocument } from '../../../shared/ipc/contract/documents';
import type { FilePayload } from '../../../shared/ipc/contract';
import { api, downloadPayload } from '../../api/client';
import { describeError } from '../../lib/api-error';
import { KIND_LABEL, archiveNumber, shortSha } from '../../lib/document-choice';
import { parseReviewRecord, type ReviewRecord } from '../../lib/document-review';
import { periodLabel } from '../../lib/period-choice';
import { ReviewRecordView } from './ReviewRecordView';

export interface ArchiveTabProps {
  archive: ArchivedDocument[];
  loading: boolean;
  periods: PeriodRow[];
}

interface Opened {
  doc: ArchivedDocument;
  file: FilePayload;
  record: ReviewRecord;
}

export function ArchiveTab({ archive, loading, periods }: ArchiveTabProps) {
  const { message } = AntApp.useApp();
  const [opening, setOpening] = useState<number | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);

  const open = async (doc: ArchivedDocument) => {
    setOpening(doc.id);
    try {
      const r = await api.invoke('documents:archive-file', { id: doc.id });
      const file = { fileName: r.fileName, base64: r.base64, mime: r.mime };
      downloadPayload(file);
      setOpened({ doc, file, record: parseReviewRecord(r.review) });
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setOpening(null);
    }
  };

  return (
    <>
      <Table<ArchivedDocument>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={archive}
        pagination={false}
        className="rd-doc-archive"
        locale={{ emptyText: <Empty description="还没有正式印发的文书。在“进展情况通报”中点“正式印发”后，文书会编号存档在这里。" /> }}
        columns={[
          { title: '期号 / 文号', key: 'no', width: 170, render: (_, d) => <Typography.Text strong>{archiveNumber(d)}</Typography.Text> },
          { title: '类别', dataIndex: 'kind', width: 120, render: (k: ArchivedDocument['kind']) => KIND_LABEL[k] },
          { title: '报告期', dataIndex: 'period', width: 150, render: (code: string) => periodLabel(periods, code) },
          { title: '标题', dataIndex: 'title' },
          { title: '印发日期', dataIndex: 'issuedDate', width: 110 },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            width: 140,
            render: (sha: string) => <Tooltip title={sha}><Typography.Text className="rd-mono" copyable={{ text: sha }}>{shortSha(sha)}</Typography.Text></Tooltip>,
          },
          {
            title: '操作',
            key: 'open',
            width: 90,
            render: (_, d) => <Button size="small" icon={<FileWordOutlined />} loading={opening === d.id} onClick={() => void open(d)}>打开</Button>,
          },
        ]}
      />
      <Drawer
        open={!!opened}
        width={720}
        onClose={() => setOpened(null)}
        destroyOnHidden
        title={opened ? `${archiveNumber(opened.doc)} ${KIND_LABEL[opened.doc.kind]}（${periodLabel(periods, opened.doc.period)}）` : ''}
        extra={opened && <Button icon={<FileWordOutlined />} onClick={() => downloadPayload(opened.file)}>再次下载 .docx</Button>}
      >
        {opened && <ReviewRecordView doc={opened.doc} fileName={opened.file.fileName} record={opened.record} />}
      </Drawer>
    </>
  );
}
