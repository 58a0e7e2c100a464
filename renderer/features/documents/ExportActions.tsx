/**
 * 导出 Word / 导出 PDF / 正式印发, and what came out: the files (downloaded at once, and again on
 * click), which PDF route made the PDF, and for an issue the 期号 and hash it was archived with.
 * Unsaved paragraph edits are saved first: the backend builds exports from the saved draft.
 */
import { FilePdfOutlined, FileWordOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App as AntApp, Alert, Button, Space } from 'antd';
import { useState } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { ArchivedDocument, DocKind } from '../../../shared/ipc/contract/documents';
import { downloadPayload } from '../../api/client';
import { describeError } from '../../lib/api-error';
import { KIND_LABEL, exportedFiles, pdfRouteText, shortSha } from '../../lib/document-choice';
import { IssueModal } from './IssueModal';
import type { DocumentWorkbench, ExportKind, LastExport } from './use-document-workbench';

export interface ExportActionsProps {
  kind: DocKind;
  period: PeriodRow;
  wb: DocumentWorkbench;
  already: ArchivedDocument[];
  disabled: boolean;
  onIssued: () => void;
}

export function ExportActions({ kind, period, wb, already, disabled, onIssued }: ExportActionsProps) {
  const { message } = AntApp.useApp();
  const [confirming, setConfirming] = useState(false);

  const run = async (which: ExportKind, o: { pdf?: boolean } = {}) => {
    try {
      if (wb.dirty.length) await wb.saveEdits();
      const r = await wb.exportDoc(which, o);
      if (r === null) {
        message.info('已取消导出');
        return;
      }
      if (!r) return;
      const files = { docx: which !== 'pdf', pdf: which !== 'word' };
      if (files.docx) downloadPayload(r.docx);
      if (files.pdf && r.pdf) downloadPayload(r.pdf);
      if (r.issued) {
        message.success(`已正式印发并存档${r.issued.issueNo !== null && kind === 'bulletin' ? `：第${r.issued.issueNo}期` : ''}，${period.label}已封账`);
        onIssued();
      } else {
        message.success(`已导出：${exportedFiles(r, files).join('、')}`);
      }
    } catch (e) {
      message.error(describeError(e));
      // An issue that failed after archiving still shows up in 存档: look again.
      if (which === 'issue') onIssued();
    }
  };

  return (
    <>
      <Space wrap className="rd-doc-export">
        <Button icon={<FileWordOutlined />} onClick={() => void run('word')} loading={wb.busy === 'word'} disabled={disabled && wb.busy !== 'word'}>导出 Word</Button>
        <Button icon={<FilePdfOutlined />} onClick={() => void run('pdf')} loading={wb.busy === 'pdf'} disabled={disabled && wb.busy !== 'pdf'}>导出 PDF</Button>
        <Button type="primary" danger icon={<SafetyCertificateOutlined />} onClick={() => setConfirming(true)} loading={wb.busy === 'issue'} disabled={disabled || !wb.preview}
          title={wb.preview ? undefined : '请先生成预览并核对'}>
          正式印发（编号存档并封账）
        </Button>
      </Space>
      <IssueModal
        open={confirming}
        kind={kind}
        periodLabel={period.label}
        issueNo={wb.preview?.issueNo ?? null}
        already={already}
        unsaved={wb.dirty.length}
        onCancel={() => setConfirming(false)}
        onConfirm={(o) => {
          setConfirming(false);
          void run('issue', o);
        }}
      />
    </>
  );
}

/** The last export of this document: files to download again, the PDF route, the archive entry. */
export function ExportResultAlert({ last, kind }: { last: LastExport; kind: DocKind }) {
  const r = last.result;
  const route = pdfRouteText(r.pdfRoute);
  const title = r.issued
    ? `已正式印发${kind === 'bulletin' && r.issued.issueNo !== null ? `第${r.issued.issueNo}期` : ''}${KIND_LABEL[kind]}，已存档（SHA-256 ${shortSha(r.issued.sha256)}…）`
    : last.kind === 'pdf' ? '已导出 PDF' : '已导出 Word（草稿，未编号存档）';
  return (
    <Alert
      type="success"
      showIcon
      className="rd-doc-export-result"
      message={title}
      description={(
        <Space wrap>
          {last.kind !== 'pdf' && <Button size="small" icon={<FileWordOutlined />} onClick={() => downloadPayload(r.docx)}>{r.docx.fileName}</Button>}
          {r.pdf && last.kind !== 'word' && <Button size="small" icon={<FilePdfOutlined />} onClick={() => downloadPayload(r.pdf!)}>{r.pdf.fileName}</Button>}
          {route && <span className="rd-doc-pdf-route">{route}</span>}
        </Space>
      )}
    />
  );
}
