/**
 * 下发模板: the period's fill-in workbooks — one zip with every institution's file (to post in the
 * work WeChat group or OA), or one institution's file — each with the due date printed in it.
 */
import { DownloadOutlined, FileZipOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { chineseDate } from '../../../shared/domain/period';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import { api, downloadPayload } from '../../api/client';
import { useAction } from '../../api/use-api';
import { InstitutionSelect } from '../../components/InstitutionSelect';
import { describeError } from '../../lib/api-error';

export function TemplatesTab({ period }: { period: PeriodRow }) {
  const { message } = AntApp.useApp();
  const [institution, setInstitution] = useState<{ id: number; name: string } | null>(null);

  const all = useAction(async () => {
    try {
      const p = await api.invoke('intake:templates', { period: period.code, zip: true });
      downloadPayload(p);
      message.success(`已生成 ${period.label} 全部机构的填报模板：${p.fileName}`);
    } catch (e) {
      message.error(describeError(e));
    }
  });

  const one = useAction(async () => {
    if (!institution) return;
    try {
      downloadPayload(await api.invoke('intake:templates', { period: period.code, institutionId: institution.id, zip: false }));
    } catch (e) {
      message.error(describeError(e));
    }
  });

  return (
    <Flex vertical gap={16} className="rd-templates-tab">
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} className="rd-period-facts">
        <Descriptions.Item label="报告期">{period.label}（{chineseDate(period.start)}至{chineseDate(period.end)}）</Descriptions.Item>
        <Descriptions.Item label="报送截止">{chineseDate(period.due)}</Descriptions.Item>
        <Descriptions.Item label="工作阶段">{period.phase ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title="全部机构">
        <Typography.Paragraph type="secondary">
          为名册中每家在册机构各生成一份本期填报表（已填好机构名称、报告期，截止日期 {chineseDate(period.due)} 印在表中），打包为一个 zip，可直接发到工作群或 OA 系统。
        </Typography.Paragraph>
        <Button type="primary" icon={<FileZipOutlined />} loading={all.pending} onClick={() => void all.run()}>生成本期全部机构模板（zip）</Button>
      </Card>
      <Card size="small" title="单个机构">
        <Typography.Paragraph type="secondary">机构说没收到或填错了模板时，单独下载一份发给它。</Typography.Paragraph>
        <Space wrap>
          <InstitutionSelect
            aria-label="选择机构"
            style={{ width: 360 }}
            value={institution?.id}
            onChange={(id, name) => setInstitution(id ? { id, name: name ?? '' } : null)}
          />
          <Button icon={<DownloadOutlined />} disabled={!institution} loading={one.pending} onClick={() => void one.run()}>下载该机构模板</Button>
        </Space>
      </Card>
    </Flex>
  );
}
