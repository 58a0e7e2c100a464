/** The period's charts: the same specs the bulletin embeds (charts:period), two to a row. */
import { Alert, Button, Col, Empty, Row, Spin } from 'antd';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { ChartCard } from './ChartCard';

export function ChartsPanel({ period }: { period: string }) {
  const q = useApiQuery('charts:period', { period });
  if (q.error) {
    return <Alert type="error" showIcon message={describeError(q.error)} action={<Button size="small" onClick={() => void q.reload()}>重试</Button>} />;
  }
  if (!q.data) return <Spin style={{ display: 'block', margin: '60px auto' }} />;
  if (!q.data.length) return <Empty description="本期没有可绘制的图表" />;
  return (
    <Spin spinning={q.loading}>
      <Row gutter={[16, 16]} className="rd-charts-grid">
        {q.data.map((spec) => (
          <Col key={spec.id} xs={24} xl={12}>
            <ChartCard spec={spec} />
          </Col>
        ))}
      </Row>
    </Spin>
  );
}
