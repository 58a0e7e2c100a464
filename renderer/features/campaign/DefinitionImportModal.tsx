/**
 * 导入专项定义 (从上级下发的专项定义创建): choose the .json the superior exported → dry run →
 * what it will create or change (campaign, roster, skipped same-name units, what to do next) →
 * 确认导入. Nothing is written before the confirmation.
 */
import { InboxOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Modal, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { FilePayload } from '../../../shared/ipc/contract';
import type { DefinitionImportReport } from '../../../shared/ipc/contract/campaign';
import { api, fileToPayload } from '../../api/client';
import { useAction } from '../../api/use-api';
import { describeError } from '../../lib/api-error';
import { definitionSummary } from '../../lib/definition-import';

export interface DefinitionImportModalProps {
  open: boolean;
  onClose: () => void;
  /** After the commit: the campaign it created or updated (now the current one). */
  onImported: (r: DefinitionImportReport) => void | Promise<void>;
}

export function DefinitionImportModal({ open, onClose, onImported }: DefinitionImportModalProps) {
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<FilePayload | null>(null);
  const [report, setReport] = useState<DefinitionImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reset = () => { setFile(null); setReport(null); setError(null); };

  const check = useAction(async (chosen: File) => {
    reset();
    try {
      const payload = await fileToPayload(chosen);
      setReport(await api.invoke('campaign:import-definition', { file: payload, dryRun: true }));
      setFile(payload);
    } catch (e) {
      setError(`${chosen.name}：${describeError(e)}`);
    }
  });

  const commit = useAction(async () => {
    if (!file) return;
    try {
      const r = await api.invoke('campaign:import-definition', { file, dryRun: false });
      message.success(definitionSummary(r).headline);
      reset();
      await onImported(r);
    } catch (e) {
      setError(describeError(e));
    }
  });

  const close = () => { if (!commit.pending) { reset(); onClose(); } };
  const summary = report ? definitionSummary(report) : null;

  return (
    <Modal
      title="导入上级下发的专项定义"
      open={open}
      width={720}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close} disabled={commit.pending}>取消</Button>,
        report || error ? <Button key="again" onClick={reset} disabled={commit.pending}>重新选择文件</Button> : null,
        <Button key="ok" type="primary" disabled={!report} loading={commit.pending} onClick={() => void commit.run()}>确认导入</Button>,
      ]}
    >
      {!report && !error ? (
        <Spin spinning={check.pending} tip="正在检查文件…">
          <Typography.Paragraph type="secondary">
            上级（市、省）用“导出专项定义”生成一个 .json 文件，其中有专项的代码、整治重点、报告期、阈值，以及本辖区的机构名册。
            导入后本局按同一专项报送，上报的数据包能与上级的数据对上。先检查，确认后才写入。
          </Typography.Paragraph>
          <Upload.Dragger accept=".json" multiple={false} showUploadList={false} beforeUpload={(f) => { void check.run(f); return false; }}>
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">点击选择或将专项定义 .json 文件拖到这里</p>
          </Upload.Dragger>
        </Spin>
      ) : null}
      {error ? <Alert type="error" showIcon message="无法导入，未作任何改动" description={<div style={{ whiteSpace: 'pre-line' }}>{error}</div>} /> : null}
      {summary && report ? (
        <>
          <Alert type={report.skipped.length ? 'warning' : 'info'} showIcon message={summary.headline} style={{ marginBottom: 12 }} />
          {summary.lines.map((l) => <Typography.Paragraph key={l} style={{ marginBottom: 6 }}>{l}</Typography.Paragraph>)}
        </>
      ) : null}
    </Modal>
  );
}
