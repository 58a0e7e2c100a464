/**
 * 达标检查 (stats:checks): each target (自查覆盖率 100%, 社会办检查覆盖率 50% …) for the whole
 * area and per district, green when met and red when not; grey when there is nothing to measure.
 */
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { CheckStatus, Ratio, ThresholdCheck } from '../../../shared/stats/types';

export const CHECK_COLOR: Record<CheckStatus, string> = { pass: 'green', fail: 'red', na: 'default' };
export const CHECK_TEXT: Record<CheckStatus, string> = { pass: '达标', fail: '未达标', na: '无数据' };

function partsText(r: Ratio): string {
  return r.numerator === null || r.denominator === null ? '无数据' : `${r.numerator} / ${r.denominator}`;
}

export function ThresholdChecks({ checks }: { checks: readonly ThresholdCheck[] }) {
  if (!checks.length) return <Typography.Text type="secondary">本专项没有设置达标要求</Typography.Text>;
  return (
    <div className="rd-checks">
      {checks.map((c) => (
        <div key={c.code} className="rd-check" data-check={c.code}>
          <Flex justify="space-between" align="baseline" wrap gap={8}>
            <Typography.Text strong>{c.label}<span className="rd-muted">（目标 ≥ {c.threshold}%）</span></Typography.Text>
            <span>
              <Typography.Text className={`rd-check-total rd-check-${c.total.status}`}>全市 {c.total.ratio.text}</Typography.Text>
              <Tag color={CHECK_COLOR[c.total.status]} style={{ marginLeft: 8, marginInlineEnd: 0 }}>{CHECK_TEXT[c.total.status]}</Tag>
            </span>
          </Flex>
          <div className="rd-check-units">
            {c.rows.map((r) => (
              <Tooltip key={r.key.code} title={`${r.key.label}：${partsText(r.ratio)}，${CHECK_TEXT[r.status]}`}>
                <Tag color={CHECK_COLOR[r.status]} className="rd-check-unit">{r.key.label} {r.ratio.text}</Tag>
              </Tooltip>
            ))}
          </div>
          <Typography.Text type="secondary" className="rd-check-summary">
            达标 {c.passed} 个、未达标 {c.failed} 个{c.na ? `、无数据 ${c.na} 个` : ''}{c.note ? `。${c.note}` : ''}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
