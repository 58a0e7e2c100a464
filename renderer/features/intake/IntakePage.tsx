/**
 * 报送 (user journey §2 steps 1–4): pick the half-month period (default: the one being collected
 * now), then 下发模板 / 导入 / 报送情况. Period and tab live in the address
 * (`#/intake?period=2023-06-H1&tab=status`), so other pages can link to a period's tracker.
 */
import { Alert, Empty, Flex, Select, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { describeError } from '../../lib/api-error';
import { resolvePeriod } from '../../lib/period-choice';
import { localToday } from '../../lib/today';
import { useHashLocation } from '../layout/use-hash-location';
import { ImportTab } from './ImportTab';
import { TemplatesTab } from './TemplatesTab';
import { TrackerTab } from './TrackerTab';
import { usePeriods } from './use-periods';
import './intake.css';

const TABS = ['templates', 'import', 'status'] as const;
type Tab = (typeof TABS)[number];

export function IntakePage() {
  const { params, navigate } = useHashLocation();
  const { periods, options, loading, error } = usePeriods();
  const [dataVersion, setDataVersion] = useState(0);
  const tab: Tab = (TABS as readonly string[]).includes(params.tab) ? (params.tab as Tab) : 'import';
  const period = resolvePeriod(periods, params.period, localToday());

  const go = (next: { period?: string; tab?: Tab }) => navigate('/intake', { period: next.period ?? period?.code, tab: next.tab ?? tab });

  if (loading && !periods.length) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (error) return <Alert type="error" showIcon message={describeError(error)} />;
  if (!period) return <Empty description="当前专项没有报告期：请在“设置”中检查专项的起止日期" />;

  return (
    <div className="rd-intake">
      <Flex align="center" gap={8} className="rd-toolbar" wrap>
        <Typography.Text>报告期</Typography.Text>
        <Select aria-label="报告期选择" style={{ width: 280 }} value={period.code} options={options} onChange={(v: string) => go({ period: v })} />
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => go({ tab: k as Tab })}
        items={[
          { key: 'templates', label: '下发模板', children: <TemplatesTab period={period} /> },
          {
            key: 'import',
            label: '导入',
            children: (
              <ImportTab
                periods={periods}
                periodOptions={options}
                onImported={() => setDataVersion((v) => v + 1)}
                onShowTracker={() => go({ tab: 'status' })}
              />
            ),
          },
          { key: 'status', label: '报送情况', children: <TrackerTab period={period} version={dataVersion} /> },
        ]}
      />
    </div>
  );
}
