/**
 * One document (进展情况通报 or 书面总结报告) for one period: 生成预览, read it as it will print,
 * review who is named, adjust paragraphs, export Word / PDF, 正式印发. The page keys this
 * component by kind and period, so switching either starts from a clean state.
 */
import { App as AntApp, Alert, Badge, Button, Col, Empty, Flex, Row, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { PeriodRow } from '../../../shared/ipc/contract/campaign';
import type { ArchivedDocument, DocKind } from '../../../shared/ipc/contract/documents';
import { describeError } from '../../lib/api-error';
import { KIND_LABEL, archiveNumber, issuedFor } from '../../lib/document-choice';
import type { Exclusion } from '../../lib/document-review';
import { EditPanel } from './EditPanel';
import { ExportActions, ExportResultAlert } from './ExportActions';
import { JobProgress } from './JobProgress';
import { PreviewPane } from './PreviewPane';
import { ReviewPanel } from './ReviewPanel';
import { useDocumentWorkbench } from './use-document-workbench';

export interface DocumentWorkbenchProps {
  kind: DocKind;
  period: PeriodRow;
  periodOptions: { value: string; label: string }[];
  onPeriodChange: (code: string) => void;
  archive: ArchivedDocument[];
  onIssued: () => void;
}

export function DocumentWorkbench({ kind, period, periodOptions, onPeriodChange, archive, onIssued }: DocumentWorkbenchProps) {
  const { message, modal } = AntApp.useApp();
  const wb = useDocumentWorkbench(kind, period.code);
  const [side, setSide] = useState<'review' | 'edit'>('review');
  const [saving, setSaving] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const already = issuedFor(archive, kind, period.code);
  const p = wb.preview;
  const idle = wb.busy === null && !saving && !reviewing;

  const guard = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (e) {
      message.error(describeError(e));
      return undefined;
    }
  };

  const generate = () => guard(async () => {
    // 重新生成（保留修改）: what the clerk typed is saved first, then kept by the backend.
    if (wb.dirty.length) await wb.saveEdits();
    await wb.generate();
  });

  const discard = () => modal.confirm({
    title: '按数据重新生成？',
    content: `将放弃本文书全部已保存和未保存的段落修改（${Object.keys(p?.overrides ?? {}).length} 处已保存、${wb.dirty.length} 段未保存），完全按当前数据和句式重新生成。点名审核的排除决定保留。`,
    okText: '放弃修改并重新生成',
    okButtonProps: { danger: true },
    cancelText: '取消',
    onOk: () => void guard(() => wb.discardEdits()),
  });

  const save = async () => {
    setSaving(true);
    try {
      const n = await guard(() => wb.saveEdits());
      if (n === null) message.info('没有需要保存的修改');
      else if (n !== undefined) message.success(`已保存修改（共 ${n} 处与按数据生成的文字不同）；点“重新生成（保留修改）”可在预览中查看`);
    } finally {
      setSaving(false);
    }
  };

  const review = async (excluded: Exclusion[]) => {
    setReviewing(true);
    try {
      const r = await guard(() => wb.review(excluded));
      if (r) message.success('点名审核已保存，预览已按确认的名单重新生成');
    } finally {
      setReviewing(false);
    }
  };

  const changePeriod = (code: string) => {
    if (!wb.dirty.length) {
      onPeriodChange(code);
      return;
    }
    modal.confirm({
      title: '有未保存的段落修改',
      content: `有 ${wb.dirty.length} 段修改尚未保存，切换报告期后将丢失。`,
      okText: '不保存，切换',
      cancelText: '留在本期',
      onOk: () => onPeriodChange(code),
    });
  };

  const staleNotice = wb.stale
    ? <Alert type="warning" showIcon message="预览尚未包含刚保存的修改" action={<Button size="small" onClick={() => void generate()} disabled={!idle}>重新生成（保留修改）</Button>} />
    : null;

  return (
    <Flex vertical gap={12} className="rd-doc-workbench" data-kind={kind}>
      <Flex align="center" gap={8} wrap className="rd-doc-toolbar">
        <Typography.Text>报告期</Typography.Text>
        <Select aria-label="报告期选择" style={{ width: 180 }} value={period.code} options={periodOptions} onChange={changePeriod} disabled={!idle} />
        {!p
          ? <Button type="primary" onClick={() => void generate()} loading={wb.busy === 'preview'} disabled={!idle && wb.busy !== 'preview'}>生成预览</Button>
          : (
            <Space wrap>
              <Button onClick={() => void generate()} loading={wb.busy === 'preview'} disabled={!idle && wb.busy !== 'preview'}>重新生成（保留修改）</Button>
              <Button danger onClick={discard} disabled={!idle}>按数据重新生成（放弃修改）</Button>
            </Space>
          )}
        <ExportActions kind={kind} period={period} wb={wb} already={already} disabled={!idle} onIssued={onIssued} />
      </Flex>
      {already.length > 0 && (
        <Alert
          type="info"
          showIcon
          message={`${period.label}的${KIND_LABEL[kind]}已印发：${already.map((d) => `${archiveNumber(d)}（${d.issuedDate}）`).join('、')}，见“存档”。`}
        />
      )}
      {wb.busy === 'preview' && <JobProgress title={p ? '正在重新生成…' : '正在生成预览…'} status={wb.previewJob.status} onCancel={wb.previewJob.cancel} />}
      {wb.busy === 'word' || wb.busy === 'pdf' ? <JobProgress title={wb.busy === 'pdf' ? '正在导出 PDF…' : '正在导出 Word…'} status={wb.exportJob.status} onCancel={wb.exportJob.cancel} /> : null}
      {wb.busy === 'issue' && <JobProgress title="正在印发：编号、存档并封账…" status={wb.exportJob.status} />}
      {wb.lastExport && wb.busy === null && <ExportResultAlert last={wb.lastExport} kind={kind} />}
      {!p
        ? (
          wb.busy !== 'preview' && (
            <Empty
              className="rd-doc-empty"
              description={(
                <span>
                  选择报告期后点“生成预览”。{KIND_LABEL[kind]}由统计数据自动生成：先核对拟点名的单位、按需修改段落，再导出 Word 给科长审阅或正式印发。
                </span>
              )}
            />
          )
        )
        : (
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <PreviewPane html={p.html} title={p.title} notice={staleNotice} />
            </Col>
            <Col xs={24} xl={10}>
              <Tabs
                activeKey={side}
                onChange={(k) => setSide(k as 'review' | 'edit')}
                className="rd-doc-side"
                items={[
                  {
                    key: 'review',
                    label: <span>点名审核 <Badge count={p.excluded.length} size="small" color="#8c8c8c" /></span>,
                    children: <ReviewPanel preview={p} onChange={review} pending={reviewing || wb.busy !== null} disabled={saving} />,
                  },
                  {
                    key: 'edit',
                    label: <span>修改段落 <Badge count={wb.dirty.length} size="small" color="#fa8c16" /></span>,
                    children: <EditPanel preview={p} drafts={wb.drafts} dirty={wb.dirty} onChange={wb.setDraft} onSave={() => void save()} saving={saving} disabled={wb.busy !== null || reviewing} />,
                  },
                ]}
              />
            </Col>
          </Row>
        )}
    </Flex>
  );
}
