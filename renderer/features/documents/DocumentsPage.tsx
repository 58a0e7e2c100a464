/**
 * 文书 (user journey §2 step 7, §3): 进展情况通报 and 书面总结报告 built from the statistics,
 * reviewed and adjusted by the clerk, exported and issued; 存档 of issued documents; 句式设置.
 * Tab and period live in the address (`#/documents?tab=bulletin&period=2023-06-H2`); a document
 * opens on the latest period that has ended.
 */
import { Alert, Empty, Spin, Tabs } from 'antd';
import { useMemo } from 'react';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { resolveDocumentPeriod } from '../../lib/document-choice';
import { localToday } from '../../lib/today';
import { usePeriods } from '../intake/use-periods';
import { useHashLocation } from '../layout/use-hash-location';
import { ArchiveTab } from './ArchiveTab';
import { DocumentWorkbench } from './DocumentWorkbench';
import { SentencesTab } from './SentencesTab';
import './documents.css';

const TABS = ['bulletin', 'summary', 'archive', 'sentences'] as const;
type Tab = (typeof TABS)[number];

export function DocumentsPage() {
  const { params, navigate } = useHashLocation();
  const { periods, loading, error } = usePeriods();
  // A document reports a finished half month: its name is enough, the due date is not the point here.
  const options = useMemo(() => periods.map((p) => ({ value: p.code, label: p.label })), [periods]);
  const archive = useApiQuery('documents:archive', {});
  const tab: Tab = (TABS as readonly string[]).includes(params.tab) ? (params.tab as Tab) : 'bulletin';
  const period = resolveDocumentPeriod(periods, params.period, localToday());

  const go = (next: { tab?: Tab; period?: string }) => navigate('/documents', { tab: next.tab ?? tab, period: next.period ?? params.period });

  if (loading && !periods.length) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (error) return <Alert type="error" showIcon message={describeError(error)} />;
  if (!period) return <Empty description="当前专项没有报告期：请在“设置”中检查专项的起止日期" />;

  const workbench = (kind: 'bulletin' | 'summary') => (
    <DocumentWorkbench
      key={`${kind}:${period.code}`}
      kind={kind}
      period={period}
      periodOptions={options}
      onPeriodChange={(code) => go({ period: code })}
      archive={archive.data ?? []}
      onIssued={() => void archive.reload()}
    />
  );

  return (
    <div className="rd-documents">
      {archive.error && <Alert type="error" showIcon message={`读取存档失败：${describeError(archive.error)}`} className="rd-toolbar" />}
      <Tabs
        activeKey={tab}
        onChange={(k) => go({ tab: k as Tab })}
        destroyOnHidden={false}
        items={[
          { key: 'bulletin', label: '进展情况通报', children: tab === 'bulletin' ? workbench('bulletin') : null },
          { key: 'summary', label: '书面总结报告', children: tab === 'summary' ? workbench('summary') : null },
          { key: 'archive', label: '存档', children: <ArchiveTab archive={archive.data ?? []} loading={archive.loading} periods={periods} /> },
          { key: 'sentences', label: '句式设置', children: tab === 'sentences' ? <SentencesTab /> : null },
        ]}
      />
    </div>
  );
}
