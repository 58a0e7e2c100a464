/**
 * Import of a 检查记录表 or 举报线索登记表: choose an .xlsx → check (dry run) → report → 确认导入.
 * Nothing is written before the confirmation; a file with any bad cell writes nothing and its
 * problems are listed cell by cell.
 */
import { InboxOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Descriptions, Modal, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { FilePayload } from '../../../shared/ipc/contract';
import type { RecordImportReport } from '../../../shared/ipc/contract/inspections';
import { fileToPayload } from '../../api/client';
import { useAction } from '../../api/use-api';
import { ApiError, describeError } from '../../lib/api-error';
import { IssuesTable } from '../roster/ImportReportView';

export interface RecordImportModalProps {
  open: boolean;
  title: string;
  /** Noun for the records (检查记录 / 线索). */
  what: string;
  run: (file: FilePayload, dryRun: boolean) => Promise<RecordImportReport>;
  onClose: () => void;
  onImported: () => void;
}

interface Refusal { fileName: string; message: string; issues: ApiError['details'] }

export function RecordImportModal({ open, title, what, run, onClose, onImported }: RecordImportModalProps) {
  const { message } = AntApp.useApp();
  const [file, setFile] = useState<FilePayload | null>(null);
  const [report, setReport] = useState<RecordImportReport | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const reset = () => { setFile(null); setReport(null); setRefusal(null); };

  const check = useAction(async (chosen: File) => {
    reset();
    if (!/\.xlsx$/i.test(chosen.name)) {
      setRefusal({ fileName: chosen.name, message: `“${chosen.name}”不是 .xlsx 文件：请用 Excel 或 WPS 另存为 .xlsx 后再导入。`, issues: [] });
      return;
    }
    try {
      const payload = await fileToPayload(chosen);
      setReport(await run(payload, true));
      setFile(payload);
    } catch (e) {
      setRefusal({ fileName: chosen.name, message: describeError(e, 0), issues: e instanceof ApiError ? e.details : [] });
    }
  });

  const commit = useAction(async () => {
    if (!file) return;
    try {
      const r = await run(file, false);
      message.success(`已导入：新增 ${r.added} 条，更新 ${r.updated} 条，未变化 ${r.unchanged} 条；问题台账新增 ${r.issuesCreated} 条`);
      reset();
      onImported();
    } catch (e) {
      setReport(null);
      setRefusal({ fileName: file.fileName, message: describeError(e, 0), issues: e instanceof ApiError ? e.details : [] });
    }
  });

  const close = () => { if (!commit.pending) { reset(); onClose(); } };
  return (
    <Modal
      title={title}
      open={open}
      width={900}
      onCancel={close}
      maskClosable={false}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close} disabled={commit.pending}>取消</Button>,
        report || refusal ? <Button key="again" onClick={reset} disabled={commit.pending}>重新选择文件</Button> : null,
        <Button key="ok" type="primary" disabled={!report || report.total === 0} loading={commit.pending} onClick={() => void commit.run()}>确认导入</Button>,
      ]}
    >
      {!report && !refusal ? (
        <Spin spinning={check.pending} tip="正在检查文件…">
          <Typography.Paragraph type="secondary">
            选择文件后先检查、不写入；核对结果后点“确认导入”。文件中任何一处错误都会使整个文件不导入，错误会标明工作表和单元格。
          </Typography.Paragraph>
          <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} beforeUpload={(f) => { void check.run(f); return false; }}>
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">点击选择或将 .xlsx 文件拖到这里</p>
          </Upload.Dragger>
        </Spin>
      ) : null}
      {refusal ? (
        <>
          <Alert type="error" showIcon message={`${refusal.fileName}：无法导入，未作任何改动`} description={refusal.message} style={{ marginBottom: 16 }} />
          {refusal.issues?.length ? <IssuesTable issues={refusal.issues} /> : null}
        </>
      ) : null}
      {report ? (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={`检查通过：工作表“${report.sheet}”共 ${report.total} 条${what}，确认后导入。`} />
          <Descriptions size="small" column={3} bordered style={{ marginBottom: 12 }} items={[
            { key: 'a', label: '新增', children: report.added },
            { key: 'u', label: '更新', children: report.updated },
            { key: 'n', label: '未变化', children: report.unchanged },
            { key: 'c', label: '问题台账新增', children: report.issuesCreated },
            { key: 'l', label: '关联已有台账', children: report.issuesLinked },
          ]} />
          {report.issues.length ? <IssuesTable issues={report.issues} /> : null}
        </>
      ) : null}
    </Modal>
  );
}
