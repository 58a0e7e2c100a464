/**
 * First-run "load demo data": creates the provincial campaign, a fictional 宿迁 roster and
 * filled returns (each received on its own simulated day) and imports them, so a newcomer sees
 * every page with realistic, uneven data. Runs as a background job with a progress bar.
 */
import { App as AntApp, Alert, Button, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/campaign';
import { api } from '../../api/client';
import { useJob } from '../../api/use-job';
import { describeJob } from '../../lib/job-progress';

export function DemoLoader({ onCreated }: { onCreated: (c: Campaign) => void | Promise<void> }) {
  const { message } = AntApp.useApp();
  const job = useJob<unknown>('载入示例数据失败');
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    setError(null);
    try {
      const done = await job.run(() => api.invoke('intake:load-demo', { institutions: 40, periods: 4 }));
      if (done === undefined) return; // the wizard was left while loading
      if (done === null) throw new Error('已取消');
      const c = await api.invoke('campaign:current', {});
      if (!c) throw new Error('示例专项未创建');
      message.success('已载入示例数据：40 家虚构机构、4 期报送');
      await onCreated(c);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const { status, running } = job;
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
      <Typography.Text type="secondary">还没有真实数据？可以先载入一套虚构的示例数据（宿迁市 5 个县区 40 家机构、4 期半月报表，含逾期、未报和手工修改的表格）熟悉操作。</Typography.Text>
      <Button onClick={() => void load()} loading={running} disabled={running}>载入示例数据</Button>
      {status && running ? <Progress percent={describeJob(status).percent} status="active" format={() => describeJob(status).text} /> : null}
      {error ? <Alert type="error" showIcon message={error} /> : null}
    </Space>
  );
}
