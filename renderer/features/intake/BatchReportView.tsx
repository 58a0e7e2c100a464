/**
 * A returns import report, dry run or real: the headline, counts (files and ledger rows), one line
 * per file in green / yellow / red with its problems (cell addresses, plain reasons) and the
 * marked-up workbook to send back, and the problems grouped by rule across the batch.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Collapse, Row, Segmented, Space, Statistic, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { BatchReport, FileReport } from '../../../shared/import/import-report';
import { canMarkUp } from '../../lib/intake-upload';
import {
  FILE_STATUS_DONE_TEXT, FILE_STATUS_TEXT, TONE_COLOR, fileTone, filterFiles, groupIssuesByRule, ledgerTotals, sortByAttention, summariseBatch, type FileFilter,
} from '../../lib/intake-report';
import { periodLabel } from '../../lib/period-choice';
import { IssuesTable } from '../roster/ImportReportView';

export interface BatchReportViewProps {
  report: BatchReport;
  periods: PeriodRow[];
  /** Downloads the file's own workbook marked up with its problems; absent when not offered. */
  onMarkUp?: (f: FileReport) => void;
  markingUp?: string | null;
}

type Row = FileReport & { key: string };

const FILTERS: { value: FileFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'problems', label: '有问题的' },
  { value: 'rejected', label: '拒绝' },
  { value: 'warning', label: '有警告' },
  { value: 'ok', label: '可导入/未变化' },
];

function countText(f: FileReport): string {
  const e = f.issues.filter((i) => i.severity === '错误').length;
  const w = f.issues.length - e;
  return [e ? `错误 ${e}` : '', w ? `警告 ${w}` : ''].filter(Boolean).join('，') || '—';
}

export function BatchReportView({ report, periods, onMarkUp, markingUp }: BatchReportViewProps) {
  const [filter, setFilter] = useState<FileFilter>(report.totals.rejected || report.totals.warnings ? 'problems' : 'all');
  const s = summariseBatch(report);
  const ledger = ledgerTotals(report.files);
  const groups = useMemo(() => groupIssuesByRule(report.files), [report]);
  const rows: Row[] = useMemo(() => sortByAttention(filterFiles(report.files, filter)).map((f, i) => ({ ...f, key: `${i}:${f.file}` })), [report, filter]);
  const statusText = report.dryRun ? FILE_STATUS_TEXT : FILE_STATUS_DONE_TEXT;
  const markable = !!onMarkUp && report.files.some((f) => canMarkUp(f.file, f.issues.length));
  const columns: TableColumnsType<Row> = [
    {
      title: '结果', dataIndex: 'status', width: 110,
      render: (_v, f) => <Tag color={TONE_COLOR[fileTone(f)]}>{f.status === 'accepted' && fileTone(f) === 'warning' ? (report.dryRun ? '有警告' : '已导入（有警告）') : statusText[f.status]}</Tag>,
    },
    { title: '文件', dataIndex: 'file', render: (v: string) => <span className="rd-file-name">{v}</span> },
    { title: '机构', dataIndex: 'institution', width: 210, render: (v?: string) => v ?? <span className="rd-muted">未识别</span> },
    { title: '报告期', dataIndex: 'period', width: 140, render: (v?: string) => (v ? periodLabel(periods, v) : '—') },
    { title: '识别依据', dataIndex: 'identifiedBy', width: 90, render: (v?: string) => v ?? '—' },
    {
      title: <Tooltip title="本文件的问题台账中：新增的问题 / 较上期有变化的 / 没有变化的">台账 新增/变化/未变</Tooltip>, key: 'ledger', width: 150,
      render: (_v, f) => (f.status === 'rejected' || f.status === 'unchanged' ? '—' : `${f.ledger.new} / ${f.ledger.changed} / ${f.ledger.unchanged}`),
    },
    { title: '问题', key: 'issues', width: 100, render: (_v, f) => countText(f) },
  ];
  if (markable) {
    columns.push({
      title: '', key: 'actions', width: 160,
      render: (_v, f) => (canMarkUp(f.file, f.issues.length) ? (
        <Button size="small" icon={<DownloadOutlined />} loading={markingUp === f.file} onClick={() => onMarkUp!(f)}>下载错误标注文件</Button>
      ) : null),
    });
  }

  return (
    <div className="rd-batch-report">
      <Alert type={s.tone} showIcon message={s.headline} style={{ marginBottom: 16 }} />
      <Row gutter={[16, 8]} style={{ marginBottom: 16 }}>
        <Col xs={8} md={3}><Statistic title="文件" value={report.totals.files} /></Col>
        <Col xs={8} md={3}><Statistic title={report.dryRun ? '可导入' : '已导入'} value={s.importable} valueStyle={{ color: '#389e0d' }} /></Col>
        <Col xs={8} md={3}><Statistic title="其中有警告" value={s.withWarnings} valueStyle={s.withWarnings ? { color: '#d48806' } : undefined} /></Col>
        <Col xs={8} md={3}><Statistic title="拒绝" value={s.rejected} valueStyle={s.rejected ? { color: '#cf1322' } : undefined} /></Col>
        <Col xs={8} md={3}><Statistic title="未变化" value={s.unchanged} /></Col>
        <Col xs={8} md={3}><Statistic title="台账新增" value={ledger.new} /></Col>
        <Col xs={8} md={3}><Statistic title="台账有变化" value={ledger.changed} /></Col>
        <Col xs={8} md={3}><Statistic title="台账未变" value={ledger.unchanged} /></Col>
      </Row>
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text strong>逐个文件</Typography.Text>
        <Segmented<FileFilter> size="small" value={filter} onChange={setFilter} options={FILTERS} aria-label="筛选文件" />
      </Space>
      <Table<Row>
        size="small"
        className="rd-report-files"
        dataSource={rows}
        rowClassName={(f) => `rd-tone-${fileTone(f)}`}
        pagination={rows.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false, showTotal: (t) => `共 ${t} 个文件` } : false}
        expandable={{
          rowExpandable: (f) => f.issues.length > 0,
          expandedRowRender: (f) => <IssuesTable issues={f.issues} />,
          defaultExpandedRowKeys: rows.filter((f) => f.status === 'rejected').slice(0, 3).map((f) => f.key),
        }}
        columns={columns}
      />
      {groups.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>按问题类型汇总</Typography.Title>
          <Collapse
            size="small"
            className="rd-rule-groups"
            items={groups.map((g) => ({
              key: `${g.severity}|${g.rule}`,
              label: (
                <Space>
                  <Tag color={g.severity === '错误' ? 'red' : 'gold'}>{g.severity}</Tag>
                  <span>{g.label}</span>
                  <Typography.Text type="secondary">{g.count} 处，涉及 {g.files} 个文件</Typography.Text>
                </Space>
              ),
              children: (
                <ul className="rd-rule-places">
                  {g.places.slice(0, 200).map((p, i) => (
                    <li key={i}><Typography.Text code>{p.location}</Typography.Text> <span className="rd-file-name">{p.file}</span>：{p.message}</li>
                  ))}
                  {g.places.length > 200 ? <li className="rd-muted">……另有 {g.places.length - 200} 处，见上表各文件</li> : null}
                </ul>
              ),
            }))}
          />
        </>
      ) : null}
    </div>
  );
}
