/** 正式印发 confirmation: what will happen (期号 used, period 封账, archive) before anything does. */
import { Checkbox, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ArchivedDocument, DocKind } from '../../../shared/ipc/contract/documents';
import { KIND_LABEL, issueConsequences } from '../../lib/document-choice';

export interface IssueModalProps {
  open: boolean;
  kind: DocKind;
  periodLabel: string;
  issueNo: number | null;
  already: ArchivedDocument[];
  /** Unsaved paragraph edits that will be saved first. */
  unsaved: number;
  onCancel: () => void;
  onConfirm: (o: { pdf: boolean }) => void;
}

export function IssueModal({ open, kind, periodLabel, issueNo, already, unsaved, onCancel, onConfirm }: IssueModalProps) {
  const [pdf, setPdf] = useState(true);
  useEffect(() => {
    if (open) setPdf(true);
  }, [open]);
  return (
    <Modal
      open={open}
      title={`正式印发${KIND_LABEL[kind]}（${periodLabel}）？`}
      okText="确认印发"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      onOk={() => onConfirm({ pdf })}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph>正式印发后：</Typography.Paragraph>
      <ol className="rd-doc-list">
        {issueConsequences(kind, periodLabel, issueNo, already).map((l) => <li key={l}>{l}</li>)}
      </ol>
      {unsaved > 0 && <Typography.Paragraph type="warning">有 {unsaved} 段修改尚未保存，印发前会先保存。</Typography.Paragraph>}
      <Typography.Paragraph type="secondary">印发的是按当前数据、已保存的修改和点名审核结果生成的文书，请先在预览中核对。</Typography.Paragraph>
      <Checkbox checked={pdf} onChange={(e) => setPdf(e.target.checked)}>同时生成 PDF（供领导签发、打印）</Checkbox>
    </Modal>
  );
}
