/**
 * 设置: the operator name (written to every audit entry), the current campaign's definition
 * (edited with the same form as the first-run wizard), sending it down to districts and archiving,
 * and the province's 汇总表 filled with our figures.
 */
import { App as AntApp, Alert, Button, Card, Descriptions, Flex, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Campaign } from '../../../shared/domain/campaign';
import { api } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { draftOf } from '../../lib/campaign-draft';
import { useAppState, useCurrentCampaign } from '../app-state';
import { CampaignForm } from '../campaign/CampaignForm';
import { PeriodTable } from '../campaign/PeriodTable';
import { useCampaignForm } from '../campaign/use-campaign-form';
import { CampaignAdminCard } from './CampaignAdminCard';
import { ProvinceFormCard } from './ProvinceFormCard';
import { SafekeepingCard } from './SafekeepingCard';

function OperatorCard() {
  const { info, reload } = useAppState();
  const { message } = AntApp.useApp();
  const [value, setValue] = useState(info.operator);
  const save = useAction(async () => {
    const name = value.trim();
    if (!name) {
      message.error('操作员姓名不能为空');
      return;
    }
    try {
      await api.invoke('settings:set', { key: 'operator', value: name });
      await reload();
      message.success('已保存操作员');
    } catch (e) {
      message.error(describeError(e));
    }
  });
  return (
    <Card title="操作员" size="small">
      <Typography.Paragraph type="secondary">每次导入、修改、发文都会记下操作员姓名，便于日后查证。</Typography.Paragraph>
      <Space.Compact style={{ maxWidth: 420, width: '100%' }}>
        <Input value={value} onChange={(e) => setValue(e.target.value)} maxLength={50} aria-label="操作员姓名" onPressEnter={() => void save.run()} />
        <Button type="primary" loading={save.pending} onClick={() => void save.run()}>保存</Button>
      </Space.Compact>
    </Card>
  );
}

function CampaignSettingsCard({ campaign }: { campaign: Campaign }) {
  const { reload } = useAppState();
  const { message } = AntApp.useApp();
  const initial = useMemo(() => draftOf(campaign), [campaign]);
  const { form, sectionErrors, general, collect, showSaveError } = useCampaignForm(initial);
  const archived = campaign.status === 'archived';
  const save = useAction(async () => {
    const draft = await collect();
    if (!draft) return;
    try {
      await api.invoke('campaign:update', { code: campaign.code, draft });
      message.success('已保存专项设置');
      await reload();
    } catch (e) {
      showSaveError(e, draft);
    }
  });
  return (
    <Card
      title={`专项设置（代码 ${campaign.code}）`}
      size="small"
      extra={<Button type="primary" loading={save.pending} disabled={archived} onClick={() => void save.run()}>保存修改</Button>}
    >
      {archived ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message="该专项已归档，只读。" /> : null}
      {general.length ? <Alert type="error" showIcon style={{ marginBottom: 12 }} message="未能保存" description={general.map((g) => <div key={g}>{g}</div>)} /> : null}
      <CampaignForm form={form} initial={initial} sectionErrors={sectionErrors} disabled={archived} />
      <Flex justify="end">
        <Button type="primary" loading={save.pending} disabled={archived} onClick={() => void save.run()}>保存修改</Button>
      </Flex>
    </Card>
  );
}

function PeriodsCard({ code }: { code: string }) {
  const periods = useApiQuery('campaign:periods', { code });
  return (
    <Card title="报告期" size="small">
      {periods.error ? <Alert type="error" showIcon message={describeError(periods.error)} /> : <PeriodTable rows={periods.data ?? []} loading={periods.loading} />}
    </Card>
  );
}

function AboutCard() {
  const { info } = useAppState();
  return (
    <Card title="关于" size="small">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="版本">{info.version}（数据结构第 {info.schemaVersion} 版）</Descriptions.Item>
        <Descriptions.Item label="数据目录"><Typography.Text copyable className="rd-mono">{info.dataDir}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label="运行方式">{info.mode === 'electron' ? '桌面程序' : '浏览器（本机服务）'}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export function SettingsPage() {
  const campaign = useCurrentCampaign();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <OperatorCard />
      {/* Keyed by the stored values: after a save the form restarts from what was stored. */}
      <CampaignSettingsCard key={`${campaign.code}:${JSON.stringify(draftOf(campaign))}`} campaign={campaign} />
      <PeriodsCard key={`${campaign.code}:${campaign.startDate}:${campaign.endDate}:${campaign.dueOffsetDays}:${JSON.stringify(campaign.phases)}`} code={campaign.code} />
      <CampaignAdminCard key={`admin:${campaign.code}:${campaign.status}`} campaign={campaign} />
      <ProvinceFormCard key={`province-form:${campaign.code}`} campaign={campaign} />
      <SafekeepingCard key={`safekeeping:${campaign.code}`} />
      <AboutCard />
    </Space>
  );
}
