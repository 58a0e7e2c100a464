/** A roster import dry-run (or refusal): counts, the problems with their cells, the row preview. */
import { Alert, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { Issue } from '../../../shared/errors';
import type { RosterImportReport } from '../../../shared/ipc/contract/roster';
import { ACTION_TEXT, issueLocation, sortIssues, summariseImport } from '../../lib/import-report';

type PreviewRow = RosterImportReport['preview'][number];

export function IssuesTable({ issues }: { issues: readonly Issue[] }) {
  return (
    <Table<Issue & { key: number }>
      size="small"
      className="rd-import-issues"
      dataSource={sortIssues(issues).map((i, key) => ({ ...i, key }))}
      pagination={issues.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      columns={[
        { title: '级别', dataIndex: 'severity', width: 70, render: (v: Issue['severity']) => <Tag color={v === '错误' ? 'red' : 'gold'}>{v}</Tag> },
        { title: '行', dataIndex: 'row', width: 60, render: (v?: number) => v ?? '—' },
        { title: '位置', key: 'where', width: 160, render: (_v, i) => issueLocation(i) || '整个文件' },
        { title: '说明', dataIndex: 'message' },
      ]}
    />
  );
}

export function ImportReportView({ report }: { report: RosterImportReport }) {
  const s = summariseImport(report);
  return (
    <div className="rd-import-report">
      <Alert
        type={s.errors ? 'error' : s.canCommit ? (s.warnings ? 'warning' : 'success') : 'info'}
        showIcon
        message={`${report.fileName}（工作表“${report.sheet}”）：${s.headline}`}
        style={{ marginBottom: 16 }}
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={4}><Statistic title="文件中机构" value={report.total} /></Col>
        <Col span={4}><Statistic title="新增" value={report.added} valueStyle={{ color: '#389e0d' }} /></Col>
        <Col span={4}><Statistic title="更新" value={report.updated} valueStyle={{ color: '#1677ff' }} /></Col>
        <Col span={4}><Statistic title="不变" value={report.unchanged} /></Col>
        <Col span={4}><Statistic title="错误" value={s.errors} valueStyle={s.errors ? { color: '#cf1322' } : undefined} /></Col>
        <Col span={4}><Statistic title="提醒" value={s.warnings} valueStyle={s.warnings ? { color: '#d48806' } : undefined} /></Col>
      </Row>
      {report.issues.length ? (
        <>
          <Typography.Title level={5}>问题（{report.issues.length}）</Typography.Title>
          <IssuesTable issues={report.issues} />
        </>
      ) : null}
      {report.preview.length ? (
        <>
          <Typography.Title level={5}>
            预览{report.preview.length < report.total ? `（前 ${report.preview.length} 行，共 ${report.total} 行）` : ''}
          </Typography.Title>
          <Table<PreviewRow>
            size="small"
            className="rd-import-preview"
            rowKey="row"
            dataSource={report.preview}
            pagination={report.preview.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
            columns={[
              { title: '行', dataIndex: 'row', width: 60 },
              {
                title: '处理',
                dataIndex: 'action',
                width: 80,
                render: (v: PreviewRow['action']) => <Tag color={v === 'add' ? 'green' : v === 'update' ? 'blue' : 'default'}>{ACTION_TEXT[v]}</Tag>,
              },
              { title: '机构名称', dataIndex: 'name' },
              { title: '统一社会信用代码', dataIndex: 'uscc', render: (v: string | null) => (v ? <span className="rd-mono">{v}</span> : <span className="rd-muted">无</span>) },
            ]}
          />
        </>
      ) : null}
    </div>
  );
}
