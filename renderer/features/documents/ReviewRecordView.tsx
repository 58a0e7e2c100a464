/** The review record archived with an issued document: proposed units with reasons, and who was excluded and why. */
import { Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ArchivedDocument } from '../../../shared/ipc/contract/documents';
import { findExclusion, LIST_LABEL, reviewRows, type ReviewList, type ReviewRecord, type ReviewRow } from '../../lib/document-review';

export interface ReviewRecordViewProps {
  doc: ArchivedDocument;
  fileName: string;
  record: ReviewRecord;
}

export function ReviewRecordView({ doc, fileName, record }: ReviewRecordViewProps) {
  const lists: ReviewList[] = ['criticise', 'praise'];
  return (
    <Flex vertical gap={16} className="rd-review-record">
      <Descriptions size="small" bordered column={1} styles={{ label: { width: 100, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="标题">{doc.title}</Descriptions.Item>
        <Descriptions.Item label="印发日期">{doc.issuedDate}</Descriptions.Item>
        {doc.docNumber && <Descriptions.Item label="文号">{doc.docNumber}</Descriptions.Item>}
        <Descriptions.Item label="文件">{fileName}（已下载）</Descriptions.Item>
        <Descriptions.Item label="SHA-256"><Typography.Text className="rd-mono" copyable>{doc.sha256}</Typography.Text></Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} className="rd-review-head">点名审核记录</Typography.Title>
      {lists.map((list) => {
        const rows = reviewRows(record.proposed[list], record.excluded, list);
        return (
          <div key={list}>
            <Typography.Text strong>{LIST_LABEL[list]}</Typography.Text>
            {rows.length
              ? (
                <Table<ReviewRow>
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={rows}
                  columns={[
                    { title: '单位', dataIndex: 'name', width: 220 },
                    { title: '拟定理由', key: 'reasons', render: (_, r) => r.reasons.join('；') || '—' },
                    {
                      title: '审核结果',
                      key: 'result',
                      width: 220,
                      render: (_, r) => {
                        const e = findExclusion(record.excluded, r.name, list);
                        return e ? <span><Tag>已排除</Tag>{e.reason}</span> : <Tag color={list === 'criticise' ? 'red' : 'green'}>已点名</Tag>;
                      },
                    },
                  ]}
                />
              )
              : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />}
          </div>
        );
      })}
    </Flex>
  );
}
