/**
 * 统计分析 (user journey §2 step 6): the pivot (区县 × 整治重点 and any other pair), trends,
 * threshold checks and rankings, the period's charts — the same specs the bulletin embeds — and
 * the 汇总表 workbook. Period, tab, dimensions and indicators live in the address.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Empty, Flex, Segmented, Select, Spin, Tabs, Typography } from 'antd';
import { api, downloadPayload } from '../../api/client';
import { useAction } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { paramsFromStatsView, statsViewFromParams, type StatsTab, type StatsView } from '../../lib/stats-params';
import { usePeriodSelector } from '../layout/use-period-selector';
import { ChartsPanel } from './ChartsPanel';
import { PivotPanel } from './PivotPanel';
import { RankingPanel } from './RankingPanel';
import { TrendPanel } from './TrendPanel';
import './stats.css';

const BASIS_OPTIONS = [{ value: 'period', label: '本期' }, { value: 'cumulative', label: '累计' }];

export function StatsPage() {
  const { message } = AntApp.useApp();
  const sel = usePeriodSelector('/stats');
  const view = statsViewFromParams(sel.params);
  const period = sel.period;
  const setView = (v: StatsView) => sel.navigate('/stats', paramsFromStatsView(v, period?.code));

  const exportSummary = useAction(async () => {
    if (!period) return;
    try {
      const file = await api.invoke('export:summary-xlsx', { period: period.code });
      downloadPayload(file);
      message.success(`已导出 ${file.fileName}`);
    } catch (e) {
      message.error(describeError(e));
    }
  });

  if (sel.loading && !sel.periods.length) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (sel.error) return <Alert type="error" showIcon message={describeError(sel.error)} />;
  if (!period) return <Empty description="当前专项没有报告期：请在“设置”中检查专项的起止日期" />;

  return (
    <div className="rd-stats">
      <Flex align="center" gap={12} className="rd-toolbar" wrap justify="space-between">
        <Flex align="center" gap={12} wrap>
          <Typography.Text>报告期</Typography.Text>
          <Select aria-label="报告期选择" style={{ width: 280 }} value={period.code} options={sel.options} onChange={(v: string) => sel.setPeriod(v)} />
          <Segmented
            aria-label="本期或累计"
            value={view.cumulative ? 'cumulative' : 'period'}
            options={BASIS_OPTIONS}
            onChange={(v) => setView({ ...view, cumulative: v === 'cumulative' })}
          />
          <Typography.Text type="secondary">截至 {period.end}</Typography.Text>
        </Flex>
        <Button icon={<DownloadOutlined />} loading={exportSummary.pending} onClick={() => void exportSummary.run()}>导出汇总表</Button>
      </Flex>
      <Tabs
        activeKey={view.tab}
        onChange={(k) => setView({ ...view, tab: k as StatsTab })}
        destroyOnHidden
        items={[
          { key: 'pivot', label: '透视表', children: <PivotPanel period={period.code} view={view} onView={setView} /> },
          { key: 'trend', label: '趋势', children: <TrendPanel period={period.code} cumulative={view.cumulative} /> },
          { key: 'rank', label: '排名与达标', children: <RankingPanel period={period.code} /> },
          { key: 'charts', label: '图表', children: <ChartsPanel period={period.code} /> },
        ]}
      />
    </div>
  );
}
