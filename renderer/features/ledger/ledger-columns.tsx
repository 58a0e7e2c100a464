/** Columns of the 问题台账 table (fixed widths: the table is virtual and scrolls sideways). */
import { Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { LedgerRow } from '../../../shared/ipc/contract/intake';
import { statusColor } from '../../lib/ledger-filters';
import { periodLabel } from '../../lib/period-choice';

export const LEDGER_TABLE_WIDTH = 1680;

export function ledgerColumns(periods: readonly PeriodRow[]): TableColumnsType<LedgerRow> {
  return [
    { title: '台账编号', dataIndex: 'ledgerNo', width: 170, fixed: 'left', render: (v: string) => <span className="rd-mono rd-nowrap">{v}</span> },
    { title: '区县', dataIndex: 'districtName', width: 90 },
    { title: '机构', dataIndex: 'institution', width: 200, render: (v: string) => <Typography.Text ellipsis={{ tooltip: v }}>{v}</Typography.Text> },
    { title: '整治重点', dataIndex: 'focus', width: 150, render: (v: string) => <Typography.Text ellipsis={{ tooltip: v }}>{v}</Typography.Text> },
    { title: '问题描述', dataIndex: 'description', width: 320, render: (v: string) => <Typography.Text ellipsis={{ tooltip: v }}>{v}</Typography.Text> },
    { title: '来源', dataIndex: 'source', width: 90, render: (v: string | null) => v ?? '—' },
    { title: '发现日期', dataIndex: 'foundDate', width: 105, render: (v: string | null) => v ?? '—' },
    {
      title: '整改时限', dataIndex: 'deadline', width: 140,
      render: (v: string | null, r) => (r.overdue ? <Tooltip title="已过整改时限仍未整改"><span className="rd-overdue-text rd-nowrap">{v} 逾期</span></Tooltip> : v ?? '—'),
    },
    { title: '整改状态', dataIndex: 'status', width: 120, render: (v: string) => <Tag color={statusColor(v)}>{v}</Tag> },
    { title: '完成日期', dataIndex: 'completionDate', width: 105, render: (v: string | null) => v ?? '—' },
    { title: '首次报送', dataIndex: 'firstPeriod', width: 140, render: (v: string) => periodLabel(periods, v) },
    {
      title: '最近报送', dataIndex: 'lastPeriod', width: 170,
      render: (v: string, r) => (
        <span>
          {periodLabel(periods, v)}
          {r.missingSince ? <Tooltip title={`${periodLabel(periods, r.missingSince)}起的报表中没有再出现`}> <Tag color="volcano">缺失</Tag></Tooltip> : null}
        </span>
      ),
    },
  ];
}
