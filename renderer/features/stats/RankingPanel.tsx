/** 排名与达标: threshold checks per district and each ranking's best and worst, with values. */
import { Alert, Card, Col, Empty, Row, Spin, Tag, Typography } from 'antd';
import type { RankEntry, Ranking } from '../../../shared/stats/types';
import { useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { ThresholdChecks } from './ThresholdChecks';

function EntryList({ title, entries, tone }: { title: string; entries: readonly RankEntry[]; tone: 'good' | 'bad' }) {
  return (
    <div className="rd-rank-list">
      <Typography.Text type="secondary">{title}</Typography.Text>
      <ol>
        {entries.map((e) => (
          <li key={e.key.code} className={`rd-rank-${tone}`}>
            <span className="rd-rank-no">第{e.rank}名</span>
            <span className="rd-rank-name">{e.key.label}</span>
            <span className="rd-rank-value">{e.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function RankingCard({ r }: { r: Ranking }) {
  return (
    <Card
      size="small"
      className="rd-ranking"
      data-ranking={r.code}
      title={r.label}
      extra={<span><Tag>{r.basis === 'cumulative' ? '累计' : '本期'}</Tag><Tag>{r.better === 'higher' ? '越高越好' : '越低越好'}</Tag></span>}
    >
      {r.entries.length ? (
        <Row gutter={12}>
          <Col span={12}><EntryList title="前列" entries={r.best} tone="good" /></Col>
          <Col span={12}><EntryList title="后列" entries={r.worst} tone="bad" /></Col>
        </Row>
      ) : <Typography.Text type="secondary">没有可排名的区县</Typography.Text>}
      {r.unranked.length ? (
        <Typography.Text type="secondary" className="rd-rank-unranked">未参与排名（无数据）：{r.unranked.map((k) => k.label).join('、')}</Typography.Text>
      ) : null}
    </Card>
  );
}

export function RankingPanel({ period }: { period: string }) {
  const q = useApiQuery('stats:checks', { period });
  if (q.error) return <Alert type="error" showIcon message={describeError(q.error)} />;
  if (!q.data) return <Spin style={{ display: 'block', margin: '60px auto' }} />;
  const { checks, rankings } = q.data;
  return (
    <Spin spinning={q.loading}>
      <Card size="small" title="达标检查" style={{ marginBottom: 16 }}>
        <ThresholdChecks checks={checks} />
      </Card>
      {rankings.length ? (
        <Row gutter={[16, 16]}>
          {rankings.map((r) => (
            <Col key={r.code} xs={24} lg={12} xxl={8}><RankingCard r={r} /></Col>
          ))}
        </Row>
      ) : <Empty description="暂无排名" />}
    </Spin>
  );
}
