/**
 * 工作台 (the start page): the period at a glance — reporting progress by district, key figures
 * with 环比, threshold checks, overdue issues (a link into 问题台账), the campaign's deadlines and
 * the period's due date. Every number comes from the statistics engine or the ledger.
 */
import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Spin, Typography } from 'antd';
import { chineseDate, diffDays } from '../../../shared/domain/period';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { daysText } from '../../lib/dashboard';
import { localToday } from '../../lib/today';
import { useCurrentCampaign } from '../app-state';
import { usePeriodSelector } from '../layout/use-period-selector';
import { ThresholdChecks } from '../stats/ThresholdChecks';
import { DeadlinesCard } from './DeadlinesCard';
import { KeyFiguresCard } from './KeyFiguresCard';
import { ReportingCard } from './ReportingCard';
import '../stats/stats.css';
import './dashboard.css';

function OverdueCard({ periodOverdue, onOpen }: { periodOverdue: number | null | undefined; onOpen: () => void }) {
  // The ledger's overdue filter counts against today, so this number is exactly what the link lists.
  const q = useApiQuery('ledger:list', { overdue: true, offset: 0, limit: 1 });
  const n = q.data?.total;
  return (
    <Card size="small" title="逾期未整改问题" className="rd-dash-card rd-dash-overdue" loading={n === undefined && q.loading}>
      {q.error ? <Alert type="error" showIcon message={describeError(q.error)} /> : null}
      {n !== undefined ? (
        <>
          <div className={`rd-dash-overdue-value${n ? ' rd-dash-overdue-bad' : ''}`}>
            {n ? <WarningOutlined /> : null} {n}<small>个</small>
          </div>
          <Typography.Paragraph type="secondary" className="rd-dash-overdue-sub">
            按今天计，已过整改时限仍未整改。
            {periodOverdue !== undefined && periodOverdue !== null ? `截至本期末 ${periodOverdue} 个。` : ''}
          </Typography.Paragraph>
          <Button type={n ? 'primary' : 'default'} danger={!!n} block onClick={onOpen}>查看逾期问题</Button>
        </>
      ) : null}
    </Card>
  );
}

export function DashboardPage() {
  const campaign = useCurrentCampaign();
  const sel = usePeriodSelector('/dashboard');
  const period = sel.period;
  const today = localToday();
  const summary = useApiQuery('stats:summary', { period: period?.code ?? '' }, { skip: !period });
  const checks = useApiQuery('stats:checks', { period: period?.code ?? '' }, { skip: !period });

  if (sel.loading && !sel.periods.length) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (sel.error) return <Alert type="error" showIcon message={describeError(sel.error)} />;
  if (!period) return <Empty description="当前专项没有报告期：请在“设置”中检查专项的起止日期" />;

  const dueDays = diffDays(today, period.due);
  const openStats = (params: Record<string, string | undefined>) => sel.navigate('/stats', { period: period.code, ...params });

  return (
    <div className="rd-dashboard">
      <Flex align="center" gap={12} className="rd-toolbar" wrap>
        <Typography.Text>报告期</Typography.Text>
        <Select aria-label="报告期选择" style={{ width: 280 }} value={period.code} options={sel.options} onChange={(v: string) => sel.setPeriod(v)} />
        <Typography.Text className="rd-dash-due" data-days={dueDays}>
          报送截止 {chineseDate(period.due)}
          <span className={dueDays < 0 ? 'rd-muted' : dueDays <= 2 ? 'rd-dash-due-soon' : ''}>（{daysText(dueDays)}）</span>
        </Typography.Text>
        {period.phase ? <Typography.Text type="secondary">所处阶段：{period.phase}</Typography.Text> : null}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <ReportingCard period={period.code} onOpenTracker={() => sel.navigate('/intake', { period: period.code, tab: 'status' })} />
        </Col>
        <Col xs={24} xl={14}>
          <KeyFiguresCard summary={summary.data} loading={summary.loading} error={summary.error} onOpen={(code) => openStats({ dims: 'district', ind: code })} />
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title="达标检查"
            className="rd-dash-card rd-dash-checks"
            loading={!checks.data && checks.loading}
            extra={<Typography.Link onClick={() => openStats({ tab: 'rank' })}>排名与达标 →</Typography.Link>}
          >
            {checks.error ? <Alert type="error" showIcon message={describeError(checks.error)} /> : null}
            {checks.data ? <ThresholdChecks checks={checks.data.checks} /> : null}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <OverdueCard periodOverdue={summary.data?.totals.D5?.period} onOpen={() => sel.navigate('/ledger', { overdue: 1 })} />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <DeadlinesCard campaign={campaign} period={period} today={today} />
        </Col>
      </Row>
    </div>
  );
}
