/** 时间节点: the plan's phases against today, and the dated obligations with the days left. */
import { Card, Tag, Timeline, Typography } from 'antd';
import type { Campaign } from '../../../shared/domain/campaign';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { deadlineItems, phaseItems, type DeadlineItem, type PhaseState } from '../../lib/dashboard';
import { monthDay } from '../../lib/period-choice';

const PHASE_COLOR: Record<PhaseState, string> = { done: 'gray', current: 'blue', upcoming: 'green', undated: 'gray' };

function dueColor(d: DeadlineItem): string | undefined {
  if (d.days === null) return undefined;
  if (d.days < 0) return 'default';
  return d.days <= 3 ? 'orange' : 'blue';
}

export function DeadlinesCard({ campaign, period, today }: { campaign: Campaign; period: PeriodRow | undefined; today: string }) {
  const phases = phaseItems(campaign, today);
  const deadlines = deadlineItems(campaign, period, today);
  return (
    <Card size="small" title="时间节点" className="rd-dash-card rd-dash-deadlines" extra={<Typography.Text type="secondary">今天 {monthDay(today)}</Typography.Text>}>
      <ul className="rd-dash-deadline-list">
        {deadlines.map((d) => (
          <li key={d.key} data-key={d.key}>
            <span className="rd-dash-deadline-label">{d.label}</span>
            <span className="rd-dash-deadline-date">{d.date ? monthDay(d.date) : ''}</span>
            <Tag color={dueColor(d)} className="rd-dash-deadline-days">{d.text}</Tag>
          </li>
        ))}
      </ul>
      {phases.length ? (
        <>
          <Typography.Text type="secondary" className="rd-dash-phase-head">工作阶段</Typography.Text>
          <Timeline
            className="rd-dash-phases"
            items={phases.map((p) => ({
              color: PHASE_COLOR[p.state],
              children: (
                <div className={`rd-dash-phase rd-dash-phase-${p.state}`}>
                  <Typography.Text strong={p.state === 'current'}>{p.name}</Typography.Text>
                  <Typography.Text type="secondary" className="rd-dash-phase-range">{p.range === '未定日期' ? '' : p.range}</Typography.Text>
                  <Tag color={p.state === 'current' ? 'blue' : undefined} className="rd-dash-phase-state">{p.text}</Tag>
                  {p.description ? <div className="rd-dash-phase-desc">{p.description}</div> : null}
                </div>
              ),
            }))}
          />
        </>
      ) : null}
    </Card>
  );
}
