/**
 * 点名审核: before anyone is named in the document, the clerk sees every unit the statistics
 * propose for 通报批评 / 通报表扬 with its reasons, and may exclude a unit with a mandatory reason
 * (已批准延期 …). Only confirmed units reach the document; the record is archived on issue.
 */
import { Alert, Button, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DocumentPreview } from '../../../shared/ipc/contract/documents';
import { LIST_LABEL, namedCount, reviewRows, withExclusion, withoutExclusion, type Exclusion, type ReviewList, type ReviewRow } from '../../lib/document-review';
import { ExcludeModal } from './ExcludeModal';

export interface ReviewPanelProps {
  preview: DocumentPreview;
  /** Saves the whole exclusion list (the preview regenerates). */
  onChange: (excluded: Exclusion[]) => Promise<void>;
  pending: boolean;
  disabled: boolean;
}

const KIND_TAG = { district: '区县', institution: '机构' } as const;

export function ReviewPanel({ preview, onChange, pending, disabled }: ReviewPanelProps) {
  const [excluding, setExcluding] = useState<ReviewRow | null>(null);
  const lists: ReviewList[] = ['criticise', 'praise'];

  const renderRow = (r: ReviewRow) => (
    <List.Item
      key={r.key}
      className={r.excluded ? 'rd-review-row rd-review-excluded' : 'rd-review-row'}
      data-unit={r.name}
      actions={[
        r.excluded
          ? <Button key="restore" size="small" disabled={disabled || pending} onClick={() => void onChange(withoutExclusion(preview.excluded, r.name, r.list))}>恢复点名</Button>
          : <Button key="exclude" size="small" danger disabled={disabled || pending} onClick={() => setExcluding(r)}>排除</Button>,
      ]}
    >
      <List.Item.Meta
        title={(
          <Flex gap={6} align="center" wrap>
            <span className={r.excluded ? 'rd-review-name-off' : undefined}>{r.name}</span>
            {r.kind && <Tag>{KIND_TAG[r.kind]}</Tag>}
            {r.excluded ? <Tag color="default">已排除</Tag> : <Tag color={r.list === 'criticise' ? 'red' : 'green'}>将点名</Tag>}
            {r.stale && <Tag color="warning">本期数据已不再拟定</Tag>}
          </Flex>
        )}
        description={(
          <Flex vertical gap={2}>
            {r.reasons.map((reason) => <Typography.Text key={reason} className="rd-review-reason">{reason}</Typography.Text>)}
            {r.excluded && <Typography.Text type="secondary">排除理由：{r.excluded.reason}</Typography.Text>}
          </Flex>
        )}
      />
    </List.Item>
  );

  return (
    <Flex vertical gap={12} className="rd-doc-review">
      <Alert
        type="info"
        showIcon
        message="点名前请逐一核对"
        description="以下单位由统计数据自动拟定。确有正当理由（如已批准延期、数据已更正）的，点“排除”并写明理由；排除后预览随即重新生成，排除记录随印发的文书一并存档。"
      />
      {lists.map((list) => {
        const rows = reviewRows(preview.proposals[list], preview.excluded, list);
        return (
          <div key={list} className="rd-review-list" data-list={list}>
            <Typography.Title level={5} className="rd-review-head">
              {LIST_LABEL[list]}
              <Typography.Text type="secondary" className="rd-review-count">{rows.length ? `将点名 ${namedCount(rows)} 个，排除 ${rows.filter((r) => r.excluded).length} 个` : ''}</Typography.Text>
            </Typography.Title>
            {rows.length
              ? <List size="small" bordered dataSource={rows} renderItem={renderRow} />
              : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={list === 'criticise' ? '本期没有拟通报批评的单位' : '本期没有拟通报表扬的单位'} />}
          </div>
        );
      })}
      <ExcludeModal
        row={excluding}
        onCancel={() => setExcluding(null)}
        onConfirm={async (reason) => {
          if (!excluding) return;
          await onChange(withExclusion(preview.excluded, { name: excluding.name, list: excluding.list, reason }));
          setExcluding(null);
        }}
      />
    </Flex>
  );
}
