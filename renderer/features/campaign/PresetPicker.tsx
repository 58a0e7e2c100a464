/** Wizard step 1: start from a preset (a provincial or city plan) or from a blank campaign. */
import { FileAddOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Radio, Row, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CampaignDraft } from '../../../shared/domain/campaign';
import { chineseDate } from '../../../shared/domain/period';
import { useApiQuery } from '../../api/use-api';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { describeError } from '../../lib/api-error';
import { blankDraft } from '../../lib/campaign-draft';

export const BLANK = 'blank';

export interface PresetPickerProps {
  today: string;
  initialChoice?: string;
  initialStart?: string | null;
  /** `key` identifies the choice (preset + start): the editor keeps edits while it is unchanged. */
  onNext: (key: string, draft: CampaignDraft, start: string | null) => void;
  onCancel?: () => void;
}

function summary(d: CampaignDraft): string {
  return `${chineseDate(d.startDate)}—${chineseDate(d.endDate)}，${d.phases.length} 个阶段，${d.focusAreas.length} 项整治重点`;
}

export function PresetPicker({ today, initialChoice, initialStart = null, onNext, onCancel }: PresetPickerProps) {
  const [start, setStart] = useState<string | null>(initialStart);
  const [choice, setChoice] = useState<string | undefined>(initialChoice);
  const presets = useApiQuery('campaign:presets', start ? { start } : {});
  const blank = useMemo(() => blankDraft(start ?? today), [start, today]);

  const chosenDraft = choice === BLANK ? blank : presets.data?.find((p) => p.id === choice)?.draft;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Paragraph>
        选择与本次专项方案最接近的预设，下一步可以逐项修改；方案差别较大时可以从空白开始。
      </Typography.Paragraph>
      <Form layout="inline">
        <Form.Item label="开始日期（可选）" extra="填写后按此日期重新推算预设中的各项日期">
          <IsoDatePicker value={start} onChange={setStart} placeholder="按预设" />
        </Form.Item>
      </Form>
      {presets.error ? <Alert type="error" showIcon message={describeError(presets.error)} /> : null}
      {presets.loading && !presets.data ? <Skeleton active /> : (
        <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value as string)} style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {(presets.data ?? []).map((p) => (
              <Col xs={24} md={12} key={p.id}>
                <Card size="small" hoverable onClick={() => setChoice(p.id)} className={choice === p.id ? 'rd-card-selected' : undefined}>
                  <Radio value={p.id} data-preset={p.id}>
                    <Space align="start"><FileTextOutlined /><b>{p.label}</b></Space>
                  </Radio>
                  <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0 24px' }}>
                    {p.draft.name}<br />{summary(p.draft)}
                  </Typography.Paragraph>
                </Card>
              </Col>
            ))}
            <Col xs={24} md={12}>
              <Card size="small" hoverable onClick={() => setChoice(BLANK)} className={choice === BLANK ? 'rd-card-selected' : undefined}>
                <Radio value={BLANK}>
                  <Space align="start"><FileAddOutlined /><b>从空白开始</b></Space>
                </Radio>
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0 24px' }}>
                  自行填写专项名称、阶段、整治重点等全部内容<br />{summary(blank)}
                </Typography.Paragraph>
              </Card>
            </Col>
          </Row>
        </Radio.Group>
      )}
      <Flex justify="end" gap={8}>
        {onCancel ? <Button onClick={onCancel}>取消</Button> : null}
        <Button type="primary" disabled={!chosenDraft} onClick={() => chosenDraft && choice && onNext(`${choice}|${start ?? ''}`, chosenDraft, start)}>
          下一步
        </Button>
      </Flex>
    </Space>
  );
}
