/** The half-month periods with their due dates and phases (wizard review, 设置). */
import { Table, Tag } from 'antd';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { chineseDate } from '../../../shared/domain/period';

export function PeriodTable({ rows, loading }: { rows: PeriodRow[]; loading?: boolean }) {
  return (
    <Table<PeriodRow>
      size="small"
      rowKey="code"
      loading={loading}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: '开始、结束日期填写后显示报告期' }}
      columns={[
        { title: '序号', key: 'n', width: 60, render: (_v, _r, i) => i + 1 },
        { title: '报告期', dataIndex: 'label' },
        { title: '代码', dataIndex: 'code', render: (v: string) => <code>{v}</code> },
        { title: '起止', key: 'range', render: (_v, r) => `${chineseDate(r.start)}—${chineseDate(r.end)}` },
        { title: '报送截止', dataIndex: 'due', render: (v: string) => chineseDate(v) },
        { title: '阶段', dataIndex: 'phase', render: (v: string | null) => (v ? <Tag>{v}</Tag> : <span className="rd-muted">—</span>) },
      ]}
    />
  );
}
