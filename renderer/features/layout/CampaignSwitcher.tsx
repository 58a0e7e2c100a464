/** Header select: the campaign every page works on (campaign:select), plus 新建专项. */
import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Divider, Select, Tag } from 'antd';
import { useState } from 'react';
import { describeError } from '../../lib/api-error';
import { useAppState } from '../app-state';

export function CampaignSwitcher({ onCreate }: { onCreate: () => void }) {
  const { campaign, campaigns, selectCampaign } = useAppState();
  const { message } = AntApp.useApp();
  const [switching, setSwitching] = useState(false);
  const [open, setOpen] = useState(false);

  const change = async (code: string) => {
    if (code === campaign?.code) return;
    setSwitching(true);
    try {
      await selectCampaign(code);
      const c = campaigns.find((x) => x.code === code);
      message.success(`已切换到专项“${c?.name ?? code}”`);
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Select
      aria-label="当前专项"
      className="rd-campaign-switcher"
      value={campaign?.code}
      loading={switching}
      open={open}
      onOpenChange={setOpen}
      popupMatchSelectWidth={false}
      onChange={(code: string) => void change(code)}
      options={campaigns.map((c) => ({
        value: c.code,
        label: (
          <span title={`${c.name}（${c.code}）`}>
            {c.shortName || c.name}
            {c.status === 'archived' ? <Tag style={{ marginLeft: 6 }}>已归档</Tag> : null}
          </span>
        ),
      }))}
      popupRender={(menu) => (
        <>
          {menu}
          <Divider style={{ margin: '4px 0' }} />
          <Button type="text" block icon={<PlusOutlined />} onClick={() => { setOpen(false); onCreate(); }} style={{ textAlign: 'left' }}>
            新建专项
          </Button>
        </>
      )}
    />
  );
}
