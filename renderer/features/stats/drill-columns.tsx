/** Columns of the drill-down table, one set per kind of row the backend returns. */
import { Button, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { DrillInstitutionRow, DrillIssueRow, StatusRow } from '../../../shared/stats/types';
import { statusColor } from '../../lib/ledger-filters';
import { stateText } from '../../lib/tracker';

const STATE_COLOR: Record<StatusRow['state'], string> = { 已报: 'green', 逾期: 'orange', 未报: 'red' };

const ellipsis = (v: string) => <Typography.Text ellipsis={{ tooltip: v }}>{v}</Typography.Text>;

/** Sum of the columns' widths (the table scrolls sideways below it). */
export function columnsWidth(columns: readonly { width?: number | string }[]): number {
  return columns.reduce((n, c) => n + (typeof c.width === 'number' ? c.width : 100), 0);
}

/** Opens 问题台账 with a filter (the address parameters the ledger page reads). */
export type OpenLedger = (params: Record<string, string | number | undefined>) => void;

export function institutionColumns(openLedger: OpenLedger, focus: string | undefined): TableColumnsType<DrillInstitutionRow> {
  return [
    { title: '机构', dataIndex: 'name', width: 240, render: ellipsis },
    { title: '区县', dataIndex: 'districtName', width: 90 },
    { title: '类别', dataIndex: 'category', width: 120, render: ellipsis },
    { title: '性质', dataIndex: 'ownership', width: 72 },
    { title: '省直省管', dataIndex: 'direct', width: 84, render: (v: boolean) => (v ? '是' : '') },
    { title: '数值', dataIndex: 'text', width: 150, align: 'right', render: (v: string, r) => (r.value === null ? <Typography.Text type="secondary">{v}</Typography.Text> : v) },
    {
      title: '', key: 'ledger', width: 90, fixed: 'right',
      render: (_v, r) => (
        <Button type="link" size="small" onClick={() => openLedger({ inst: r.institutionId, instName: r.name, focus })}>问题台账</Button>
      ),
    },
  ];
}

export function issueColumns(openLedger: OpenLedger): TableColumnsType<DrillIssueRow> {
  return [
    { title: '台账编号', dataIndex: 'ledgerNo', width: 150, render: (v: string) => <span className="rd-mono rd-nowrap">{v}</span> },
    { title: '机构', dataIndex: 'institution', width: 160, render: ellipsis },
    { title: '区县', dataIndex: 'districtName', width: 80 },
    { title: '整治重点', dataIndex: 'focusName', width: 90, render: ellipsis },
    { title: '问题描述', dataIndex: 'description', width: 230, render: ellipsis },
    { title: '发现日期', dataIndex: 'foundDate', width: 96, render: (v: string | null) => v ?? '—' },
    {
      title: '整改时限', dataIndex: 'deadline', width: 128,
      render: (v: string | null, r) => (r.overdue ? <Tooltip title="截至本期末已过整改时限仍未整改"><span className="rd-drill-overdue rd-nowrap">{v} 逾期</span></Tooltip> : v ?? '—'),
    },
    { title: <Tooltip title="截至本期末的整改状态">状态</Tooltip>, dataIndex: 'status', width: 112, render: (v: string) => <Tag color={statusColor(v)}>{v}</Tag> },
    {
      title: '', key: 'ledger', width: 64, fixed: 'right',
      render: (_v, r) => (
        <Button type="link" size="small" onClick={() => openLedger({ inst: r.institutionId, instName: r.institution, q: r.ledgerNo })}>台账</Button>
      ),
    },
  ];
}

export function statusColumns(): TableColumnsType<StatusRow> {
  return [
    { title: '单位', dataIndex: 'name', width: 240, render: ellipsis },
    { title: '区县', dataIndex: 'districtName', width: 90 },
    { title: '报送情况', key: 'state', width: 150, render: (_v, r) => <Tag color={STATE_COLOR[r.state]}>{stateText(r)}</Tag> },
    { title: '截止日期', dataIndex: 'dueDate', width: 110 },
    { title: '接收日期', dataIndex: 'receivedDate', width: 110, render: (v: string | null) => v ?? '—' },
    { title: '采用版本', dataIndex: 'version', width: 90, render: (v: number | null) => (v ? `第${v}版` : '—') },
  ];
}
