/** A running document job: a bar, what the backend is doing now ("绘制图表" …), and 取消 when allowed. */
import { Button, Card, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import type { JobStatus } from '../../../shared/ipc/contract';
import { describeJob } from '../../lib/job-progress';

export interface JobProgressProps {
  title: string;
  status: JobStatus | null;
  /** Absent: the job cannot be stopped halfway (issuing numbers and archives in one go). */
  onCancel?: () => Promise<void>;
}

export function JobProgress({ title, status, onCancel }: JobProgressProps) {
  const [cancelling, setCancelling] = useState(false);
  const v = describeJob(status ?? { state: 'running', done: 0, total: 0, current: '' });
  return (
    <Card size="small" className="rd-doc-job">
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Text strong>{title}</Typography.Text>
        {onCancel && (
          <Button
            size="small"
            danger
            loading={cancelling}
            onClick={async () => {
              setCancelling(true);
              try {
                await onCancel();
              } finally {
                setCancelling(false);
              }
            }}
          >
            取消
          </Button>
        )}
      </Flex>
      <Progress percent={v.percent} status="active" aria-label="文书生成进度" />
      <Typography.Text type="secondary">{v.text}</Typography.Text>
    </Card>
  );
}
