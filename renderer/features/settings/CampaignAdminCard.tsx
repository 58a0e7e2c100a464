/**
 * 设置 → 专项下发与归档: export this campaign's definition (optionally with one district's roster)
 * for a district bureau, import one sent down by the superior, and archive / unarchive (read-only,
 * with a reason each time).
 */
import { CloudDownloadOutlined, CloudUploadOutlined, InboxOutlined, UnlockOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Card, Descriptions, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Campaign } from '../../../shared/domain/campaign';
import { api, downloadPayload } from '../../api/client';
import { useAction, useApiQuery } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { useAppState } from '../app-state';
import { DefinitionImportModal } from '../campaign/DefinitionImportModal';
import { useDistricts } from '../roster/use-districts';

function ArchiveModal({ campaign, open, onClose }: { campaign: Campaign; open: boolean; onClose: () => void }) {
  const { reload } = useAppState();
  const { message } = AntApp.useApp();
  const [reason, setReason] = useState('');
  const archived = campaign.status === 'archived';
  const submit = useAction(async () => {
    try {
      await api.invoke(archived ? 'campaign:unarchive' : 'campaign:archive', { code: campaign.code, reason: reason.trim() });
      message.success(archived ? '已取消归档，可以继续导入和修改' : '已归档，该专项现为只读');
      setReason('');
      onClose();
      await reload();
    } catch (e) {
      message.error(describeError(e));
    }
  });
  return (
    <Modal
      title={archived ? `取消归档“${campaign.name}”` : `归档“${campaign.name}”`}
      open={open}
      onCancel={onClose}
      okText={archived ? '取消归档' : '归档'}
      okButtonProps={{ disabled: !reason.trim(), loading: submit.pending, danger: !archived }}
      onOk={() => void submit.run()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {archived
          ? '取消归档后可以再次导入、更正、封账和印发文书。请说明理由（记入操作日志）。'
          : '归档后该专项只读：不能再导入报送、更正数据、设置延期免报、封账、印发文书或修改设置；数据和文书仍可查看、导出。机构名册为各专项共用，不受影响。'}
      </Typography.Paragraph>
      <Input.TextArea
        aria-label={archived ? '取消归档理由' : '归档理由'}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={500}
        rows={3}
        placeholder={archived ? '如：需补录迟报数据' : '如：专项已结束，书面总结报告已上报'}
      />
    </Modal>
  );
}

export function CampaignAdminCard({ campaign }: { campaign: Campaign }) {
  const { reload, selectCampaign } = useAppState();
  const { message } = AntApp.useApp();
  const districts = useDistricts();
  const [district, setDistrict] = useState<string | undefined>();
  const [archiveOpen, setArchiveOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const archived = campaign.status === 'archived';
  const info = useApiQuery('campaign:archive-info', { code: campaign.code }, { skip: !archived });

  const exportDef = useAction(async () => {
    try {
      downloadPayload(await api.invoke('campaign:export-definition', { district: district ?? null }));
    } catch (e) {
      message.error(describeError(e));
    }
  });

  return (
    <Card title="专项下发与归档" size="small">
      {archived ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="该专项已归档，只读"
          description={info.data ? `${info.data.at.slice(0, 10)} 由 ${info.data.operator} 归档：${info.data.reason}` : undefined}
        />
      ) : null}
      <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="导出专项定义">
          <Space wrap>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="全部区县（可选一个区县，只带该区县名册）"
              style={{ minWidth: 300 }}
              value={district}
              onChange={setDistrict}
              options={districts.filter}
              loading={districts.loading}
              aria-label="导出给哪个区县"
            />
            <Button icon={<CloudDownloadOutlined />} loading={exportDef.pending} onClick={() => void exportDef.run()}>导出专项定义</Button>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="导入专项定义">
          <Button icon={<CloudUploadOutlined />} onClick={() => setImportOpen(true)}>导入专项定义</Button>
        </Descriptions.Item>
        <Descriptions.Item label="归档">
          <Button icon={archived ? <UnlockOutlined /> : <InboxOutlined />} danger={!archived} onClick={() => setArchiveOpen(true)}>
            {archived ? '取消归档' : '归档专项'}
          </Button>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        导出的 .json 发给区县卫生健康局，对方在“导入专项定义”（或首次使用时“从上级下发的专项定义创建”）中导入，即按同一专项、同一代码报送。
      </Typography.Paragraph>
      <ArchiveModal campaign={campaign} open={archiveOpen} onClose={() => setArchiveOpen(false)} />
      <DefinitionImportModal
        open={importOpen}
        onClose={() => setImportOpen(false)}
        onImported={async (r) => {
          setImportOpen(false);
          await selectCampaign(r.code);
          await reload();
        }}
      />
    </Card>
  );
}
