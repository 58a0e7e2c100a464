/**
 * First-run wizard (and 新建专项 later): 1 pick a preset → 2 edit every value → 3 review the
 * periods → 创建. Nothing is stored before 创建; backend validation errors return to step 2 with
 * each message next to its field.
 */
import { CloudDownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Flex, Layout, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign, CampaignDraft } from '../../../shared/domain/campaign';
import { ApiError, api } from '../../api/client';
import { useAction } from '../../api/use-api';
import { CampaignForm } from './CampaignForm';
import { CampaignReview } from './CampaignReview';
import { DefinitionImportModal } from './DefinitionImportModal';
import { PresetPicker } from './PresetPicker';
import { useCampaignForm } from './use-campaign-form';
import { DemoLoader } from './DemoLoader';

export interface CampaignWizardProps {
  today: string;
  onCreated: (c: Campaign) => void | Promise<void>;
  /** Present when a campaign already exists (the wizard was opened from 新建专项). */
  onCancel?: () => void;
}

interface EditorProps {
  initial: CampaignDraft;
  step: 0 | 1 | 2;
  setStep: (s: 0 | 1 | 2) => void;
  onCreated: (c: Campaign) => void | Promise<void>;
}

function WizardEditor({ initial, step, setStep, onCreated }: EditorProps) {
  const { message } = AntApp.useApp();
  const { form, sectionErrors, general, collect, showSaveError, clearErrors } = useCampaignForm(initial);
  const [reviewed, setReviewed] = useState<CampaignDraft | null>(null);

  const next = async () => {
    const draft = await collect();
    if (!draft) return;
    setReviewed(draft);
    setStep(2);
  };

  const create = useAction(async () => {
    if (!reviewed) return;
    clearErrors();
    try {
      const c = await api.invoke('campaign:create', { draft: reviewed });
      message.success(`已创建专项“${c.name}”`);
      await onCreated(c);
    } catch (e) {
      // Field problems are fixed on the form; anything else (e.g. 已存在) is shown on top of it too.
      showSaveError(e, reviewed);
      // The code comes from preset + start date: a clash is fixed by changing the start date.
      if (e instanceof ApiError && e.code === 'conflict') {
        form.setFields([{ name: 'startDate', errors: ['已有同一预设、同一开始日期的专项，请更换开始日期'] }]);
      }
      setStep(1);
    }
  });

  return (
    <>
      {step !== 0 && general.length ? <Alert type="error" showIcon style={{ marginBottom: 16 }} message="无法继续" description={general.map((g) => <div key={g}>{g}</div>)} /> : null}
      <div hidden={step !== 1}>
        <CampaignForm form={form} initial={initial} sectionErrors={sectionErrors} />
        <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
          <Button onClick={() => setStep(0)}>上一步</Button>
          <Button type="primary" onClick={() => void next()}>下一步：核对</Button>
        </Flex>
      </div>
      {step === 2 && reviewed ? (
        <>
          <CampaignReview draft={reviewed} />
          <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
            <Button onClick={() => setStep(1)} disabled={create.pending}>上一步：修改</Button>
            <Button type="primary" loading={create.pending} onClick={() => void create.run()}>创建</Button>
          </Flex>
        </>
      ) : null}
    </>
  );
}

export function CampaignWizard({ today, onCreated, onCancel }: CampaignWizardProps) {
  const [step, setStep] = useState<0 | 1 | 2>(0);
  const [choice, setChoice] = useState<{ key: string; draft: CampaignDraft; start: string | null } | null>(null);
  const [fromSuperior, setFromSuperior] = useState(false);

  return (
    <Layout className="rd-wizard">
      <Layout.Header className="rd-header">
        <Typography.Title level={4} className="rd-brand">专项整治报送统计</Typography.Title>
      </Layout.Header>
      <Layout.Content className="rd-wizard-content">
        <Card title={onCancel ? '新建专项' : '欢迎使用：先创建本次专项'}>
          <Steps
            current={step}
            style={{ marginBottom: 24 }}
            items={[{ title: '选择预设' }, { title: '填写专项信息' }, { title: '核对并创建' }]}
          />
          <div hidden={step !== 0}>
            {/* District bureaus run the campaign their city defined: same code, focus areas, periods. */}
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message="上级已下发专项定义？"
              description="区县卫生健康局可直接导入市里导出的专项定义文件（.json），专项代码、整治重点、报告期、阈值和本辖区机构名册与上级一致。"
              action={<Button icon={<CloudDownloadOutlined />} onClick={() => setFromSuperior(true)}>从上级下发的专项定义创建</Button>}
            />
            <PresetPicker
              today={today}
              initialChoice={choice?.key.split('|')[0]}
              initialStart={choice?.start ?? null}
              onCancel={onCancel}
              onNext={(key, draft, start) => {
                // A different preset or start date replaces the form; the same one keeps the edits.
                if (!choice || choice.key !== key) setChoice({ key, draft, start });
                setStep(1);
              }}
            />
          </div>
          {/* Stays mounted on step 0 so going back to look at the presets keeps the edits. */}
          {choice ? <WizardEditor key={choice.key} initial={choice.draft} step={step} setStep={setStep} onCreated={onCreated} /> : null}
          {!onCancel && step === 0 ? <DemoLoader onCreated={onCreated} /> : null}
        </Card>
        <DefinitionImportModal
          open={fromSuperior}
          onClose={() => setFromSuperior(false)}
          onImported={async () => {
            setFromSuperior(false);
            const c = await api.invoke('campaign:current', {});
            if (c) await onCreated(c);
          }}
        />
      </Layout.Content>
    </Layout>
  );
}
