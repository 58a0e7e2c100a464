/**
 * 检查与线索: the inspection log, complaint leads, 社会办 coverage against the plan's target, and
 * the partner departments' returns; 导出典型案例 gives the list marked for publication.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Tabs } from 'antd';
import { api, downloadPayload } from '../../api/client';
import { useAction } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { defaultPeriod } from '../../lib/period-choice';
import { localToday } from '../../lib/today';
import { usePeriods } from '../intake/use-periods';
import { useHashLocation } from '../layout/use-hash-location';
import { CoverageTab } from './CoverageTab';
import { DepartmentTab } from './DepartmentTab';
import { InspectionTab } from './InspectionTab';
import { LeadTab } from './LeadTab';
import './inspections.css';

const TABS = ['inspections', 'leads', 'coverage', 'departments'] as const;

export function InspectionsPage() {
  const { message } = AntApp.useApp();
  const { params, navigate } = useHashLocation();
  const { periods, options } = usePeriods();
  const tab = (TABS as readonly string[]).includes(params.tab ?? '') ? params.tab! : 'inspections';

  const exportCases = useAction(async () => {
    try {
      const p = await api.invoke('case:export', {});
      downloadPayload(p);
      message.success(`已导出：${p.fileName}`);
    } catch (e) {
      message.error(describeError(e));
    }
  });

  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => navigate('/inspections', { tab: k })}
      tabBarExtraContent={<Button icon={<DownloadOutlined />} loading={exportCases.pending} onClick={() => void exportCases.run()}>导出典型案例</Button>}
      destroyOnHidden
      items={[
        { key: 'inspections', label: '检查记录', children: <InspectionTab periodOptions={options} /> },
        { key: 'leads', label: '举报线索', children: <LeadTab /> },
        { key: 'coverage', label: '覆盖率', children: <CoverageTab periodOptions={options} /> },
        { key: 'departments', label: '部门报送', children: <DepartmentTab periodOptions={options} defaultPeriod={defaultPeriod(periods, localToday())?.code} /> },
      ]}
    />
  );
}
