/** One issue: every field of the merged ledger and its history across periods (which file, sheet and row each state came from). */
import { Alert, Descriptions, Drawer, Table, Tag, Typography } from 'antd';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { LedgerHistoryRow, LedgerRow } from '../../../shared/ipc/contract/intake';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { annotateHistory, historyPlace, overdueDays, statusColor, type HistoryEntry } from '../../lib/ledger-filters';
import { periodLabel } from '../../lib/period-choice';
import { localToday } from '../../lib/today';

export interface IssueDrawerProps {
  issue: LedgerRow | null;
  periods: readonly PeriodRow[];
  onClose: () => void;
}

type Entry = HistoryEntry<LedgerHistoryRow> & { key: string };

export function IssueDrawer({ issue, periods, onClose }: IssueDrawerProps) {
  const q = useApiQuery('ledger:history', { id: issue?.id ?? 0 }, { skip: !issue });
  const late = issue ? overdueDays(issue, localToday()) : null;
  const history: Entry[] = annotateHistory(q.data ?? []).map((h, i) => ({ ...h, key: `${h.period}-${h.version}-${i}` }));
  const dash = (v: string | null | undefined) => (v ? v : '—');

  return (
    <Drawer open={!!issue} onClose={onClose} width={980} destroyOnHidden title={issue ? `问题 ${issue.ledgerNo}` : ''} className="rd-issue-drawer">
      {issue ? (
        <>
          {late !== null ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message={`已超过整改时限 ${late} 天仍未整改（时限 ${issue.deadline}）`} /> : null}
          {issue.missingSince ? (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`${periodLabel(periods, issue.missingSince)}起该机构的报表中没有再出现此问题，请核实是否漏填或被删除`} />
          ) : null}
          <Descriptions size="small" bordered column={2} className="rd-issue-fields">
            <Descriptions.Item label="台账编号"><span className="rd-mono">{issue.ledgerNo}</span></Descriptions.Item>
            <Descriptions.Item label="整改状态"><Tag color={statusColor(issue.status)}>{issue.status}</Tag></Descriptions.Item>
            <Descriptions.Item label="机构">{issue.institution}</Descriptions.Item>
            <Descriptions.Item label="统一社会信用代码"><span className="rd-mono">{dash(issue.uscc)}</span></Descriptions.Item>
            <Descriptions.Item label="区县">{issue.districtName}（{issue.districtCode}）</Descriptions.Item>
            <Descriptions.Item label="整治重点">{issue.focus}</Descriptions.Item>
            <Descriptions.Item label="问题来源">{dash(issue.source)}</Descriptions.Item>
            <Descriptions.Item label="发现日期">{dash(issue.foundDate)}</Descriptions.Item>
            <Descriptions.Item label="问题描述" span={2}><span className="rd-pre">{issue.description}</span></Descriptions.Item>
            <Descriptions.Item label="整改措施" span={2}><span className="rd-pre">{dash(issue.measures)}</span></Descriptions.Item>
            <Descriptions.Item label="整改时限">{dash(issue.deadline)}{issue.overdue ? <Tag color="red" style={{ marginLeft: 8 }}>逾期</Tag> : null}</Descriptions.Item>
            <Descriptions.Item label="完成日期">{dash(issue.completionDate)}</Descriptions.Item>
            <Descriptions.Item label="首次报送">{periodLabel(periods, issue.firstPeriod)}</Descriptions.Item>
            <Descriptions.Item label="最近报送">{periodLabel(periods, issue.lastPeriod)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 20 }}>历次报送记录</Typography.Title>
          {q.error ? <Alert type="error" showIcon message={describeError(q.error)} /> : null}
          <Table<Entry>
            size="small"
            className="rd-issue-history"
            loading={q.loading}
            dataSource={history}
            pagination={false}
            rowClassName={(h) => (h.current ? '' : 'rd-row-superseded')}
            columns={[
              { title: '报告期', dataIndex: 'period', width: 130, render: (v: string) => periodLabel(periods, v) },
              { title: '版本', dataIndex: 'version', width: 110, render: (v: number, h) => (h.current ? `第${v}版` : <span>第{v}版 <Tag>已替换</Tag></span>) },
              { title: '整改状态', dataIndex: 'status', width: 120, render: (v: string) => <Tag color={statusColor(v)}>{v}</Tag> },
              { title: '整改时限', dataIndex: 'deadline', width: 100, render: (v: string | null) => dash(v) },
              { title: '变化', dataIndex: 'change', width: 140 },
              {
                title: '来源', key: 'source',
                render: (_v, h) => (
                  <div>
                    <div className="rd-file-name">{h.fileName}</div>
                    <Typography.Text code>{historyPlace(h)}</Typography.Text>
                    <Typography.Text type="secondary">{h.receivedDate} 收到</Typography.Text>
                  </div>
                ),
              },
            ]}
            expandable={{
              rowExpandable: (h) => !!h.measures,
              expandedRowRender: (h) => <span className="rd-pre">整改措施：{h.measures}</span>,
            }}
          />
        </>
      ) : null}
    </Drawer>
  );
}
