/**
 * A roster import dry-run (or refusal): counts, the rows 需要确认 with a 合并/新增/跳过 selector per
 * row, the problems with their cells, and the row preview.
 */
import { Alert, Col, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { Issue } from '../../../shared/errors';
import type { RosterDecisionRow, RosterImportReport } from '../../../shared/ipc/contract/roster';
import { ACTION_TEXT, DECISION_RULE, issueLocation, sortIssues, summariseImport } from '../../lib/import-report';
import { candidateLabel, choiceOptions, projectedCounts, type ChoiceValue, type Choices } from '../../lib/roster-decisions';

type PreviewRow = RosterImportReport['preview'][number];

const ACTION_COLOR: Record<PreviewRow['action'], string> = { add: 'green', update: 'blue', unchanged: 'default', skip: 'default', decide: 'orange' };

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

interface DecisionTableProps {
  rows: readonly RosterDecisionRow[];
  choices: Choices;
  onChoose: (row: number, value: ChoiceValue) => void;
  disabled?: boolean;
}

function DecisionTable({ rows, choices, onChoose, disabled }: DecisionTableProps) {
  return (
    <Table<RosterDecisionRow>
      size="small"
      className="rd-import-decisions"
      rowKey="row"
      dataSource={[...rows]}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
      columns={[
        { title: '行', dataIndex: 'row', width: 56 },
        {
          title: '文件中的机构',
          key: 'row-unit',
          width: 220,
          render: (_v, d) => (
            <>
              <div>{d.name}</div>
              <Typography.Text type="secondary" className="rd-mono">{d.uscc ?? (d.licenceNo ? `登记号 ${d.licenceNo}` : '无代码')}</Typography.Text>
              <Typography.Text type="secondary">{` ${d.districtName}`}</Typography.Text>
            </>
          ),
        },
        {
          title: '名册中名称相同的机构',
          key: 'candidates',
          render: (_v, d) => d.candidates.map((c) => (
            <div key={c.id}>
              <Tag color={c.matchedBy === '名称' ? 'blue' : 'cyan'}>{c.matchedBy}相同</Tag>{candidateLabel(c)}
            </div>
          )),
        },
        {
          title: '处理',
          key: 'decision',
          width: 280,
          render: (_v, d) => (
            <Select<ChoiceValue>
              aria-label={`第${d.row}行的处理`}
              placeholder="请选择合并、新增或跳过"
              style={{ width: '100%' }}
              status={choices[d.row] ? undefined : 'warning'}
              value={choices[d.row]}
              disabled={disabled}
              onChange={(v) => onChoose(d.row, v)}
              options={choiceOptions(d)}
              popupMatchSelectWidth={false}
            />
          ),
        },
      ]}
    />
  );
}

export interface ImportReportViewProps {
  report: RosterImportReport;
  choices?: Choices;
  onChoose?: (row: number, value: ChoiceValue) => void;
  disabled?: boolean;
}

export function ImportReportView({ report, choices = {}, onChoose, disabled }: ImportReportViewProps) {
  const s = summariseImport(report, choices);
  const n = projectedCounts(report, choices);
  const issues = report.issues.filter((i) => i.rule !== DECISION_RULE);
  return (
    <div className="rd-import-report">
      <Alert
        type={s.errors ? 'error' : n.undecided ? 'warning' : s.canCommit ? (s.warnings ? 'warning' : 'success') : 'info'}
        showIcon
        message={`${report.fileName}（工作表“${report.sheet}”）：${s.headline}`}
        style={{ marginBottom: 16 }}
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={3}><Statistic title="文件中机构" value={report.total} /></Col>
        <Col span={3}><Statistic title="新增" value={n.added} valueStyle={{ color: '#389e0d' }} /></Col>
        <Col span={3}><Statistic title="更新" value={n.updated} valueStyle={{ color: '#1677ff' }} /></Col>
        <Col span={3}><Statistic title="不变" value={n.unchanged} /></Col>
        <Col span={3}><Statistic title="跳过" value={n.skipped} /></Col>
        <Col span={3}><Statistic title="需要确认" value={n.undecided} valueStyle={n.undecided ? { color: '#d46b08' } : undefined} /></Col>
        <Col span={3}><Statistic title="错误" value={s.errors} valueStyle={s.errors ? { color: '#cf1322' } : undefined} /></Col>
        <Col span={3}><Statistic title="提醒" value={s.warnings} valueStyle={s.warnings ? { color: '#d48806' } : undefined} /></Col>
      </Row>
      {report.decisions.length ? (
        <>
          <Typography.Title level={5}>需要确认（{report.decisions.length} 行）</Typography.Title>
          <Typography.Paragraph type="secondary">
            这些行的名称（或简称）与名册中已有机构相同，但统一社会信用代码/登记号不同或缺少。是同一家机构就“合并”，
            确是另一家就“新增”，暂不处理就“跳过”。每行选定后才能确认导入。
          </Typography.Paragraph>
          <DecisionTable rows={report.decisions} choices={choices} onChoose={onChoose ?? (() => undefined)} disabled={disabled || !onChoose} />
        </>
      ) : null}
      {issues.length ? (
        <>
          <Typography.Title level={5}>问题（{issues.length}）</Typography.Title>
          <IssuesTable issues={issues} />
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
                width: 96,
                render: (v: PreviewRow['action']) => <Tag color={ACTION_COLOR[v]}>{ACTION_TEXT[v]}</Tag>,
              },
              { title: '机构名称', dataIndex: 'name' },
              {
                title: '统一社会信用代码 / 登记号',
                key: 'code',
                render: (_v, p) => (p.uscc ? <span className="rd-mono">{p.uscc}</span>
                  : p.licenceNo ? <span className="rd-mono">登记号 {p.licenceNo}</span> : <span className="rd-muted">无</span>),
              },
            ]}
          />
        </>
      ) : null}
    </div>
  );
}
