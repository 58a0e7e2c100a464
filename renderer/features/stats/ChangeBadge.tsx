/** 环比 arrow and amount for a figure (本期 vs 上期, rates in percentage points). */
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { Figure } from '../../../shared/stats/types';
import { changeView, type Tone } from '../../lib/stats-format';

const TONE_CLASS: Record<Tone, string> = { good: 'rd-change-good', bad: 'rd-change-bad', neutral: 'rd-change-neutral' };

export function ChangeBadge({ figure, basis = 'period' }: { figure: Figure; basis?: 'period' | 'cumulative' }) {
  const v = changeView(figure, basis);
  const icon = v.direction === 'up' ? <ArrowUpOutlined /> : v.direction === 'down' ? <ArrowDownOutlined /> : v.direction === 'flat' ? <MinusOutlined /> : null;
  return (
    <span className={`rd-change ${TONE_CLASS[v.tone]}`} title={basis === 'period' ? '与上期相比' : '累计与上期累计相比'}>
      {icon}
      <span>{v.text}</span>
    </span>
  );
}
