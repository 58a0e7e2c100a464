/** The running import: a bar, "第 n / N 个文件：检查 x.xlsx", and 取消. */
import { Button, Card, Flex, Progress, Typography } from 'antd';
import type { JobStatus } from '../../../shared/ipc/contract';
import { describeJob } from '../../lib/job-progress';

export interface ImportProgressProps {
  status: JobStatus | null;
  dryRun: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

export function ImportProgress({ status, dryRun, cancelling, onCancel }: ImportProgressProps) {
  const v = describeJob(status ?? { state: 'running', done: 0, total: 0, current: '正在读取所选文件并上传…' });
  return (
    <Card size="small" className="rd-import-progress">
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Text strong>{dryRun ? '正在检查（试导入，不写入数据）…' : '正在导入…'}</Typography.Text>
        <Button danger size="small" loading={cancelling} onClick={onCancel}>取消</Button>
      </Flex>
      <Progress percent={v.percent} status="active" aria-label="导入进度" />
      <Typography.Text type="secondary" ellipsis className="rd-import-progress-text" title={v.text}>{v.text}</Typography.Text>
    </Card>
  );
}
