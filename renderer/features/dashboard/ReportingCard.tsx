/** 报送进度: who has reported for the period (已报 / 逾期 / 未报), overall and by district. */
import { Alert, Card, Flex, Progress, Table, Typography } from 'antd';
import type { ReportingCounts } from '../../../shared/stats/types';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';

const COLORS = { onTime: '#52c41a', late: '#fa8c16', missing: '#ff4d4f' };

/** Green = on time, orange = late (the rest of the reported share), grey = missing. */
function ReportingBar({ c, size }: { c: ReportingCounts; size?: 'small' }) {
  return (
    <Progress
      percent={c.reportingRate.percent ?? 0}
      success={{ percent: c.onTimeRate.percent ?? 0, strokeColor: COLORS.onTime }}
      strokeColor={COLORS.late}
      size={size}
      format={() => c.reportingRate.text}
      aria-label={`报送率 ${c.reportingRate.text}`}
    />
  );
}

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <div className="rd-dash-count">
      <div className="rd-dash-count-label">{label}</div>
      <div className="rd-dash-count-value" style={value && color ? { color } : undefined}>{value}</div>
    </div>
  );
}

export function ReportingCard({ period, onOpenTracker }: { period: string; onOpenTracker: () => void }) {
  const q = useApiQuery('stats:status', { period });
  const s = q.data;
  return (
    <Card size="small" title="报送进度" className="rd-dash-card rd-dash-reporting" loading={!s && q.loading} extra={<Typography.Link onClick={onOpenTracker}>报送情况 →</Typography.Link>}>
      {q.error ? <Alert type="error" showIcon message={describeError(q.error)} /> : null}
      {s ? (
        <>
          <Flex gap={8} justify="space-between" className="rd-dash-counts">
            <Count label="应报" value={s.totals.due} />
            <Count label="已报" value={s.totals.onTime} color={COLORS.onTime} />
            <Count label="逾期" value={s.totals.late} color={COLORS.late} />
            <Count label="未报" value={s.totals.missing} color={COLORS.missing} />
          </Flex>
          <ReportingBar c={s.totals} />
          <Table
            size="small"
            className="rd-dash-districts"
            rowKey={(r) => r.key.code}
            dataSource={s.byDistrict}
            pagination={false}
            columns={[
              { title: '区县', key: 'name', width: 84, render: (_v, r) => r.key.label },
              { title: '报送率', key: 'bar', render: (_v, r) => <ReportingBar c={r.counts} size="small" /> },
              { title: '已报', key: 'onTime', width: 52, align: 'right', render: (_v, r) => r.counts.onTime },
              { title: '逾期', key: 'late', width: 52, align: 'right', render: (_v, r) => (r.counts.late ? <span style={{ color: COLORS.late }}>{r.counts.late}</span> : '—') },
              { title: '未报', key: 'missing', width: 52, align: 'right', render: (_v, r) => (r.counts.missing ? <Typography.Text type="danger">{r.counts.missing}</Typography.Text> : '—') },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
