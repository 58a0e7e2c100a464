/**
 * 导入名册: choose an .xlsx → dry run (roster:import dryRun) → report, where rows 需要确认 get a
 * 合并/新增/跳过 choice each → 确认导入 (same file, dryRun false, with the decisions). Nothing is
 * written before the confirmation; a refused file writes nothing.
 */
import { InboxOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Modal, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { FilePayload } from '../../../shared/ipc/contract';
import type { RosterImportReport } from '../../../shared/ipc/contract/roster';
import { api, fileToPayload } from '../../api/client';
import { useAction } from '../../api/use-api';
import { ApiError, describeError } from '../../lib/api-error';
import { summariseImport } from '../../lib/import-report';
import { decisionsFrom, initialChoices, type ChoiceValue } from '../../lib/roster-decisions';
import { ImportReportView, IssuesTable } from './ImportReportView';

export interface RosterImportModalProps {
  open: boolean;
  onClose: () => void;
  onImported: (r: RosterImportReport) => void;
}

interface Refusal {
  fileName: string;
  message: string;
  issues: ApiError['details'];
}

/** The message on top and the located issues in the table below (so they are not listed twice). */
function refusalOf(e: unknown): Omit<Refusal, 'fileName'> {
  if (e instanceof ApiError && e.details?.length) return { message: e.message, issues: e.details };
  return { message: describeError(e), issues: [] };
}

export function RosterImportModal({ open, onClose, onImported }: RosterImportModalProps) {
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<FilePayload | null>(null);
  const [report, setReport] = useState<RosterImportReport | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [choices, setChoices] = useState<Record<number, ChoiceValue>>({});

  const reset = () => {
    setFile(null);
    setReport(null);
    setRefusal(null);
    setChoices({});
  };

  const check = useAction(async (chosen: File) => {
    reset();
    if (!/\.xlsx$/i.test(chosen.name)) {
      setRefusal({ fileName: chosen.name, message: `“${chosen.name}”不是 .xlsx 文件：请用 Excel 或 WPS 另存为 .xlsx 后再导入。`, issues: [] });
      return;
    }
    try {
      const payload = await fileToPayload(chosen);
      const r = await api.invoke('roster:import', { file: payload, dryRun: true });
      setFile(payload);
      setReport(r);
      setChoices(initialChoices(r));
    } catch (e) {
      setRefusal({ fileName: chosen.name, ...refusalOf(e) });
    }
  });

  const commit = useAction(async () => {
    if (!file || !report) return;
    try {
      const r = await api.invoke('roster:import', { file, dryRun: false, decisions: decisionsFrom(report, choices) });
      message.success(`名册已导入：新增 ${r.added} 家，更新 ${r.updated} 家，不变 ${r.unchanged} 家${r.skipped ? `，跳过 ${r.skipped} 行` : ''}`);
      reset();
      onImported(r);
    } catch (e) {
      setReport(null);
      setRefusal({ fileName: file.fileName, ...refusalOf(e) });
    }
  });

  const canCommit = !!report && summariseImport(report, choices).canCommit;
  const close = () => {
    if (commit.pending) return;
    reset();
    onClose();
  };

  return (
    <Modal
      title="导入机构名册"
      open={open}
      width={1080}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close} disabled={commit.pending}>取消</Button>,
        report || refusal ? <Button key="again" onClick={reset} disabled={commit.pending}>重新选择文件</Button> : null,
        <Button key="ok" type="primary" disabled={!canCommit} loading={commit.pending} onClick={() => void commit.run()}>确认导入</Button>,
      ]}
    >
      {!report && !refusal ? (
        <Spin spinning={check.pending} tip="正在检查文件…">
          <Typography.Paragraph type="secondary">
            先用“下载模板”取得名册模板，或直接使用已有的名册表格（表头需包含机构名称、统一社会信用代码、所属区县等列）。
            选择文件后先检查，不会立即写入；名称与名册中机构相同但代码不同的行会列为“需要确认”，逐行选择合并、新增或跳过；
            核对检查结果后点“确认导入”才保存，且全部成功或全部不导入。
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              void check.run(f);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">点击选择或将名册 .xlsx 文件拖到这里</p>
            <p className="ant-upload-hint">仅支持 .xlsx；.xls 请先在 Excel/WPS 中另存为 .xlsx</p>
          </Upload.Dragger>
        </Spin>
      ) : null}
      {refusal ? (
        <>
          <Alert type="error" showIcon message={`${refusal.fileName}：无法导入，名册未作任何改动`} description={<div style={{ whiteSpace: 'pre-line' }}>{refusal.message}</div>} style={{ marginBottom: 16 }} />
          {refusal.issues?.length ? <IssuesTable issues={refusal.issues} /> : null}
        </>
      ) : null}
      {report ? (
        <ImportReportView
          report={report}
          choices={choices}
          disabled={commit.pending}
          onChoose={(row, value) => setChoices((c) => ({ ...c, [row]: value }))}
        />
      ) : null}
    </Modal>
  );
}
